import CMark
import Foundation

extension MarkdownDocument {
    /// The text a reader sees in a whole document, for formats without markup (calendars): links
    /// as their text, images as their alt text, markers and escapes gone, punctuation as written,
    /// one blank line between blocks.
    public static func plainText(_ source: String) -> String {
        let root = source.withCString { cmark_parse_document($0, strlen($0), CMARK_OPT_VALIDATE_UTF8) }!
        defer { cmark_node_free(root) }
        var blocks: [String] = []
        forEachNode(in: root) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                blocks.append(Markdown.plainText(of: node))
            case CMARK_NODE_CODE_BLOCK:
                blocks.append(cmark_node_get_literal(node).map { String(cString: $0) } ?? "")
            default:
                break
            }
        }
        return blocks.map(\.trimmedOfWhitespace).filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }
}
