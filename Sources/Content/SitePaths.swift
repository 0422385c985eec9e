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

    /// The relative way up from a page to the site root: `""`, `"../"`, `"../../"`.
    public static func rootPrefix(from path: String) -> String {
        let depth = path.split(separator: "/", omittingEmptySubsequences: false).count - 1
        return String(repeating: "../", count: max(0, depth))
    }

    /// A link from the page at `from` to the site path `to`, relative so that any server at any path
    /// works: `articles/page/2/` → `articles/` is `../../`.
    public static func relative(from: String, to: String) -> String {
        let fromFolders = from.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        var toParts = to.split(separator: "/", omittingEmptySubsequences: false)
        let file = toParts.removeLast()
        var shared = 0
        while shared < min(fromFolders.count, toParts.count),
              fromFolders[fromFolders.startIndex + shared] == toParts[shared] {
            shared += 1
        }
        let up = String(repeating: "../", count: fromFolders.count - shared)
        let down = toParts[shared...].map { $0 + "/" }.joined() + file
        let link = up + down
        return link.isEmpty ? "./" : link
    }

    /// `to` as written in content (a site path, `/site/path`, or a URL), made relative to `from`.
    public static func resolve(_ written: String, from: String) -> String {
        if written.contains("://") || written.hasPrefix("//") || written.hasPrefix("mailto:") || written.hasPrefix("#") {
            return written
        }
        let sitePath = written.hasPrefix("/") ? String(written.dropFirst()) : written
        return relative(from: from, to: sitePath)
    }
}
