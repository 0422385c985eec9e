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
        /// A sign-up form that posts to the campaign's provider, shown with the call to action.
        public var form: SignUpForm? = nil

        public init(title: String, text: String?, url: String, form: SignUpForm? = nil) {
            self.title = title
            self.text = text
            self.url = url
            self.form = form
        }
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
    /// Regular expressions of lines the content loader removes from raw documents (`ingest: remove:`).
    public var ingestRemovePatterns: [String] = []
    /// The share-card image of pages that have none of their own: a path under `content/assets/`.
    public var image: String? = nil
    /// Where `image` is written, for messages.
    public var imageLocation: SourceLocation? = nil
    /// Alt text of `image` (`og:image:alt`).
    public var imageAlt: String? = nil
    /// The campaign's logo, shown beside the site title: a path under `content/assets/`.
    public var logo: String? = nil
    public var logoLocation: SourceLocation? = nil
    /// The icon browsers show in tabs: a PNG, SVG, JPEG, WebP or GIF under `content/assets/`
    /// (else the theme's `static/favicon.svg` or `static/favicon.png`).
    public var favicon: String? = nil
    public var faviconLocation: SourceLocation? = nil

    /// The path the site is served under, from `baseURL` (`/campaign/`), else `/`: where a 404
    /// page, shown at any depth, finds the site.
    public var basePath: String {
        guard let baseURL, let scheme = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }
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
    /// Start time on `start`, in `timeZone`; nil for an all-day event.
    public var time: TimeOfDay? = nil
    /// End time on the last day (`end`, else `start`); nil with `time`: an hour after the start.
    public var endTime: TimeOfDay? = nil
    /// IANA name of the zone of `time` and `endTime` (`America/New_York`); set whenever `time` is.
    public var timeZone: String? = nil
    /// The event's own page elsewhere (an online protest's address).
    public var url: String? = nil
}

/// A wall-clock time, as content writes it (`18:00`, 24-hour).
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM` (the hour may have one digit).
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else {
            return nil
        }
        self.init(hour: hour, minute: minute)
    }

    /// `18:00`
    public var description: String {
        Digits.two(hour) + ":" + Digits.two(minute)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
    }
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
    /// The original has no address to link to, or none is known (an emailed release, print).
    public var offline: Bool
    /// Where the facts were written (the front matter's `source:`, a sidecar), for messages.
    public var location: SourceLocation?

    public init(publisher: String? = nil, url: String? = nil, file: String? = nil, offline: Bool = false,
                location: SourceLocation? = nil) {
        self.publisher = publisher
        self.url = url
        self.file = file
        self.offline = offline
        self.location = location
    }

    /// Whether the article is republished from elsewhere: it names a publisher, an address, or a raw document.
    public var isRepublished: Bool { publisher != nil || url != nil || file != nil }
}

/// A Markdown page with front matter: an article, or a standalone page.
public struct Article: Sendable, Hashable {
    public init(slug: String, title: String, subtitle: String? = nil, date: Day, updated: Day? = nil,
                author: String? = nil, contact: String? = nil, source: ArticleSource? = nil, summary: String? = nil,
                image: String? = nil, organizations: [String] = [], people: [String] = [], events: [String] = [],
                quotes: [Quote] = [], draft: Bool = false, body: String, location: SourceLocation,
                imageAlt: String? = nil, imageLocation: SourceLocation? = nil) {
        self.slug = slug
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.updated = updated
        self.author = author
        self.contact = contact
        self.source = source
        self.summary = summary
        self.image = image
        self.imageAlt = imageAlt
        self.imageLocation = imageLocation
        self.organizations = organizations
        self.people = people
        self.events = events
        self.quotes = quotes
        self.draft = draft
        self.body = body
        self.location = location
    }

    public var slug: String
    public var title: String
    public var subtitle: String?
    public var date: Day
    public var updated: Day?
    /// The last day the article changed: its update, else its publication.
    public var lastModified: Day { updated ?? date }
    public var author: String?
    /// Press contact line of a release ("Evan Greer, (508) 474-5248, press@…").
    public var contact: String?
    public var source: ArticleSource?
    public var summary: String?
    /// The cover image: a path under `content/assets/` (shown on the page, in lists and as the
    /// share card), or an http(s) URL (the share card only: pages load nothing from other hosts).
    public var image: String?
    /// What the image shows, for those who cannot see it; `""` for a decorative image.
    public var imageAlt: String?
    /// Where `image` is written, for messages about the file.
    public var imageLocation: SourceLocation?
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

/// A raw document of `content/sources/`, with its optional sidecar of facts.
public struct RawSource: Sendable, Hashable {
    /// Relative to `content/` (`sources/NAME.txt`): what an article's `source.file` names.
    public var file: String
    /// Normalized text: no BOM, `\n` line endings.
    public var text: String
    public var sidecar: SourceSidecar?
    public var location: SourceLocation

    public init(file: String, text: String, sidecar: SourceSidecar? = nil, location: SourceLocation) {
        self.file = file
        self.text = text
        self.sidecar = sidecar
        self.location = location
    }
}

/// `NAME.yaml` beside `NAME.txt`: facts the text lacks or gets wrong; they win over detection.
public struct SourceSidecar: Sendable, Hashable {
    public var title: String?
    public var subtitle: String?
    public var date: Day?
    public var updated: Day?
    public var publisher: String?
    public var url: String?
    public var author: String?
    public var slug: String?
    /// The original has no address to link to, or none is known.
    public var offline: Bool = false
    /// The article's cover image and its alt text, with where `image` is written.
    public var image: String? = nil
    public var imageAlt: String? = nil
    public var imageLocation: SourceLocation? = nil

    public init(title: String? = nil, subtitle: String? = nil, date: Day? = nil, updated: Day? = nil,
                publisher: String? = nil, url: String? = nil, author: String? = nil, slug: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.updated = updated
        self.publisher = publisher
        self.url = url
        self.author = author
        self.slug = slug
    }
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
    /// Raw documents of `content/sources/`.
    public var sources: [RawSource]
    /// Non-fatal findings of loading.
    public var warnings: [Diagnostic]

    public init(config: SiteConfig, organizations: [Organization], people: [Person], events: [Event],
                articles: [Article], pages: [Page], assets: [Asset], sources: [RawSource] = [],
                warnings: [Diagnostic] = []) {
        self.config = config
        self.organizations = organizations
        self.people = people
        self.events = events
        self.articles = articles
        self.pages = pages
        self.assets = assets
        self.sources = sources
        self.warnings = warnings
    }
}
