import Content
import Templates

/// Atom feeds (RFC 4287): `feed.xml` with the latest articles in full, and one per organization
/// with the articles that mention it. Dates come from content; without `baseURL` there are none,
/// since a feed needs absolute URLs.
enum Feeds {
    /// Entries per feed: readers poll feeds often, and the site keeps the archive.
    static let limit = 50

    /// One feed: where it goes, what it is, and its articles (positions in `site.articles`, newest first).
    struct Plan: Sendable {
        var path: String
        var page: String
        var title: String
        var subtitle: String?
        var articles: [Int]
    }

    static func files(_ contexts: PageContexts) async -> [GeneratedFile] {
        guard contexts.site.config.baseURL != nil else { return [] }
        let site = contexts.site
        let published = { (positions: [Int]) in Array(positions.filter { !site.articles[$0].draft }.prefix(limit)) }
        var plans = [Plan(path: SitePaths.feed, page: SitePaths.home, title: site.config.title,
                          subtitle: site.config.description, articles: published(contexts.index.articlesNewestFirst))]
        for organization in site.organizations {
            guard let mentioning = contexts.index.articlesByOrganization[organization.id], !mentioning.isEmpty else { continue }
            plans.append(Plan(path: SitePaths.organizationFeed(organization.id), page: SitePaths.organization(organization.id),
                              title: "\(organization.name) – \(site.config.title)",
                              subtitle: "Articles that mention \(organization.name).", articles: published(mentioning)))
        }
        // An article is in several feeds: its entry is written once.
        let positions = Array(Set(plans.flatMap(\.articles))).sorted()
        let written = await parallelMap(positions) { entry(contexts, $0) }
        let entries = Dictionary(uniqueKeysWithValues: zip(positions, written))
        return await parallelMap(plans) { plan in
            GeneratedFile(plan.path, feed(contexts, plan, entries: entries))
        }
    }

    static func feed(_ contexts: PageContexts, _ plan: Plan, entries: [Int: String]) -> String {
        let site = contexts.site
        let (title, subtitle, page, path) = (plan.title, plan.subtitle, plan.page, plan.path)
        let url = { (sitePath: String) in XMLText.escape(contexts.absoluteURL(sitePath) ?? sitePath) }
        let articles = plan.articles
        // An empty feed is as old as the content it would follow: the newest article of the site.
        let updated = articles.map { site.articles[$0].lastModified }.max()
            ?? contexts.index.articlesNewestFirst.map { site.articles[$0].date }.max()
            ?? contexts.index.timeline.first?.start ?? Day(year: 1970, month: 1, day: 1)!
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
            <generator version="\(XMLText.escape(contexts.version))">Placard</generator>

            """
        for position in articles { xml += entries[position] ?? "" }
        return xml + "</feed>\n"
    }

    static func entry(_ contexts: PageContexts, _ position: Int) -> String {
        let article = contexts.site.articles[position]
        let link = XMLText.escape(contexts.absoluteURL(SitePaths.article(article.slug)) ?? "")
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
        for id in article.organizations {
            guard let organization = contexts.index.organizationsByID[id] else { continue }
            xml += "<category term=\"\(XMLText.escape(id))\" label=\"\(XMLText.escape(organization.name))\"/>\n"
        }
        if let summary = article.summary ?? contexts.rendered.articles[position].firstParagraph {
            xml += "<summary type=\"text\">\(XMLText.escape(summary))</summary>\n"
        }
        // The body's links are relative to the article page: xml:base makes them resolve.
        xml += "<content type=\"html\" xml:base=\"\(link)\">\(XMLText.escape(contexts.rendered.articles[position].html))</content>\n"
        return xml + "</entry>\n"
    }
}
