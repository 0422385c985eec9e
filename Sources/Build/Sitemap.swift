import Content
import Templates

/// `sitemap.xml` (sitemaps.org 0.9) of every page but the 404 and drafts, with `lastmod` from
/// content dates, and `robots.txt` pointing at it. Both need `baseURL` for absolute URLs; without
/// one, robots.txt allows everything and names no sitemap.
enum Sitemap {
    static func files(_ contexts: PageContexts, pages: [String]) -> [GeneratedFile] {
        guard let baseURL = contexts.site.config.baseURL else {
            return [GeneratedFile(SitePaths.robots, "User-agent: *\nAllow: /\n")]
        }
        let site = contexts.site
        let drafts = Set(site.articles.filter(\.draft).map { SitePaths.article($0.slug) }
            + site.pages.filter(\.draft).map { SitePaths.page($0.slug) })
        let modified = lastModified(contexts)
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for path in pages where path != SitePaths.notFound && !drafts.contains(path) {
            xml += "<url><loc>\(XMLText.escape(baseURL + path))</loc>"
            if let day = modified[path] { xml += "<lastmod>\(day.iso)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return [GeneratedFile(SitePaths.sitemap, xml),
                GeneratedFile(SitePaths.robots, "User-agent: *\nAllow: /\n\nSitemap: \(baseURL)\(SitePaths.sitemap)\n")]
    }

    /// The newest content date each page shows: its article, or the newest article listed on it.
    static func lastModified(_ contexts: PageContexts) -> [String: Day] {
        let site = contexts.site
        let index = contexts.index
        func newest(_ positions: [Int]) -> Day? {
            positions.filter { !site.articles[$0].draft }.map { site.articles[$0].lastModified }.max()
        }
        var days: [String: Day] = [:]
        for article in site.articles where !article.draft {
            days[SitePaths.article(article.slug)] = article.lastModified
        }
        for (id, positions) in index.articlesByOrganization { days[SitePaths.organization(id)] = newest(positions) }
        for (id, positions) in index.articlesByEvent { days[SitePaths.event(id)] = newest(positions) }
        for (id, positions) in index.articlesByPerson { days[SitePaths.person(id)] = newest(positions) }
        if let latest = newest(index.articlesNewestFirst) {
            for path in [SitePaths.home, SitePaths.organizations, SitePaths.events, SitePaths.search] { days[path] = latest }
            for number in 1...contexts.articleListPageCount { days[SitePaths.articleList(page: number)] = latest }
        }
        return days
    }
}
