import Foundation
import CMark

/// A heading found in a document, with the anchor id its HTML carries.
public struct Heading: Sendable, Hashable {
    public let level: Int
    public let text: String
    public let id: String
    public let line: Int
}

/// A link or image destination, with where it was written.
public struct Link: Sendable, Hashable {
    public let destination: String
    public let isImage: Bool
    public let line: Int
    public let column: Int

    public init(destination: String, isImage: Bool, line: Int, column: Int) {
        self.destination = destination
        self.isImage = isImage
        self.line = line
        self.column = column
    }
}

/// Options that change how Markdown becomes HTML.
public struct RenderOptions: Sendable, Hashable {
    /// Keep raw HTML and every URL; off unless the site opts in. Off, link and image destinations
    /// that `URLPolicy` refuses (`javascript:`, `data:`, `ftp:`…) are emptied.
    public var unsafeHTML: Bool
    /// The site path of the page the HTML goes on (`articles/x/`): destinations written from the
    /// root (`/organizations/amazon/`) are made relative to it. Nil leaves them as written.
    public var pagePath: String?

    public init(unsafeHTML: Bool = false, pagePath: String? = nil) {
        self.unsafeHTML = unsafeHTML
        self.pagePath = pagePath
    }
}

/// A CommonMark document parsed by cmark: its outline, links, summary and HTML.
public struct MarkdownDocument: Sendable {
    public let headings: [Heading]
    public let links: [Link]
    /// Plain text of the first paragraph, the default summary of a page.
    public let firstParagraph: String?
    /// The HTML: kept from the parse, or made again from the source on each use by a document made
    /// with `keepsHTML: false` (a site of 100,000 articles held 700 MB of HTML it writes once).
    public var html: String { storedHTML ?? Self.parse(source, options, rendering: true).html! }
    private let storedHTML: String?
    private let source: String
    private let options: RenderOptions

    public init(_ source: String, options: RenderOptions = RenderOptions(), keepsHTML: Bool = true) {
        let parsed = Self.parse(source, options, rendering: keepsHTML)
        headings = parsed.headings
        links = parsed.links
        firstParagraph = parsed.firstParagraph
        storedHTML = parsed.html
        self.source = keepsHTML ? "" : source
        self.options = options
    }

    private static func parse(_ source: String, _ options: RenderOptions, rendering: Bool)
        -> (headings: [Heading], links: [Link], firstParagraph: String?, html: String?) {
        var cmarkOptions = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        if options.unsafeHTML { cmarkOptions |= CMARK_OPT_UNSAFE }
        let root = source.withCString { cmark_parse_document($0, strlen($0), cmarkOptions) }!
        defer { cmark_node_free(root) }

        var walker = TreeWalker(pagePath: options.pagePath, keepsEveryURL: options.unsafeHTML)
        walker.walk(root)
        guard rendering else { return (walker.headings, walker.links, walker.firstParagraph, nil) }
        walker.anchorHeadings(options: cmarkOptions)
        let rendered = cmark_render_html(root, cmarkOptions)!
        defer { free(rendered) }
        return (walker.headings, walker.links, walker.firstParagraph, String(cString: rendered))
    }
}
