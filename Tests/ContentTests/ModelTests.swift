@testable import Content
import Testing

@Suite struct ModelTests {
    @Test func daysParseStrictlyAndFormatInEnglish() {
        #expect(Day(iso: "2020-06-10")?.text == "June 10, 2020")
        #expect(Day(iso: "2020-02-29") != nil)
        #expect(Day(iso: "2021-02-29") == nil)
        #expect(Day(iso: "2020-6-10") == nil)
        #expect(Day(iso: "２０２０-06-10") == nil)
        #expect(Day(iso: "2020-06-10")! < Day(iso: "2020-06-11")!)
    }

    @Test func daysCountFromTheEpochBothWays() {
        #expect(Day(iso: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(Day(iso: "2000-02-29")!.daysSinceEpoch == 11_016)
        #expect(Day(iso: "1969-12-31")!.daysSinceEpoch == -1)
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test func shareCardsArePNGJPEGGIFOrWebP() {
        for shown in ["cards/a.png", "assets/b.JPG", "c.jpeg", "d.gif", "e.webp", "https://cdn.example/f.png?v=2", "g.png#x"] {
            #expect(ShareCardImage.isShown(shown), "\(shown)")
        }
        for hidden in ["logos/a.svg", "b", "https://example.org/card", "c.png/", "d.tiff", "https://x.example/e.svg?f.png"] {
            #expect(!ShareCardImage.isShown(hidden), "\(hidden)")
        }
    }

    @Test func slugs() {
        #expect(Slug.from("Press Release (June) 2020") == "press-release-june-2020")
        #expect(Slug.from("Amazon's One-Year Ban") == "amazons-one-year-ban")
        #expect(Slug.isValid("amazon-moratorium-2020"))
        #expect(!Slug.isValid("Amazon") && !Slug.isValid("a--b") && !Slug.isValid("-a") && !Slug.isValid(""))
    }

    @Test func pagePathsAreWrittenAsFiles() {
        #expect(SitePaths.file(for: "about/") == "about/index.html")
        #expect(SitePaths.file(for: "404.html") == "404.html")
    }

    @Test func indexRelatesArticlesPeopleAndOrganizations() throws {
        let site = try SiteLoader(root: fixtures.appendingPathComponent("minimal")).load()
        let index = SiteIndex(site)
        #expect(index.articlesNewestFirst == ["unfinished", "second-story", "first-win"])
        // The person's organization counts as mentioned; the quote of Acme is Acme's.
        #expect(index.articlesByOrganization["coalition-one"] == ["second-story", "first-win"])
        #expect(index.articlesByOrganization["acme"]?.count == 1)
        #expect(index.quotesByOrganization["acme"]?.map(\.quote.text) == ["We hear our customers."])
        #expect(index.quotesByOrganization["coalition-one"]?.map(\.quote.text) == ["We won the first round."])
        #expect(index.relatedOrganizations["coalition-one"]?.map(\.id) == ["acme", "city-council", "coalition-two"])
        #expect(index.relatedOrganizations["coalition-one"]?.map(\.count) == [1, 1, 1])
        #expect(index.timeline.map(\.id) == ["launch", "week-of-action", "council-vote"])
        #expect(index.eventsByOrganization["coalition-one"]?.map(\.id) == ["launch", "week-of-action"])
    }
}
