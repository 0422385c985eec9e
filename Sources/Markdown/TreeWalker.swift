import Foundation
import CMark

/// One pass over a cmark tree collecting headings, links and the first paragraph.
struct TreeWalker {
    let pagePath: String?
    /// When false, destinations `URLPolicy` refuses are emptied.
    let keepsEveryURL: Bool
    private(set) var headings: [Heading] = []
    private(set) var links: [Link] = []
    private(set) var firstParagraph: String?
    private var headingNodes: [OpaquePointer] = []
    private var slugs = AnchorSlugger()

    init(pagePath: String?, keepsEveryURL: Bool) {
        self.pagePath = pagePath
        self.keepsEveryURL = keepsEveryURL
    }

    mutating func walk(_ root: OpaquePointer) {
        forEachNode(in: root) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                let text = plainText(of: node)
                let level = Int(cmark_node_get_heading_level(node))
                headings.append(Heading(level: level, text: text, id: slugs.unique(for: text),
                                        line: Int(cmark_node_get_start_line(node))))
                headingNodes.append(node)
            case CMARK_NODE_PARAGRAPH where firstParagraph == nil && isTopLevel(node):
                let text = plainText(of: node)
                if !text.isEmpty { firstParagraph = text }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                recordLink(node)
            default:
                break
            }
        }
    }

    private mutating func recordLink(_ node: OpaquePointer) {
        let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        links.append(Link(destination: destination,
                          isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                          line: Int(cmark_node_get_start_line(node)),
                          column: Int(cmark_node_get_start_column(node))))
        if !keepsEveryURL, !URLPolicy.allows(destination) {
            cmark_node_set_url(node, "")
        } else if let pagePath, let relative = SiteLink(destination).hrefThroughRoot(from: pagePath) {
            cmark_node_set_url(node, relative)
        }
    }

    /// Replaces each heading by its own cmark HTML with the anchor id added, as a literal block.
    mutating func anchorHeadings(options: Int32) {
        for (node, heading) in zip(headingNodes, headings) {
            guard let rendered = cmark_render_html(node, options) else { continue }
            var html = String(cString: rendered)
            free(rendered)
            let open = "<h\(heading.level)>"
            guard html.hasPrefix(open) else { continue }
            html = "<h\(heading.level) id=\"\(heading.id)\">" + html.dropFirst(open.count)
            while html.hasSuffix("\n") { html.removeLast() }
            let literal = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
            cmark_node_set_on_enter(literal, html)
            cmark_node_replace(node, literal)
            cmark_node_free(node)
        }
        headingNodes = []
    }

    private func isTopLevel(_ node: OpaquePointer) -> Bool {
        cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT
    }
}

/// Calls `body` on entering `root` and each node below it, in document order.
func forEachNode(in root: OpaquePointer, _ body: (OpaquePointer) -> Void) {
    let iterator = cmark_iter_new(root)
    defer { cmark_iter_free(iterator) }
    while true {
        let event = cmark_iter_next(iterator)
        if event == CMARK_EVENT_DONE { break }
        if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { body(node) }
    }
}

/// The text a reader sees in a node: literals of text and code, breaks as spaces.
func plainText(of node: OpaquePointer) -> String {
    var text = ""
    forEachNode(in: node) { child in
        switch cmark_node_get_type(child) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            text += " "
        default:
            break
        }
    }
    return text.trimmedOfWhitespace
}
