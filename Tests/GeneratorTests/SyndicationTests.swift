@testable import Generator
import Content
import Foundation
import TestSupport
import Testing

/// Feeds, sitemap and robots.txt, validated by the tools readers and crawlers trust:
/// Python's feedparser and xmllint against the sitemaps.org schema.
@Suite struct SyndicationTests {
    /// The minimal fixture with a hostile title, as a scratch copy built with its drafts.
    func hostileSite() async throws -> URL {
        let site = try scratchCopy(of: "minimal")
        let article = """
            ---
            title: "Tags <b>&amp; \\"quotes\\" ]]> \\u0001 and é\u{301}"
            date: 2021-05-01
            organizations: [acme]
            ---
            Body with [a link](/about/) & <em>text</em>.
            """
        try Data(article.utf8).write(to: site.appendingPathComponent("content/articles/hostile.md"))
        let output = temporaryFolder()
        try await build(site, into: output, drafts: true)
        return output
    }

    /// feedparser's view of a feed: bozo flag, feed updated, and each entry's title, updated, base.
    func parseFeed(_ file: URL) throws -> [String: Any] {
        let script = """
            import feedparser, json, sys
            d = feedparser.parse(sys.argv[1])
            print(json.dumps({"bozo": int(d.bozo), "error": str(d.get("bozo_exception", "")),
              "title": d.feed.get("title"), "updated": d.feed.get("updated"),
              "self": [l.href for l in d.feed.get("links", []) if l.rel == "self"],
              "entries": [{"title": e.title, "updated": e.updated, "published": e.published, "id": e.id,
                           "base": e.content[0].base, "html": e.content[0].value} for e in d.entries]}))
            """
        let run = try runTool(["python3", "-c", script, file.path])
        #expect(run.status == 0, "\(run.output)")
        let json = try #require(run.stdout.split(separator: "\n").last.map { Data($0.utf8) })
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    @Test func feedsParseWithoutErrorsAndKeepEveryTitle() async throws {
        let output = try await hostileSite()
        let feed = try parseFeed(output.appendingPathComponent("feed.xml"))
        #expect(feed["bozo"] as? Int == 0, "\(feed["error"] ?? "")")
        #expect(feed["self"] as? [String] == ["https://fixture.example/campaign/feed.xml"])
        let entries = try #require(feed["entries"] as? [[String: Any]])
        let titles = entries.compactMap { $0["title"] as? String }
        // Newest first, drafts never, the control character dropped and the rest intact.
        #expect(titles == ["Tags <b>&amp; \"quotes\" ]]>  and é\u{301}", "Second story", "First win <script>alert(1)</script>"])
        #expect(entries.last?["updated"] as? String == "2020-06-11T00:00:00Z")
        #expect(entries.last?["published"] as? String == "2020-06-10T00:00:00Z")
        #expect(feed["updated"] as? String == "2021-05-01T00:00:00Z")
        #expect(entries.first?["id"] as? String == "https://fixture.example/campaign/articles/hostile/")
        #expect(entries.first?["base"] as? String == "https://fixture.example/campaign/articles/hostile/")
        // Full content; its relative links resolve against xml:base to the site's pages.
        #expect((entries.first?["html"] as? String)?.contains("Body with <a href=\"https://fixture.example/campaign/about/\">a link</a>") == true)

        let acme = try parseFeed(output.appendingPathComponent("organizations/acme/feed.xml"))
        #expect(acme["bozo"] as? Int == 0)
        #expect((acme["entries"] as? [[String: Any]])?.compactMap { $0["title"] as? String }.last == "First win <script>alert(1)</script>")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("organizations/city-council/feed.xml").path))
        #expect(try read(output, "organizations/acme/index.html").contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Acme Corp\" href=\"feed.xml\">"))
    }

    @Test func xmlEscapingKeepsTextAndDropsWhatXMLCannotHold() {
        #expect(XMLText.escape("plain é\u{301} text") == "plain é\u{301} text")
        #expect(XMLText.escape("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;")
        #expect(XMLText.escape("tab\tline\nreturn\r bell\u{7} nul\u{0}") == "tab\tline\nreturn\r bell nul")
        #expect(XMLText.escape("x\u{FFFE}y\u{FFFF}z\u{FFFD}\u{FEFF}") == "xyz\u{FFFD}\u{FEFF}")
        #expect(XMLText.escape("&\u{1F600}") == "&amp;\u{1F600}")
    }

    @Test func feedsAreTheSameWhateverTheClock() async throws {
        let site = fixtures.appendingPathComponent("minimal")
        let (first, second) = (temporaryFolder(), temporaryFolder())
        try await build(site, into: first, today: Day(iso: "2020-01-01")!)
        try await build(site, into: second, today: Day(iso: "2030-01-01")!)
        for file in ["feed.xml", "sitemap.xml", "robots.txt", "organizations/acme/feed.xml"] {
            #expect(try read(first, file) == read(second, file), "\(file)")
        }
    }

    @Test func theSitemapIsValidAndLeavesOutDraftsAndThe404() async throws {
        let output = try await hostileSite()
        let schema = fixtures.appendingPathComponent("schemas/sitemap.xsd")
        let run = try runTool(["xmllint", "--noout", "--schema", schema.path, output.appendingPathComponent("sitemap.xml").path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("validates"))
        let sitemap = try read(output, "sitemap.xml")
        #expect(sitemap.contains("<url><loc>https://fixture.example/campaign/</loc><lastmod>2021-05-01</lastmod></url>"))
        #expect(sitemap.contains("<url><loc>https://fixture.example/campaign/articles/first-win/</loc><lastmod>2020-06-11</lastmod></url>"))
        #expect(sitemap.contains("<url><loc>https://fixture.example/campaign/organizations/acme/</loc><lastmod>2021-05-01</lastmod></url>"))
        #expect(sitemap.contains("<url><loc>https://fixture.example/campaign/about/</loc></url>"))
        #expect(!sitemap.contains("unfinished"))
        #expect(!sitemap.contains("404"))
        #expect(try read(output, "robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://fixture.example/campaign/sitemap.xml\n")
        // A draft is built with --drafts, and still in neither feed nor sitemap.
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("articles/unfinished/index.html").path))
        #expect(!(try read(output, "feed.xml")).contains("unfinished"))
    }

