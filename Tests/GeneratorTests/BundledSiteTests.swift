import Generator
import Check
import Content
import Foundation
import Markdown
import TestSupport
import Testing

@Suite struct BundledSiteTests {
    @Test func theBundledCampaignBuildsWithEveryLinkResolving() async throws {
        let output = temporaryFolder("bundled")
        let report = try await build(repositoryRoot, into: output)
        #expect(report.warnings.filter { $0.severity == .warning }.isEmpty, "\(report.warnings)")
        let built = files(in: output)
        for page in ["index.html", "articles/index.html", "organizations/index.html", "events/index.html",
                     "about/index.html", "take-action/index.html", "404.html", "assets/placard.css",
                     "organizations/aclu/index.html", "organizations/fight-for-the-future/index.html",
                     "people/evan-greer/index.html", "events/eyes-on-amazon-week-of-action/index.html"] {
            #expect(built.contains(page), "missing \(page)")
        }
        let broken = OutputLinks(output: output, basePath: "/").problems
        #expect(broken.isEmpty, "\(broken)")
    }

    @Test func theThemeAsksNothingOfOtherHosts() async throws {
        let output = temporaryFolder("bundled")
        try await build(repositoryRoot, into: output)
        for page in files(in: output) where page.hasSuffix(".html") || page.hasSuffix(".css") {
            let text = try read(output, page)
            // Scripts: JSON-LD data, or the site's own files (their src is checked below).
            for script in text.components(separatedBy: "<script").dropFirst() {
                #expect(script.hasPrefix(" type=\"application/ld+json\">") || script.hasPrefix(" src=\""), "script in \(page)")
            }
            for source in text.components(separatedBy: " src=\"").dropFirst().map({ $0.prefix { $0 != "\"" } }) {
                #expect(!URLPolicy.isExternal(String(source)), "\(page) loads \(source)")
            }
            #expect(!text.contains("@import") && !text.contains("url(http"), "\(page) loads from another host")
            for link in text.components(separatedBy: "<link ").dropFirst() {
                let tag = link.prefix { $0 != ">" }
                if tag.contains("rel=\"stylesheet\"") || tag.contains("rel=\"preload\"") || tag.contains("rel=\"icon\"") {
                    #expect(!tag.contains("://"), "\(page) loads \(tag)")
                }
            }
        }
    }

    @Test func everyPagesStructuredDataIsValidJSONWithSchemaOrgTypes() async throws {
        let output = temporaryFolder("bundled")
        try await build(repositoryRoot, into: output)
        var types: [String: Int] = [:]
        for page in files(in: output) where page.hasSuffix(".html") {
            let html = try read(output, page)
            for block in html.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst() {
                let json = try #require(block.components(separatedBy: "</script>").first)
                let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(page)")
                #expect(object["@context"] as? String == "https://schema.org", "\(page)")
                types[object["@type"] as? String ?? "?", default: 0] += 1
            }
        }
        let site = try await SiteBuilder.prepare(BuildOptions(sourceRoot: repositoryRoot, output: output, version: "test")).site
        #expect(types == ["NewsArticle": site.articles.count, "Organization": site.organizations.count, "Event": site.events.count])
    }
}
