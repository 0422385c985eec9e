import Content

/// Atom feeds (RFC 4287): `feed.xml` with the latest articles in full, and one per organization
/// with the articles that mention it. Dates come from content; without `baseURL` there are none,
/// since a feed needs absolute URLs.
enum Feeds {
    /// Entries per feed: readers poll feeds often, and the site keeps the archive.
    static let limit = 50

    /// One feed: where it goes, what it is, and its articles (slugs, newest first).
    struct Plan: Sendable {
        var path: String
        var page: String
        var title: String
        var subtitle: String?
        var articles: [String]
    }

    static func files(_ rendered: RenderedSite) async -> [GeneratedFile] {
        await files(rendered, plans: plans(rendered))
    }

    /// Every feed of the site, in the order they are written; none without `baseURL`.
    static func plans(_ rendered: RenderedSite) -> [Plan] {
        guard rendered.hasAbsoluteURLs else { return [] }
        let site = rendered.site
        let published = { (slugs: [String]) in Array(slugs.filter { !rendered.article($0).article.draft }.prefix(limit)) }
        var plans = [Plan(path: SitePaths.feed, page: SitePaths.home, title: site.config.title,
                          subtitle: site.config.description, articles: published(rendered.index.articlesNewestFirst))]
        for organization in site.organizations {
            guard let mentioning = rendered.index.articlesByOrganization[organization.id], !mentioning.isEmpty else { continue }
            plans.append(Plan(path: SitePaths.organizationFeed(organization.id), page: SitePaths.organization(organization.id),
                              title: "\(organization.name) – \(site.config.title)",
                              subtitle: "Articles that mention \(organization.name).", articles: published(mentioning)))
        }
        return plans
    }

    /// The feeds of `plans`, each article's entry written once.
    static func files(_ rendered: RenderedSite, plans: [Plan]) async -> [GeneratedFile] {
        // An article is in several feeds: its entry is written once.
        let slugs = Array(Set(plans.flatMap(\.articles))).sorted()
        let written = await parallelMap(slugs) { entry(rendered, rendered.article($0)) }
        let entries = Dictionary(uniqueKeysWithValues: zip(slugs, written))
        return await parallelMap(plans) { plan in
            GeneratedFile(plan.path, feed(rendered, plan, entries: entries))
        }
    }

    static func feed(_ rendered: RenderedSite, _ plan: Plan, entries: [String: String]) -> String {
        let site = rendered.site
        let (title, subtitle, page, path) = (plan.title, plan.subtitle, plan.page, plan.path)
        let url = { (sitePath: String) in XMLText.escape(rendered.absoluteURL(for: sitePath) ?? sitePath) }
        let articles = plan.articles
        // An empty feed is as old as the content it would follow: the newest article of the site.
        let updated = articles.map { rendered.article($0).article.lastModified }.max()
            ?? site.articles.map(\.date).max()
            ?? rendered.index.timeline.first?.start ?? Day(year: 1970, month: 1, day: 1)!
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(site.config.language))">
            <id>\(url(page))</id>
            <title>\(XMLText.escape(title))</title>

            """
        if let subtitle { xml += "<subtitle>\(XMLText.escape(subtitle))</subtitle>\n" }
        xml += """
            <link rel="self" type="application/atom+xml" href="\(url(path))"/>
            <link rel="alternate" type="text/html" href="\(url(page))"/>
            <updated>\(XMLText.timestamp(updated))</updated>
            <author><name>\(XMLText.escape(site.config.title))</name></author>
            <generator version="\(XMLText.escape(rendered.version))">Placard</generator>

            """
        for slug in articles { xml += entries[slug] ?? "" }
        return xml + "</feed>\n"
    }

    static func entry(_ rendered: RenderedSite, _ shown: RenderedArticle) -> String {
        let article = shown.article
        let link = XMLText.escape(rendered.absoluteURL(for: SitePaths.article(article.slug)) ?? "")
        var xml = """
            <entry>
            <id>\(link)</id>
            <title type="text">\(XMLText.escape(article.title))</title>
            <link rel="alternate" type="text/html" href="\(link)"/>
            <published>\(XMLText.timestamp(article.date))</published>
            <updated>\(XMLText.timestamp(article.lastModified))</updated>

            """
        if let author = article.author ?? article.source?.publisher {
            xml += "<author><name>\(XMLText.escape(author))</name></author>\n"
        }
        // A republished article points at the original it came from.
        if let original = article.source?.url {
            let title = article.source?.publisher.map { " title=\"\(XMLText.escape($0))\"" } ?? ""
            xml += "<link rel=\"via\" type=\"text/html\" href=\"\(XMLText.escape(original))\"\(title)/>\n"
        }
        for id in article.organizations {
            guard let organization = rendered.index.organizationsByID[id] else { continue }
            xml += "<category term=\"\(XMLText.escape(id))\" label=\"\(XMLText.escape(organization.name))\"/>\n"
        }
        if let summary = shown.summary {
            xml += "<summary type=\"text\">\(XMLText.escape(summary))</summary>\n"
        }
        // The body's links are relative to the article page: xml:base makes them resolve.
        xml += "<content type=\"html\" xml:base=\"\(link)\">\(XMLText.escape(shown.document.html))</content>\n"
        return xml + "</entry>\n"
    }
}
