import Generator
import Check
import Content
import Foundation
import TestSupport
import Testing

@Suite struct FixtureBuildTests {
    let minimal = fixtures.appendingPathComponent("minimal")

    @Test func writesEveryPageOfTheURLScheme() async throws {
        let output = temporaryFolder()
        let report = try await build(minimal, into: output)
        #expect(files(in: output) == [
            ".placard-output", "404.html", "about/index.html", "apple-touch-icon.png", "articles/first-win/index.html",
            "articles/index.html", "articles/second-story/index.html", "assets/images/one-card.8918c95bd359.png",
            "assets/logos/one.svg", "assets/placard.css", "assets/search.js", "assets/share.js",
            "events/calendar.ics", "events/council-vote.ics", "events/council-vote/index.html", "events/index.html",
            "events/launch.ics", "events/launch/index.html", "events/week-of-action.ics",
            "events/week-of-action/index.html", "favicon.ico", "favicon.svg", "feed.xml", "index.html",
            "organizations/acme/feed.xml", "organizations/acme/index.html",
            "organizations/city-council/feed.xml", "organizations/city-council/index.html",
            "organizations/coalition-one/feed.xml", "organizations/coalition-one/index.html",
            "organizations/coalition-two/feed.xml", "organizations/coalition-two/index.html", "organizations/index.html",
            "people/ada-organizer/index.html", "people/bo-spokes/index.html", "robots.txt",
            "search/index.html", "search/index.js", "share/mastodon/index.html", "sitemap.xml",
        ])
        #expect(report.pages == 19)
    }

    @Test func draftsAreBuiltOnlyWhenAskedFor() async throws {
        let output = temporaryFolder()
        try await build(minimal, into: output, drafts: true)
        #expect(files(in: output).contains("articles/unfinished/index.html"))
    }

    @Test func everyInternalLinkAndAnchorResolves() async throws {
        let output = temporaryFolder()
        try await build(minimal, into: output)
        let broken = OutputLinks(output: output, basePath: "/campaign/").problems
        #expect(broken.isEmpty, "\(broken)")
        // The checker does look: a page links to the organization index, and the article body to an anchor.
        #expect(try read(output, "articles/first-win/index.html").contains(##"href="#what-comes-next""##))
        #expect(try read(output, "articles/first-win/index.html").contains(#"href="../../organizations/acme/""#))
    }

    @Test func scriptInTitlesNamesAndBodiesIsEscaped() async throws {
        let output = temporaryFolder()
        try await build(minimal, into: output)
        for page in files(in: output) where page.hasSuffix(".html") {
            let html = try read(output, page)
            // Scripts are only the theme's own files and JSON-LD, never content.
            let scripts = html.components(separatedBy: "<script").dropFirst()
            #expect(scripts.allSatisfy { $0.hasPrefix(" type=\"application/ld+json\">{") || $0.hasPrefix(" src=\"") }, "raw <script> in \(page)")
            #expect(!html.contains("alert(1)</") && !html.contains("<script>"), "raw <script> in \(page)")
            #expect(!html.contains("javascript:"), "javascript: URL in \(page)")
        }
        let article = try read(output, "articles/first-win/index.html")
        #expect(article.contains("First win &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(try read(output, "organizations/coalition-one/index.html").contains("Coalition &lt;script&gt;One&lt;/script&gt;"))
        #expect(try read(output, "index.html").contains("Fixture &lt;script&gt;alert(&#39;site&#39;)&lt;/script&gt; Campaign"))
    }

    @Test func pagesShowTheirRelations() async throws {
        let output = temporaryFolder()
        try await build(minimal, into: output)
        let acme = try read(output, "organizations/acme/index.html")
        #expect(acme.contains("We hear our customers."))
        #expect(acme.contains("First win"))
        #expect(acme.contains("Bo Spokes"))
        let coalition = try read(output, "organizations/coalition-one/index.html")
        #expect(coalition.contains("We won the first round."))
        #expect(coalition.contains("Week of action"))
        #expect(coalition.contains("../../assets/logos/one.svg"))
        let week = try read(output, "events/week-of-action/index.html")
        #expect(week.contains("June 7 – 11, 2020"))
        #expect(week.contains("Seattle, WA"))
        #expect(week.contains(#"href="../launch/" rel="prev""#) && week.contains(#"href="../council-vote/" rel="next""#))
        #expect(try read(output, "events/launch/index.html").contains("Online"))
        let person = try read(output, "people/ada-organizer/index.html")
        #expect(person.contains("Campaign director") && person.contains("We won the first round."))
        // Empty sections are left out: City Council has no quotes.
        #expect(!(try read(output, "organizations/city-council/index.html")).contains("Quotes"))
    }

    @Test func rebuildsAreByteIdentical() async throws {
        let first = temporaryFolder(), second = temporaryFolder()
        try await build(minimal, into: first)
        try await build(minimal, into: second)
        let paths = files(in: first)
        #expect(paths == files(in: second))
        for path in paths {
            let a = try Data(contentsOf: first.appendingPathComponent(path))
            let b = try Data(contentsOf: second.appendingPathComponent(path))
            #expect(a == b, "\(path) differs")
        }
    }

    @Test func brokenFrontMatterFailsWithFileAndLineAndLeavesTheOldOutput() async throws {
        let output = temporaryFolder()
        try await build(minimal, into: output)
        let before = files(in: output)
        let marker = try Data(contentsOf: output.appendingPathComponent("index.html"))
        do {
            try await build(fixtures.appendingPathComponent("broken-front-matter"), into: output)
            Issue.record("the build should fail")
        } catch let error as DiagnosticList {
            #expect(error.errors.contains { $0.description.hasPrefix("content/articles/bad-yaml.md:4:16: error:") })
        }
        #expect(files(in: output) == before)
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == marker)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        let staging = "." + output.lastPathComponent + ".placard-"
        #expect(!siblings.contains { $0.hasPrefix(staging) && $0 != staging + "lock" })
    }

    @Test func aBrokenTemplateFailsNamingTheTemplate() async throws {
        let site = try scratchCopy(of: "minimal")
        try FileManager.default.copyItem(at: defaultTheme, to: site.appendingPathComponent("templates"))
        try Data("{{#article}}\n<h1>{{title}}</h1>\n".utf8).write(to: site.appendingPathComponent("templates/article.mustache"))
        await #expect(throws: DiagnosticList.self) { try await build(site, into: temporaryFolder()) }
        do {
            try await build(site, into: temporaryFolder())
        } catch let error as DiagnosticList {
            #expect(error.errors.first?.location.file == "templates/article.mustache")
        }
    }

    @Test func refusesOutputFoldersThatHoldTheSite() async throws {
        let site = try scratchCopy(of: "minimal")
        for output in [site, site.appendingPathComponent("content"), site.appendingPathComponent("templates"),
                       site.appendingPathComponent("content/articles"), site.deletingLastPathComponent()] {
            await #expect(throws: DiagnosticList.self, "\(output.path)") { try await build(site, into: output) }
        }
        #expect(files(in: site.appendingPathComponent("content")).count == 9)
    }

    @Test func replacesTheOutputWholeWithoutStaleFiles() async throws {
        let output = temporaryFolder()
        try await build(minimal, into: output)
        try Data("old".utf8).write(to: output.appendingPathComponent("stale.html"))
        try await build(minimal, into: output)
        #expect(!files(in: output).contains("stale.html"))
        #expect(files(in: output).contains("index.html"))
    }
}
