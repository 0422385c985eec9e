/// `content/site.yaml`.
public struct SiteConfig: Sendable, Hashable {
    public struct NavItem: Sendable, Hashable {
        public var title: String
        /// Relative to the site root (`articles/`), or an absolute URL.
        public var url: String
    }

    public struct CallToAction: Sendable, Hashable {
        public var title: String
        public var text: String?
        public var url: String
    }

    public var title: String
    public var description: String?
    /// Absolute, ending in `/`; used only for canonical URLs, feeds and the sitemap.
    public var baseURL: String?
    public var language: String
    public var nav: [NavItem]
    public var callToAction: CallToAction?
    public var unsafeHTML: Bool
    public var archived: Bool
}

public enum OrganizationKind: String, Sendable, Hashable, CaseIterable {
    case coalition, company, government, media, other

    /// How the organization index names the group.
    public var label: String {
        switch self {
        case .coalition: "Coalition members"
        case .company: "Companies"
        case .government: "Government"
        case .media: "Media"
        case .other: "Others"
        }
    }
}

public struct Organization: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var aliases: [String]
    public var kind: OrganizationKind
    public var url: String?
    public var description: String?
    /// Path under `content/assets/`.
    public var logo: String?
    public var location: SourceLocation
}

public struct Person: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var aliases: [String]
    public var organization: String?
    public var role: String?
    public var location: SourceLocation
}

public struct Event: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var start: Day
    /// Last day of a multi-day event; nil for a single day.
    public var end: Day?
    public var kind: String?
    public var place: String?
    public var isVirtual: Bool
    public var aliases: [String]
    public var organizations: [String]
    public var description: String?
    public var location: SourceLocation
}

public struct Quote: Sendable, Hashable {
    public var text: String
    public var person: String?
    public var organization: String?

    public init(text: String, person: String? = nil, organization: String? = nil) {
        self.text = text
        self.person = person
        self.organization = organization
    }
}

/// Where an article came from.
public struct ArticleSource: Sendable, Hashable {
    public var publisher: String?
    public var url: String?
    /// `sources/NAME.txt`, when the article was converted from a raw document.
    public var file: String?

    public init(publisher: String? = nil, url: String? = nil, file: String? = nil) {
        self.publisher = publisher
        self.url = url
        self.file = file
    }
}

/// A Markdown page with front matter: an article, or a standalone page.
public struct Article: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var subtitle: String?
    public var date: Day
    public var updated: Day?
    public var author: String?
    public var source: ArticleSource?
    public var summary: String?
    public var image: String?
    public var organizations: [String]
    public var people: [String]
    public var events: [String]
    public var quotes: [Quote]
    public var draft: Bool
    /// CommonMark body, after the front matter.
    public var body: String
    /// The file, with the line where the body starts.
    public var location: SourceLocation
}

public struct Page: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var summary: String?
    public var draft: Bool
    public var body: String
    public var location: SourceLocation
}

/// A file under `content/assets/`, copied as it is.
public struct Asset: Sendable, Hashable {
    /// Relative to `content/` (`assets/logos/aclu.svg`); also its path in the output.
    public var path: String
}

/// Everything under `content/`, validated.
public struct Site: Sendable {
    public var config: SiteConfig
    public var organizations: [Organization]
    public var people: [Person]
    public var events: [Event]
    public var articles: [Article]
    public var pages: [Page]
    public var assets: [Asset]
    /// Non-fatal findings of loading.
    public var warnings: [Diagnostic]

    public init(config: SiteConfig, organizations: [Organization], people: [Person], events: [Event],
                articles: [Article], pages: [Page], assets: [Asset], warnings: [Diagnostic] = []) {
        self.config = config
        self.organizations = organizations
        self.people = people
        self.events = events
        self.articles = articles
        self.pages = pages
        self.assets = assets
        self.warnings = warnings
    }
}