    @Test func theBundledCampaignsFeedsAndSitemapValidate() async throws {
        let output = temporaryFolder()
        try await build(repositoryRoot, into: output)
        let schema = fixtures.appendingPathComponent("schemas/sitemap.xsd")
        #expect(try runTool(["xmllint", "--noout", "--schema", schema.path, output.appendingPathComponent("sitemap.xml").path]).status == 0)
        let feeds = files(in: output).filter { $0.hasSuffix("feed.xml") }
        #expect(feeds.count > 5)
        for feed in feeds {
            let parsed = try parseFeed(output.appendingPathComponent(feed))
            #expect(parsed["bozo"] as? Int == 0, "\(feed): \(parsed["error"] ?? "")")
            #expect((parsed["entries"] as? [Any])?.isEmpty == false, "\(feed)")
        }
    }

    @Test func withoutABaseURLTheSiteBuildsWithOneWarningAndNoAbsoluteURLs() async throws {
        let site = try scratchCopy(of: "minimal")
        let config = site.appendingPathComponent("content/site.yaml")
        let yaml = try String(contentsOf: config, encoding: .utf8).replacingOccurrences(of: "baseURL: \"https://fixture.example/campaign\"\n", with: "")
        try Data(yaml.utf8).write(to: config)
        let output = temporaryFolder()
        let report = try await build(site, into: output)
        let warnings = report.warnings.filter { $0.message.contains("baseURL") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location.file.hasSuffix("content/site.yaml") == true)
        let written = files(in: output)
        #expect(!written.contains("feed.xml") && !written.contains("sitemap.xml"))
        #expect(try read(output, "robots.txt") == "User-agent: *\nAllow: /\n")
        let home = try read(output, "index.html")
        #expect(!home.contains("https://fixture.example"))
        #expect(!home.contains("rel=\"canonical\"") && !home.contains("og:url") && !home.contains("application/atom+xml"))
        #expect(home.contains("<meta property=\"og:title\""))
    }
}
