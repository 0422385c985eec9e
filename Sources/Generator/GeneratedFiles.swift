import Content
import Foundation

/// A file the build writes besides the templated pages.
struct GeneratedFile: Sendable, Equatable {
    let path: String
    let data: Data

    init(_ path: String, _ text: String) {
        self.path = path
        data = Data(text.utf8)
    }

    init(_ path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// Feeds, sitemap, robots.txt, calendars and the search index: every file that is not a page.
/// Drafts (present in `--drafts` builds) never go into any of them.
enum GeneratedFiles {
    /// `pages` are the site paths of the templated pages.
    static func all(_ site: RenderedSite, pages: [String]) async -> [GeneratedFile] {
        await Feeds.files(site) + indexes(site, pages: pages)
    }

    /// All but the feeds: what lists the whole site.
    static func indexes(_ site: RenderedSite, pages: [String]) async -> [GeneratedFile] {
        listings(site, pages: pages) + (await SearchIndex.files(site))
    }

    /// The sitemap, robots.txt and calendars: what lists pages and events, but no article's body.
    static func listings(_ site: RenderedSite, pages: [String]) -> [GeneratedFile] {
        Sitemap.files(site, pages: pages) + Calendars.files(site)
    }
}
