import Content
import Foundation
import TestSupport
import Testing

/// Share cards, structured data, the timeline, the archived state and the coalition wall.
@Suite struct CampaignPagesTests {
    /// The JSON-LD of a page, parsed.
    func structuredData(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = Data(html[start.upperBound..<end.lowerBound].utf8)
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    func meta(_ html: String, _ property: String) -> String? {
        for attribute in ["property", "name"] {
            let marker = "<meta \(attribute)=\"\(property)\" content=\""
            if let start = html.range(of: marker), let end = html.range(of: "\">", range: start.upperBound..<html.endIndex) {
                return String(html[start.upperBound..<end.lowerBound])
            }
        }
        return nil
    }

    @Test func everyPageHasItsShareCardAndArticlesTheirOwnImage() async throws {
        let site = try scratchCopy(of: "minimal")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/assets/cards"), withIntermediateDirectories: true)
        let (png, jpeg) = (fixtures.appendingPathComponent("images/alpha.png"), fixtures.appendingPathComponent("images/photo.jpg"))
        try FileManager.default.copyItem(at: png, to: site.appendingPathComponent("content/assets/cards/site.png"))
        try FileManager.default.copyItem(at: jpeg, to: site.appendingPathComponent("content/assets/cards/win.jpg"))
        let config = site.appendingPathComponent("content/site.yaml")
        try Data((try String(contentsOf: config, encoding: .utf8) + "image: cards/site.png\n").utf8).write(to: config)
        try FileManager.default.copyItem(at: png, to: site.appendingPathComponent("content/assets/logos/two.png"))
        let organizations = site.appendingPathComponent("content/organizations.yaml")
        let registry = try String(contentsOf: organizations, encoding: .utf8)
            .replacingOccurrences(of: "  name: \"Coalition Two\"\n", with: "  name: \"Coalition Two\"\n  logo: logos/two.png\n")
        try Data(registry.utf8).write(to: organizations)
        let article = site.appendingPathComponent("content/articles/first-win.md")
        let text = try String(contentsOf: article, encoding: .utf8).replacingOccurrences(of: "date: 2020-06-10\n", with: "date: 2020-06-10\nimage: assets/cards/win.jpg\nimage_alt: \"A win\"\n")
        try Data(text.utf8).write(to: article)
        let output = temporaryFolder()
        try await build(site, into: output)

        let win = try read(output, "articles/first-win/index.html")
        #expect(meta(win, "og:type") == "article")
        #expect(meta(win, "og:title") == "First win &lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(meta(win, "og:url") == "https://fixture.example/campaign/articles/first-win/")
        // Cards are made of the site's files at 1200 × 630 (ImageBuildTests decodes them).
        let cards = "https://fixture.example/campaign/assets/images/"
        #expect(meta(win, "og:image")?.hasPrefix(cards + "win-card.") == true && meta(win, "og:image")?.hasSuffix(".jpg") == true)
        #expect(meta(win, "og:image:alt") == "A win")
        #expect(meta(win, "twitter:card") == "summary_large_image")
        #expect(meta(win, "description") != nil && meta(win, "og:description") == meta(win, "description"))
        #expect(win.contains("<link rel=\"canonical\" href=\"https://fixture.example/campaign/articles/first-win/\">"))
        #expect(win.contains("<html lang=\"en\">"))
        for page in ["index.html", "about/index.html", "events/index.html", "people/ada-organizer/index.html"] {
            let html = try read(output, page)
            #expect(meta(html, "og:image")?.hasPrefix(cards + "site-card.") == true, "\(page)")
            #expect(meta(html, "og:type") == "website", "\(page)")
            #expect(meta(html, "og:title") != nil && meta(html, "twitter:title") != nil, "\(page)")
            #expect(html.contains("rel=\"canonical\""), "\(page)")
        }
        let notFound = try read(output, "404.html")
        #expect(!notFound.contains("rel=\"canonical\"") && notFound.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(!win.contains("noindex"))
        // A person's description names their role and organization.
        #expect(meta(try read(output, "people/ada-organizer/index.html"), "description") == "Ada Organizer, Campaign director, Coalition &lt;script&gt;One&lt;/script&gt;")
        // A logo is the organization's card, a small one; an SVG logo too, rasterized.
        let two = try read(output, "organizations/coalition-two/index.html")
        #expect(meta(two, "og:image")?.hasPrefix(cards + "two-card.") == true)
        #expect(meta(two, "twitter:card") == "summary")
        let one = try read(output, "organizations/coalition-one/index.html")
        #expect(meta(one, "og:image")?.hasPrefix(cards + "one-card.") == true && meta(one, "og:image")?.hasSuffix(".png") == true)
        #expect(meta(one, "twitter:card") == "summary")
    }

    @Test func articleOrganizationAndEventPagesCarrySchemaOrgData() async throws {
        let output = temporaryFolder()
        try await build(fixtures.appendingPathComponent("minimal"), into: output)
        let article = try structuredData(try read(output, "articles/first-win/index.html"))
        #expect(article["@context"] as? String == "https://schema.org")
        #expect(article["@type"] as? String == "NewsArticle")
        #expect(article["headline"] as? String == "First win <script>alert(1)</script>")
        #expect(article["datePublished"] as? String == "2020-06-10" && article["dateModified"] as? String == "2020-06-11")
        #expect((article["publisher"] as? [String: Any])?["name"] as? String == "Example News")
        let mentioned = (article["mentions"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        // Quoted organizations first: Acme speaks as itself, Ada for Coalition One.
        #expect(mentioned?.prefix(2).sorted() == ["Acme Corp", "Coalition <script>One</script>"])
        let quotes = try #require(article["hasPart"] as? [[String: Any]])
        #expect(quotes.map { $0["@type"] as? String } == ["Quotation", "Quotation"])
        #expect((quotes[0]["creator"] as? [String: Any])?["@type"] as? String == "Person")
        #expect((quotes[1]["creator"] as? [String: Any])?["name"] as? String == "Acme Corp")
        // The raw page never has a second </script> inside the data.
        let html = try read(output, "articles/first-win/index.html")
        #expect(!html.contains("alert(1)</script>\""))

        let organization = try structuredData(try read(output, "organizations/coalition-one/index.html"))
        #expect(organization["@type"] as? String == "Organization")
        #expect(organization["url"] as? String == "https://one.example/")
        #expect(organization["logo"] as? String == "https://fixture.example/campaign/assets/logos/one.svg")

        let online = try structuredData(try read(output, "events/launch/index.html"))
        #expect(online["@type"] as? String == "Event")
        #expect(online["startDate"] as? String == "2020-06-01")
        #expect(online["eventAttendanceMode"] as? String == "https://schema.org/OnlineEventAttendanceMode")
        #expect((online["location"] as? [String: Any])?["@type"] as? String == "VirtualLocation")
        #expect((online["organizer"] as? [[String: Any]])?.count == 2)
        let week = try structuredData(try read(output, "events/week-of-action/index.html"))
        #expect(week["endDate"] as? String == "2020-06-11")
        #expect((week["location"] as? [String: Any])?["name"] as? String == "Seattle, WA")
    }

    @Test func theTimelineGroupsByYearAndMonthAndSplitsUpcomingFromPast() async throws {
        let output = temporaryFolder()
        // On June 9, 2020 the week of action (June 7–11) is still on; the launch is past.
        try await build(fixtures.appendingPathComponent("minimal"), into: output, today: Day(iso: "2020-06-09")!)
        let timeline = try read(output, "events/index.html")
        let upcoming = try #require(timeline.range(of: "<h2 id=\"upcoming\">"))
        let past = try #require(timeline.range(of: "<h2 id=\"past\">"))
        #expect(upcoming.lowerBound < past.lowerBound)
        let upcomingPart = String(timeline[upcoming.upperBound..<past.lowerBound])
        let pastPart = String(timeline[past.upperBound...])
        #expect(upcomingPart.contains("Week of action") && upcomingPart.contains("Council vote"))
        #expect(!upcomingPart.contains("Campaign launch") && pastPart.contains("Campaign launch"))
        #expect(upcomingPart.contains("<h4 class=\"timeline-month\" id=\"upcoming-2020-06\">June 2020</h4>"))
        #expect(upcomingPart.contains("<h4 class=\"timeline-month\" id=\"upcoming-2021-03\">March 2021</h4>"))
        // Each event with its organizations and the articles about it.
        #expect(upcomingPart.contains(">First win &lt;script&gt;alert(1)&lt;/script&gt;</a>"))
        #expect(upcomingPart.contains(">City Council</a>"))
        #expect(try read(output, "index.html").contains("<h2 id=\"upcoming-events\">Coming up</h2>"))

        // Once everything is over, the page says that nothing is coming up.
        let later = temporaryFolder()
        defer { removeFolders(later) }
        try await build(fixtures.appendingPathComponent("minimal"), into: later, today: Day(iso: "2030-01-01")!)
        let all = try read(later, "events/index.html")
        let ahead = try #require(all.range(of: "<h2 id=\"upcoming\">Coming up</h2>"))
        let nothing = try #require(all.range(of: "<p class=\"timeline-empty\">Nothing is scheduled yet.</p>"))
        let pastHeading = try #require(all.range(of: "<h2 id=\"past\">"))
        #expect(ahead.upperBound < nothing.lowerBound && nothing.upperBound < pastHeading.lowerBound)
        #expect(all.contains("id=\"past-2021-03\""))
        #expect(!all.contains("id=\"upcoming-20"))
    }

    @Test func theReferenceDayComesFromSourceDateEpoch() {
        #expect(Day.buildReference(environment: ["SOURCE_DATE_EPOCH": "1623283200"]) == Day(iso: "2021-06-10"))
        #expect(Day.buildReference(environment: ["SOURCE_DATE_EPOCH": "0"]) == Day(iso: "1970-01-01"))
        #expect(Day(daysSinceEpoch: 19_358) == Day(iso: "2023-01-01"))
        #expect(Day(daysSinceEpoch: 11_016) == Day(iso: "2000-02-29"))
    }

    @Test func anArchivedCampaignSaysSoOnEveryPage() async throws {
        let site = try scratchCopy(of: "minimal")
        let config = site.appendingPathComponent("content/site.yaml")
        try Data((try String(contentsOf: config, encoding: .utf8) + "archived: true\n").utf8).write(to: config)
        let output = temporaryFolder()
        try await build(site, into: output)
        for page in files(in: output) where page.hasSuffix(".html") {
            #expect(try read(output, page).contains("class=\"archived-banner\""), "\(page)")
        }
        #expect(try read(output, "index.html").contains("This campaign has ended."))
        let live = temporaryFolder()
        try await build(fixtures.appendingPathComponent("minimal"), into: live)
        #expect(!(try read(live, "index.html")).contains("archived"))
    }

    /// Each member's name, under its logo when it has one: the logo's alt is empty, the name says it.
    @Test func theCoalitionWallShowsLogosAboveTheNames() async throws {
        let output = temporaryFolder()
        try await build(fixtures.appendingPathComponent("minimal"), into: output)
        let home = try read(output, "index.html")
        #expect(home.contains("<a href=\"organizations/coalition-one/\"><picture><img src=\"assets/logos/one.svg\""))
        #expect(home.contains("alt=\"\" loading=\"lazy\" decoding=\"async\"></picture><span>Coalition &lt;script&gt;One&lt;/script&gt;</span></a>"))
        #expect(home.contains("<a href=\"organizations/coalition-two/\"><span>Coalition Two</span></a>"))
    }
}
