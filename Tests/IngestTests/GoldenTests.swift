import Content
import Foundation
import Ingest
import Testing

/// The five seed documents of the bundled campaign, converted with its registries, against the
/// pages reviewed by hand in Tests/Fixtures/golden. `PLACARD_UPDATE_GOLDEN=1 swift test` rewrites
/// them, for a change that is meant to alter the output: review the diff before committing it.
@Suite struct GoldenTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let golden = repository.appendingPathComponent("Tests/Fixtures/golden")
    static let seeds = ["000_a6974d3c3d3d7d12", "001_8cb09b5186eb1261", "002_ea4078e12173e51c",
                        "003_1280ab402027ec0b", "004_385e939c4bc2c3f1"]

    @Test(arguments: seeds)
    func seedMatchesItsReviewedPage(_ name: String) throws {
        let site = try SiteLoader(root: Self.repository).load()
        let source = try #require(site.sources.first { $0.file == "sources/\(name).txt" })
        let markdown = try #require(Ingester(site: site).convert(source).markdown)
        let expected = Self.golden.appendingPathComponent("\(name).md")
        if ProcessInfo.processInfo.environment["PLACARD_UPDATE_GOLDEN"] == "1" {
            try Data(markdown.utf8).write(to: expected)
        }
        #expect(markdown == (try String(contentsOf: expected, encoding: .utf8)))
    }

    @Test func theSeedsFacts() throws {
        let site = try SiteLoader(root: Self.repository).load()
        let ingester = Ingester(site: site)
        func article(_ name: String) throws -> Article {
            let source = try #require(site.sources.first { $0.file == "sources/\(name).txt" })
            return try #require(ingester.convert(source).article)
        }
        let first = try article(Self.seeds[0])
        #expect(first.title == "Civil rights groups score Amazon win – and pledge to keep fighting on facial recognition")
        #expect(!first.body.contains("hedge fund"))
        #expect(Set(["amazon", "mediajustice", "athena", "fight-for-the-future", "demand-progress", "mijente",
                     "mpower-change", "eyes-on-amazon", "ring", "ice", "congress"]).isSubset(of: first.organizations))
        #expect(first.quotes.first { $0.person == "evan-greer" }?.text.contains("We need Congress to take action") == true)
        #expect(Set(["eyes-on-amazon-week-of-action", "protest-amazon-virtual-protest"]).isSubset(of: first.events))

        let second = try article(Self.seeds[1])
        #expect(second.date.iso == "2020-06-10" && second.updated?.iso == "2020-06-11")
        #expect(second.contact?.hasPrefix("Evan Greer") == true && !second.body.contains("Contact:"))
        #expect(!second.body.contains("reblogged") && !second.body.contains("736 notes") && !second.body.contains("###"))
        #expect(second.quotes.count == 1 && second.quotes[0].person == "evan-greer"
                && second.quotes[0].text.components(separatedBy: "\n\n").count == 5)
        #expect(Set(["amazon", "microsoft", "ibm", "ice", "ring", "congress", "students-for-sensible-drug-policy",
                     "rage-against-the-machine"]).isSubset(of: second.organizations))

        let third = try article(Self.seeds[2])
        for promo in ["AMAZON STARTS", "VIOLATING ITS OWN", "ON THE GO", "CLICK HERE", "Load more"] {
            #expect(!third.body.contains(promo), "\(promo)")
        }
        #expect(Set(["public-citizen", "united-for-respect", "free-press", "demand-progress", "mediajustice",
                     "mpower-change", "aclu", "amazon-web-services"]).isSubset(of: third.organizations))
        #expect(third.quotes.contains { $0.person == "evan-greer" })
        #expect(third.quotes.contains { $0.organization == "protest-amazon" && $0.person == nil })
        #expect(third.quotes.contains { $0.organization == "amazon" && $0.text.hasPrefix("Ring believes") })

        let fourth = try article(Self.seeds[3])
        #expect(fourth.author == "Jake Johnson")
        #expect(!fourth.body.contains("licensed") && !fourth.body.contains("newsletter") && !fourth.body.contains("Getty"))
        #expect(!fourth.body.contains("North Carolina"))
        #expect(fourth.quotes.filter { $0.person == "nicole-ozer" }.allSatisfy { $0.organization == "aclu-of-northern-california" })
        #expect(fourth.quotes.filter { $0.person == "nicole-ozer" }.count == 2)
        #expect(fourth.events.contains("aclu-rekognition-test"))

        let fifth = try article(Self.seeds[4])
        #expect(!fifth.body.contains("Read Full Article"))
        #expect(fifth.quotes.first { $0.person == "nathan-freed-wessler" }?.organization == "aclu")
        #expect(fifth.quotes.first { $0.text == "until further notice." }?.organization == "amazon")
        #expect(Set(["reuters", "microsoft", "google"]).isSubset(of: fifth.organizations))
        #expect(fifth.events.contains("amazon-moratorium-expiry"))
    }
}
