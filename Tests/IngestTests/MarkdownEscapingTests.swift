import Markdown
import Testing
@testable import Ingest

@Suite struct MarkdownEscapingTests {
    @Test(arguments: [
        "# not a heading", "1. not a list", "2) not a list either", "- not a bullet", "+ nor this", "> not a quote",
        "<script>alert(1)</script>", "*stars* and _underscores_ and `ticks`", "[not](a link) ![nor](an image)",
        "&amp; stays as typed", "back\\slash", "=== not a setext underline", "a | table | row",
    ])
    func rendersAsTheSameText(_ text: String) {
        let markdown = MarkdownEscaping.escapeLineStart(MarkdownEscaping.escape(text))
        let html = MarkdownDocument(markdown).html
        let expected = "<p>" + text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;") + "</p>\n"
        #expect(html == expected)
    }
}
