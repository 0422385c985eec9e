import Generator
import Check
import Content
import Foundation
import Testing

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func checkFindings(_ root: URL, templates: URL? = repositoryRoot.appendingPathComponent("templates"),
                   output: URL = FileManager.default.temporaryDirectory.appendingPathComponent("placard-check-\(UUID().uuidString)")
) async throws -> [String] {
    let options = BuildOptions(sourceRoot: root, output: output, templates: templates, version: "test")
    _ = try await SiteBuilder.build(options)
    let prepared = try await SiteBuilder.prepare(options)
    return SiteChecker(prepared: prepared, output: output).check().map(\.description)
}

@Suite struct SiteCheckerTests {
    let fixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/check-problems")

    @Test func brokenLinksAnchorsAndAssetsPointAtTheirMarkdownLine() async throws {
        let found = try await checkFindings(fixture)
        #expect(found.contains("content/articles/broken-links.md:8:3: error: link '../../nowhere/' points to a page that does not exist (nowhere/index.html) (on articles/broken-links/index.html)"))
        #expect(found.contains("content/articles/broken-links.md:8:46: error: link '../../about/#nope' points to an anchor '#nope' that about/index.html does not have (on articles/broken-links/index.html)"))
        #expect(found.contains("content/articles/broken-links.md:10:1: error: link '../../assets/missing.png' points to a file that does not exist (assets/missing.png) (on articles/broken-links/index.html)"))
        #expect(found.contains("content/articles/broken-links.md: error: image 'assets/missing-card.png' is not a file under content/assets/"))
        #expect(found.contains("content/site.yaml:4:8: error: image 'cards/missing.png' is not a file under content/assets/"), "\(found)")
        // The good ones are not reported.
        #expect(!found.contains { $0.contains("organizations/acme/'") || $0.contains("#section") })
    }

    @Test func unmentionedEntriesAndOrphanPagesAreWarnings() async throws {
        let found = try await checkFindings(fixture)
        #expect(found.contains("content/organizations.yaml:2:3: warning: organization 'nobody-mentions-me' is mentioned by no article"))
        #expect(found.contains("content/events.yaml:1:3: warning: event 'lonely-event' is mentioned by no article"))
        #expect(found.contains("content/pages/hidden.md:4: warning: no page links to hidden/index.html"))
        #expect(!found.contains { $0.contains("'acme' is mentioned") || $0.contains("'ada' is mentioned") })
        #expect(!found.contains { $0.contains("no page links to about/index.html") })
    }

    @Test func themeReferencesToOtherHostsAreErrorsWithTheirLine() async throws {
        let theme = FileManager.default.temporaryDirectory.appendingPathComponent("placard-theme-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("templates"), to: theme)
        let layout = theme.appendingPathComponent("layout.mustache")
        var text = try String(contentsOf: layout, encoding: .utf8)
        text = text.replacingOccurrences(of: "</head>", with: "<link rel=\"stylesheet\" href=\"https://fonts.example/css\">\n</head>")
        try Data(text.utf8).write(to: layout)
        try Data("body { background: url(//cdn.example/bg.png); }\n".utf8)
            .write(to: theme.appendingPathComponent("static/assets/extra.css"))
        let found = try await checkFindings(fixture, templates: theme)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("fonts.example") }.map { $0 + 1 } ?? 0
        #expect(found.contains { $0.hasSuffix("layout.mustache:\(line):30: error: the theme loads 'https://fonts.example/css' from another host") }, "\(found)")
        #expect(found.contains { $0.hasSuffix("static/assets/extra.css:1:24: error: the theme loads '//cdn.example/bg.png' from another host") })
    }

    /// A file of the site becomes a PNG card, whatever its format; a URL is taken as it is.
    @Test func anSVGShareCardURLIsAWarningAtItsLine() async throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("placard-svg-card-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Tests/Fixtures/minimal"), to: site)
        let config = site.appendingPathComponent("content/site.yaml")
        let original = try String(contentsOf: config, encoding: .utf8)
        try Data((original + "image: logos/one.svg\n").utf8).write(to: config)
        #expect(try await checkFindings(site).allSatisfy { !$0.contains("no share card") })
        let text = original + "image: \"https://cards.example/one.svg\"\n"
        try Data(text.utf8).write(to: config)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let found = try await checkFindings(site)
        #expect(found.contains("content/site.yaml:\(line):8: warning: image 'https://cards.example/one.svg' is no share card: platforms show PNG, JPEG, GIF or WebP, never SVG"), "\(found)")
    }

    /// Clean: the two sources whose original address is not known say so (`offline: true`).
    @Test func theBundledCampaignIsClean() async throws {
        let found = try await checkFindings(repositoryRoot)
        #expect(found.filter { !$0.contains(": note: ") }.isEmpty, "\(found)")
    }

    @Test func anArticleFromASourceWithoutURLIsWarnedAboutWhereTheURLGoes() async throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("placard-check-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Tests/Fixtures/minimal"), to: site)
        let article = site.appendingPathComponent("content/articles/second-story.md")
        let text = try String(contentsOf: article, encoding: .utf8)
            .replacingOccurrences(of: "date: 2021-03-03\n", with: "date: 2021-03-03\nsource:\n  publisher: \"City Paper\"\n")
        try Data(text.utf8).write(to: article)
        let found = try await checkFindings(site)
        #expect(found.contains("content/articles/second-story.md:5:3: warning: article 'second-story' comes from a "
            + "source with no url, so its page cannot link to the original; add 'url: https://…' to its 'source' "
            + "(or 'offline: true' when it has none)"), "\(found)")
        #expect(!found.contains { $0.contains("'first-win' comes from a source") }, "first-win names its url")
        try Data(text.replacingOccurrences(of: "publisher: \"City Paper\"\n", with: "publisher: \"City Paper\"\n  offline: true\n").utf8)
            .write(to: article)
        #expect(!(try await checkFindings(site)).contains { $0.contains("comes from a source") }, "an offline source has no url")
    }
}
