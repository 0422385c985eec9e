import Markdown

/// An article as the site shows it: its content and its body rendered for its page.
/// A class: immutable, so it behaves as a value, but copied with one reference count where the
/// struct took one per field of the article (a tenth of a preview rebuild went to such copies).
public final class RenderedArticle: Sendable {
    public let article: Article
    public let document: MarkdownDocument

    public init(_ article: Article, document: MarkdownDocument) {
        self.article = article
        self.document = document
    }

    public var slug: String { article.slug }
    /// `summary:`, else the body's first paragraph.
    public var summary: String? { article.summary ?? document.firstParagraph }
}

/// A standalone page and its body rendered for it.
public final class RenderedPage: Sendable {
    public let page: Page
    public let document: MarkdownDocument

    public init(_ page: Page, document: MarkdownDocument) {
        self.page = page
        self.document = document
    }

    public var slug: String { page.slug }
    public var summary: String? { page.summary ?? document.firstParagraph }
}

/// The loaded and rendered site that every output is made from: the pages through the theme, and
/// feeds, the sitemap, calendars and the search index directly. Articles and pages are referred to
/// by slug, registry entries by id.
public struct RenderedSite: Sendable {
    /// Configuration and registries; `site.articles` and `site.pages` are the ones rendered here.
    public let site: Site
    /// In the order of `site.articles`.
    public let articles: [RenderedArticle]
    public let pages: [RenderedPage]
    public let organizationDescriptions: [String: MarkdownDocument]
    public let eventDescriptions: [String: MarkdownDocument]
    /// The site's description, for the home page.
    public let intro: MarkdownDocument?
    public let index: SiteIndex
    /// The build's reference day: what is upcoming and what is past.
    public let today: Day
    /// Placard's version, for generator tags.
    public let version: String
    private let articlesBySlug: [String: RenderedArticle]
    /// The sizes written of every image a page shows (set by the build once it has read them).
    public var images = SiteImages()

    public static let articlesPerPage = 20

    public init(site: Site, articles: [RenderedArticle], pages: [RenderedPage],
                organizationDescriptions: [String: MarkdownDocument], eventDescriptions: [String: MarkdownDocument],
                intro: MarkdownDocument?, today: Day, version: String) {
        self.site = site
        self.articles = articles
        self.pages = pages
        self.organizationDescriptions = organizationDescriptions
        self.eventDescriptions = eventDescriptions
        self.intro = intro
        self.today = today
        self.version = version
        index = SiteIndex(site)
        articlesBySlug = Dictionary(articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The article with `slug`; slugs come from the index, which is built from these articles.
    public func article(_ slug: String) -> RenderedArticle {
        articlesBySlug[slug]!
    }

    /// The absolute URL of a site path; nil without `baseURL` (no feeds, sitemap or canonical URLs then).
    public func absoluteURL(for sitePath: String) -> String? {
        site.config.baseURL.map { $0 + sitePath }
    }

    /// Whether absolute URLs can be made: what feeds, the sitemap and share cards need.
    public var hasAbsoluteURLs: Bool { site.config.baseURL != nil }

    /// Pages of the article list (at least one, which may be empty).
    public var articleListPageCount: Int {
        max(1, (index.articlesNewestFirst.count + Self.articlesPerPage - 1) / Self.articlesPerPage)
    }
}
