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
        await Feeds.files(site) + indexes(site, pages: pages, search: SearchCache())
    }

    /// All but the feeds: what lists the whole site.
    /// `search` keeps the search index's work between preview builds.
    static func indexes(_ site: RenderedSite, pages: [String], search: SearchCache) async -> [GeneratedFile] {
        Sitemap.files(site, pages: pages) + Calendars.files(site) + (await SearchIndex.files(site, cache: search))
    }
}
