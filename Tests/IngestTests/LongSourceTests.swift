@testable import Content
import Testing
@testable import Ingest

/// Sources of the largest size allowed, shaped the ways that once took time growing with the
/// square of their length (a 1 MB line took over a minute): each converts whole, well within the
/// generous time limit (each on a thread of its own, so that the limit can fire; one at a time,
/// so that they do not take each other's time).
@Suite(.serialized, .timeLimit(.minutes(2))) struct LongSourceTests {
    /// A block of article text that names organizations, a person, dates and an acronym the text
    /// defines, quotes someone and names an unregistered group.
    static let block = "Amazon extended its moratorium on June 10th, a year after Immigration and Customs Enforcement (ICE) "
        + "signed its contract. “We will keep up the pressure until the ban is permanent,” said Evan Greer. "
        + "The ACLU of Northern California and Students for a Sensible Drug Policy joined the coalition. "

    /// `unit` repeated to about `bytes`.
    static func repeated(_ unit: String, bytes: Int) -> String {
        String(repeating: unit, count: bytes / unit.utf8.count)
    }

    @Test func aSourceOfTheLargestSizeOnOneLineIsConvertedWhole() async throws {
        let line = Self.repeated(Self.block, bytes: Limits.sourceBytes - 100)
        let outcome = try #require(await onItsOwnThread { convert("A coalition keeps up the pressure on Amazon\n" + line + "\n") })
        let article = try #require(outcome.article)
        #expect(article.organizations == ["amazon", "ice", "fight-for-the-future", "aclu-norcal"])
        #expect(article.people == ["evan-greer"])
        #expect(article.quotes.count == line.utf8.count / Self.block.utf8.count)
        #expect(article.body.hasSuffix("joined the coalition.\n"))
        #expect(outcome.diagnostics.map(\.message) == [
            "'Students for a Sensible Drug Policy' looks like an organization that is not in organizations.yaml",
        ])
    }

    @Test func everyPullQuoteOfALongPageIsRemoved() async throws {
        let paragraphs = (1...5_000).map { number in
            let sentence = "The coalition delivered petition number \(number) to the company's offices on Tuesday."
            return sentence + " Its members spoke.\n“\(sentence)”\n"
        }
        let outcome = try #require(await onItsOwnThread { convert("A coalition delivers its petitions\n" + paragraphs.joined()) })
        let body = try #require(outcome.article?.body)
        #expect(!body.contains("“"))
        #expect(outcome.decisions.filter { $0.reason == "pull quote repeating the article" }.count == 5_000)
    }

    @Test func aParagraphEndingInThousandsOfPleasKeepsItsText() async throws {
        let pleas = Self.repeated(" Follow us on Mastodon for more.", bytes: Limits.sourceBytes / 2)
        let outcome = try #require(await onItsOwnThread { convert("A coalition keeps up the pressure on Amazon\n\(lede)\(pleas)\n") })
        #expect(outcome.article?.body == lede + "\n")
    }

    @Test func longRunsOfSpacesAreOneSpace() async throws {
        // Not longer: the regular expression engine gives up on a run that fills its backtracking stack.
        let spaces = String(repeating: " ", count: 100_000)
        // No full stop: the last sentence, where trailing pleas are looked for, is the whole paragraph.
        let paragraph = "“We will keep up the pressure on them,” said Evan Greer," + spaces + "its deputy director,"
            + spaces + "on Tuesday"
        let outcome = try #require(await onItsOwnThread { convert("A coalition keeps up the pressure on Amazon\n\(lede)\n\(paragraph)\n") })
        #expect(outcome.article?.body == lede + "\n\n“We will keep up the pressure on them,” said [Evan Greer](/people/evan-greer/), its deputy director, on Tuesday\n")
        #expect(outcome.article?.quotes == [Quote(text: "We will keep up the pressure on them", person: "evan-greer",
                                                  organization: "fight-for-the-future")])
    }

    @Test func aHardWrappedTextWithNoFullStopIsJoinedIntoOneParagraph() async throws {
        let line = "the coalition kept up the pressure on the company and its partners in"
        let text = Self.repeated(line + "\n", bytes: Limits.sourceBytes - 100)
        let outcome = try #require(await onItsOwnThread { convert("A coalition keeps up the pressure on Amazon\n\n" + text) })
        let body = try #require(outcome.article?.body)
        #expect(body.split(separator: "\n").count == 1)
        #expect(body.utf8.count == text.utf8.count)
    }

    /// An alias of the longest length allowed, ending in what tells it from its siblings.
    static func alias(_ organization: Int, _ number: Int) -> String {
        let name = "Alliance of Tenants and Workers for Digital Privacy and Civil Rights in the City of Springfield "
            + "and the Surrounding Counties, with its Friends and Neighbours, Branch \(organization) Chapter \(number)"
        return name + String(repeating: " X", count: (Limits.nameCharacters - name.count) / 2)
    }

    @Test func theLargestRegistryIsMatchedInASourceOfTheLargestSize() async throws {
        let here = SourceLocation(file: "organizations.yaml")
        let organizations = (0..<300).map { group in
            Organization(id: "group-\(group)", name: "Group \(group)",
                         aliases: (0..<Limits.aliasesPerEntry).map { Self.alias(group, $0) }, kind: .other,
                         url: nil, description: nil, logo: nil, location: here)
        }
        let site = Site(config: testSite().config, organizations: organizations, people: [], events: [],
                        articles: [], pages: [], assets: [])
        // Every sentence starts like every alias, and one in a hundred is one.
        let sentence = "Alliance of Tenants and Workers for Digital Privacy met on Tuesday to plan the next protest. "
        let named = "The group was founded by " + Self.alias(299, 49) + " last year. "
        let text = String(repeating: String(repeating: sentence, count: 99) + named,
                          count: Limits.sourceBytes / (sentence.utf8.count * 99 + named.utf8.count))
        let source = RawSource(file: "sources/test.txt", text: "A long story\n" + text,
                               sidecar: SourceSidecar(date: Day(iso: "2021-05-19")),
                               location: SourceLocation(file: "content/sources/test.txt"))
        let outcome = try #require(await onItsOwnThread { Ingester(site: site).convert(source) })
        #expect(outcome.article?.organizations == ["group-299"])
    }
}

@Suite struct SourceSizeLimitTests {
    @Test func aSourceOverTheLimitIsAnErrorAndNotConverted() {
        let outcome = convert("Title\n" + String(repeating: "word ", count: 619_000))
        #expect(outcome.article?.slug == nil)
        #expect(outcome.diagnostics.map(\.description) == [
            "content/sources/test.txt: error: the source is 3.1 MB; the limit is 2 MB",
        ])
    }

    @Test func aSourceOfTheLimitIsConverted() {
        let text = "Title\n" + lede + "\n"
        let outcome = convert(text + String(repeating: " ", count: Limits.sourceBytes - text.utf8.count))
        #expect(outcome.article?.body == lede + "\n")
    }
}
