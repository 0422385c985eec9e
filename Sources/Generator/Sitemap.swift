import Content

/// `sitemap.xml` (sitemaps.org 0.9) of every page but the 404, the share page and drafts, with `lastmod` from
/// content dates, and `robots.txt` pointing at it. Both need `baseURL` for absolute URLs; without
/// one, robots.txt allows everything and names no sitemap.
enum Sitemap {
    static func files(_ rendered: RenderedSite, pages: [String]) -> [GeneratedFile] {
        guard let sitemapURL = rendered.absoluteURL(for: SitePaths.sitemap) else {
            return [GeneratedFile(SitePaths.robots, "User-agent: *\nAllow: /\n")]
        }
        let site = rendered.site
        let drafts = Set(site.articles.filter(\.draft).map { SitePaths.article($0.slug) }
            + site.pages.filter(\.draft).map { SitePaths.page($0.slug) })
        let modified = lastModified(rendered)
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for path in pages where path != SitePaths.notFound && path != SitePaths.shareMastodon && !drafts.contains(path) {
            xml += "<url><loc>\(XMLText.escape(rendered.absoluteURL(for: path) ?? path))</loc>"
            if let day = modified[path] { xml += "<lastmod>\(day.iso)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return [GeneratedFile(SitePaths.sitemap, xml),
                GeneratedFile(SitePaths.robots, "User-agent: *\nAllow: /\n\nSitemap: \(sitemapURL)\n")]
    }

    /// The newest content date each page shows: its article, or the newest article listed on it.
    static func lastModified(_ rendered: RenderedSite) -> [String: Day] {
        let site = rendered.site
        let index = rendered.index
        func newest(_ slugs: [String]) -> Day? {
            slugs.map { rendered.article($0).article }.filter { !$0.draft }.map(\.lastModified).max()
        }
        var days: [String: Day] = [:]
        for article in site.articles where !article.draft {
            days[SitePaths.article(article.slug)] = article.lastModified
        }
        for (id, slugs) in index.articlesByOrganization { days[SitePaths.organization(id)] = newest(slugs) }
        for (id, slugs) in index.articlesByEvent { days[SitePaths.event(id)] = newest(slugs) }
        for (id, slugs) in index.articlesByPerson { days[SitePaths.person(id)] = newest(slugs) }
        if let latest = newest(index.articlesNewestFirst) {
            for path in [SitePaths.home, SitePaths.organizations, SitePaths.events, SitePaths.search] { days[path] = latest }
            for number in 1...rendered.articleListPageCount { days[SitePaths.articleList(page: number)] = latest }
        }
        return days
    }
}
