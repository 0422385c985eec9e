/// Where each page lives in the output, as a path from the site root (README, "The site it builds").
/// Folder paths end in `/` and are written as `PATH/index.html`.
public enum SitePaths {
    public static let home = ""
    public static let articles = "articles/"
    public static let organizations = "organizations/"
    public static let events = "events/"
    public static let notFound = "404.html"
    public static let search = "search/"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"
    /// All events in one calendar.
    public static let calendar = "events/calendar.ics"
    /// Our own page that asks a visitor for their Mastodon server, to share there.
    public static let shareMastodon = "share/mastodon/"
    /// The search index, a script that the search page loads (works from file:// too).
    public static let searchIndex = "search/index.js"

    public static func organizationFeed(_ id: String) -> String { "organizations/\(id)/feed.xml" }
    public static func eventCalendar(_ id: String) -> String { "events/\(id).ics" }

    public static func article(_ slug: String) -> String { "articles/\(slug)/" }
    public static func organization(_ id: String) -> String { "organizations/\(id)/" }
    public static func event(_ id: String) -> String { "events/\(id)/" }
    public static func person(_ id: String) -> String { "people/\(id)/" }
    public static func page(_ slug: String) -> String { "\(slug)/" }

    /// Page `number` (from 1) of the article list.
    public static func articleList(page number: Int) -> String {
        number <= 1 ? articles : "articles/page/\(number)/"
    }

    /// The file a page path is written to.
    public static func file(for path: String) -> String {
        path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }
}
