import Content
import Markdown

/// The Markdown of a site rendered once: bodies, descriptions, and the summaries taken from them.
public struct RenderedContent: Sendable {
    /// Aligned with `Site.articles`.
    public var articles: [MarkdownDocument]
    /// Aligned with `Site.pages`.
    public var pages: [MarkdownDocument]
    public var organizations: [String: MarkdownDocument]
    public var events: [String: MarkdownDocument]
    /// Site description, for the home page.
    public var intro: MarkdownDocument?

    public init(articles: [MarkdownDocument], pages: [MarkdownDocument], organizations: [String: MarkdownDocument],
                events: [String: MarkdownDocument], intro: MarkdownDocument?) {
        self.articles = articles
        self.pages = pages
        self.organizations = organizations
        self.events = events
        self.intro = intro
    }
}
