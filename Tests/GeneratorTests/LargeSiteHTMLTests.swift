@testable import Generator
import Content
import Foundation
import Markdown
import TestSupport
import Testing

/// A large site makes each article's HTML again where it is written instead of holding all of it:
/// the output must not tell the two ways apart.
@Suite struct LargeSiteHTMLTests {
    @Test func articlesRenderedAgainWhenWrittenGiveTheSameBytesAsHTMLKept() async throws {
        let (kept, renderedAgain) = (temporaryFolder("html-kept"), temporaryFolder("html-again"))
        defer { removeFolders(kept, renderedAgain) }
        for (output, limit) in [(kept, Int.max), (renderedAgain, 0)] {
            var options = BuildOptions(sourceRoot: repositoryRoot, output: output, version: "test")
            options.referenceDay = Day(year: 2026, month: 1, day: 1)!
            options.articlesWithHTMLKept = limit
            _ = try await SiteBuilder.build(options)
        }
        let paths = files(in: kept)
        #expect(paths.contains("articles/index.html") && paths.contains("feed.xml"))
        #expect(files(in: renderedAgain) == paths)
        for path in paths {
            let same = FileManager.default.contentsEqual(atPath: kept.appendingPathComponent(path).path,
                                                         andPath: renderedAgain.appendingPathComponent(path).path)
            #expect(same, "\(path) differs")
        }
    }

    @Test func aDocumentMadeWithoutItsHTMLGivesTheSameHTMLAndOutline() {
        let source = "# Ban it\n\nThe [council](/organizations/council/) voted.\n\n## Next\n\n> \"Now,\" she said.\n"
        let options = RenderOptions(pagePath: "articles/ban/")
        let kept = MarkdownDocument(source, options: options)
        let again = MarkdownDocument(source, options: options, keepsHTML: false)
        #expect(kept.html.contains("id=\"next\""))
        #expect(again.html == kept.html)
        #expect(again.headings == kept.headings)
        #expect(again.links == kept.links)
        #expect(again.firstParagraph == kept.firstParagraph)
    }
}
