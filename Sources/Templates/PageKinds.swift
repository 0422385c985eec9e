import Content
import Foundation
import Markdown

/// One context per page kind.
extension PageContexts {
    public func home() -> TemplateValue {
        let path = SitePaths.home
        let links = Links(from: path, notFoundRoot: nil)
        var context = common(path: path, title: nil, description: nil)
        context.set("intro_html", rendered.intro.map { TemplateValue.string($0.html) })
        context.list("latest_articles", index.articlesNewestFirst.prefix(Self.listLength).map {
            articleItem($0, links: links)
        })
        context.list("upcoming_events", index.timeline.filter { isUpcoming($0) }.prefix(Self.listLength).map {
            eventItem($0, links: links)
        })
        context.list("latest_events", index.timeline.filter { !isUpcoming($0) }.suffix(Self.listLength).reversed().map {
            eventItem($0, links: links)
        })
        context.list("coalition", organizations(of: .coalition).compactMap { organizationItem($0.id, links: links) })
        return context.value
    }

    public func article(_ slug: String) -> TemplateValue {
        let shown = rendered.article(slug)
        let article = shown.article
        let path = SitePaths.article(article.slug)
        let links = Links(from: path, notFoundRoot: nil)
        var context = common(path: path, title: article.title, description: shown.summary,
                             image: article.image.map { ShareImage(written: $0, alt: article.imageAlt) }, type: "article")
        context.set("json_ld", .string(newsArticleData(shown)))
        var value = articleItem(slug, links: links, capacity: 24)
        value["subtitle"] = article.subtitle
        value["author"] = article.author
        value["contact"] = article.contact
        value.list("contact_parts", (article.contact.map(ContactLine.parts) ?? []).map { part in
            var item = TemplateObject()
            item["text"] = part.text
            item["url"] = part.url
            return item
        })
        value.set("source", sourceCredit(article.source))
        value["summary"] = shown.summary
        value.set("cover", picture(article.image, as: .cover, alt: article.imageAlt ?? "", links: links))
        value.set("content_html", .string(shown.document.html))
        value.list("organizations", article.organizations.compactMap { organizationItem($0, links: links) })
        value.list("people", article.people.compactMap { personItem($0, links: links) })
        let events = article.events.uniqued().compactMap { index.eventsByID[$0] }
        value.list("events", events.sorted(by: SiteIndex.timelineOrder).map { eventItem($0, links: links) })
        // Statements the body shows in full are not repeated under "Quotes".
        // The body is read only for an article with quotes: most have none.
        let body = article.quotes.isEmpty ? "" : QuoteText.comparable(MarkdownDocument.plainText(article.body))
        value.list("quotes", article.quotes.filter { !QuoteText.isShown($0.text, inComparable: body) }.map {
            quoteItem($0, article: nil, links: links)
        })
        context.set("article", value)
        context.set("share_links", shareLinks(title: article.title, path: path, links: links))
        return context.value
    }

    /// "Originally published by …": who first published a republished article, and where.
    func sourceCredit(_ source: ArticleSource?) -> TemplateObject? {
        guard let source, source.publisher != nil || source.url != nil else { return nil }
        var value = TemplateObject()
        value["publisher"] = source.publisher
        value["url"] = source.url
        value["host"] = source.url.flatMap { URLComponents(string: $0)?.host }.map {
            $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0
        }
        return value
    }

    /// Share links of a page, when the site has a `baseURL` to make its address absolute.
    func shareLinks(title: String, path: String, links: Links) -> TemplateObject? {
        rendered.absoluteURL(for: path).map { ShareLinks.context(title: title, url: $0, links: links) }
    }

    public func articleList(page number: Int) -> TemplateValue {
        let path = SitePaths.articleList(page: number)
        let links = Links(from: path, notFoundRoot: nil)
        let total = rendered.articleListPageCount
        let title = number == 1 ? "News" : "News, page \(number) of \(total)"
        var context = common(path: path, title: title, description: nil)
        let perPage = RenderedSite.articlesPerPage
        let items = index.articlesNewestFirst.dropFirst((number - 1) * perPage).prefix(perPage)
        context.list("articles", items.map { articleItem($0, links: links) })
        var pagination = TemplateObject()
        pagination.set("current", .int(number))
        pagination.set("total", .int(total))
        pagination["prev_url"] = number > 1 ? links.to(SitePaths.articleList(page: number - 1)) : nil
        pagination["next_url"] = number < total ? links.to(SitePaths.articleList(page: number + 1)) : nil
        pagination.list("pages", Self.pageWindow(current: number, total: total).map { page in
            var item = TemplateObject()
            guard let page else {
                item.flag("gap", true)
                return item
            }
            item.set("number", .int(page))
            item["url"] = links.to(SitePaths.articleList(page: page))
            item.flag("current", page == number)
            return item
        })
        context.set("pagination", pagination)
        return context.value
    }

    /// The page numbers a list's navigation shows: the first, the last and two on each side of the
    /// current one, nil where numbers are left out. Every page listing every other would make the
    /// lists of a large site quadratic in its size (100,000 articles: 5,000 pages of 5,000 links).
    static func pageWindow(current: Int, total: Int, around: Int = 2) -> [Int?] {
        guard total > 1 else { return [] }
        let shown = Set([1, total]).union(max(1, current - around)...min(total, current + around))
        var pages: [Int?] = []
        for page in shown.sorted() {
            if let last = pages.last, let last, page > last + 1 { pages.append(page == last + 2 ? last + 1 : nil) }
            pages.append(page)
        }
        return pages
    }

    public func organization(_ organization: Organization) -> TemplateValue {
        let path = SitePaths.organization(organization.id)
        let links = Links(from: path, notFoundRoot: nil)
        let description = rendered.organizationDescriptions[organization.id]
        var context = common(path: path, title: organization.name, description: description?.firstParagraph,
                             image: organization.logo.map { ShareImage(written: $0, isLogo: true, alt: "Logo of \(organization.name)") })
        context.set("json_ld", .string(organizationData(organization)))
        if rendered.hasAbsoluteURLs, !(index.articlesByOrganization[organization.id] ?? []).isEmpty {
            context["organization_feed_url"] = links.to(SitePaths.organizationFeed(organization.id))
        }
        var value = organizationItem(organization.id, links: links) ?? TemplateObject()
        value.set("description_html", description.map { TemplateValue.string($0.html) })
        value.list("articles", (index.articlesByOrganization[organization.id] ?? []).map { articleItem($0, links: links) })
        value.list("quotes", (index.quotesByOrganization[organization.id] ?? []).map {
            quoteItem($0.quote, article: $0.article, links: links)
        })
        value.list("events", (index.eventsByOrganization[organization.id] ?? []).map { eventItem($0, links: links) })
        value.list("people", (index.peopleByOrganization[organization.id] ?? []).compactMap {
            personItem($0.id, links: links)
        })
        value.list("related", (index.relatedOrganizations[organization.id] ?? []).prefix(Self.listLength).compactMap {
            var item = organizationItem($0.id, links: links)
            item?.set("count", .int($0.count))
            return item
        })
        context.set("organization", value)
        return context.value
    }

    public func organizationIndex() -> TemplateValue {
        let path = SitePaths.organizations
        let links = Links(from: path, notFoundRoot: nil)
        var context = common(path: path, title: "Who's who", description: nil)
        context.list("groups", OrganizationKind.allCases.compactMap { kind in
            let members = organizations(of: kind)
            guard !members.isEmpty else { return nil }
            var group = TemplateObject()
            group["kind"] = kind.rawValue
            group["label"] = kind.label
            group.list("organizations", members.compactMap { organizationItem($0.id, links: links) })
            return group
        })
        return context.value
    }

    public func event(_ event: Event) -> TemplateValue {
        let path = SitePaths.event(event.id)
        let links = Links(from: path, notFoundRoot: nil)
        let description = rendered.eventDescriptions[event.id]
        var context = common(path: path, title: event.title, description: description?.firstParagraph)
        context.set("json_ld", .string(eventData(event)))
        var value = eventItem(event, links: links)
        value.set("description_html", description.map { TemplateValue.string($0.html) })
        value["calendar_url"] = links.to(SitePaths.eventCalendar(event.id))
        value.list("organizations", event.organizations.compactMap { organizationItem($0, links: links) })
        value.list("articles", (index.articlesByEvent[event.id] ?? []).map { articleItem($0, links: links) })
        if let position = index.timeline.firstIndex(where: { $0.id == event.id }) {
            if position > 0 { value.set("previous", eventItem(index.timeline[position - 1], links: links)) }
            if position + 1 < index.timeline.count { value.set("next", eventItem(index.timeline[position + 1], links: links)) }
        }
        context.set("event", value)
        context.set("share_links", shareLinks(title: event.title, path: path, links: links))
        return context.value
    }

    /// The timeline: what is coming up (soonest first), then what happened (newest first), each
    /// grouped by year and month, with their organizations and the articles about them.
    public func eventIndex() -> TemplateValue {
        let path = SitePaths.events
        let links = Links(from: path, notFoundRoot: nil)
        var context = common(path: path, title: "Timeline", description: nil)
        let upcoming = index.timeline.filter { isUpcoming($0) }
        let past = Array(index.timeline.filter { !isUpcoming($0) }.reversed())
        context.list("upcoming", timelineYears(upcoming, section: "upcoming", links: links))
        context.list("past", timelineYears(past, section: "past", links: links))
        context.set("today", Self.date(today))
        context.flag("has_events", !index.timeline.isEmpty)
        if !index.timeline.isEmpty { context["site_calendar_url"] = links.to(SitePaths.calendar) }
        return context.value
    }

    /// Not over yet on the build's reference day.
    func isUpcoming(_ event: Event) -> Bool { (event.end ?? event.start) >= today }

    func timelineYears(_ events: [Event], section: String, links: Links) -> [TemplateObject] {
        Self.runs(of: events, by: \.start.year).map { year in
            var group = TemplateObject()
            group["year"] = String(year.key)
            group["anchor"] = "\(section)-\(year.key)"
            group.list("months", Self.runs(of: year.events, by: \.start.month).map { month in
                var value = TemplateObject()
                value["month"] = Day.monthNames[month.key - 1]
                value["anchor"] = "\(section)-\(year.key)-\(month.key < 10 ? "0" : "")\(month.key)"
                value.list("events", month.events.map { event in
                    var item = eventItem(event, links: links)
                    item.list("organizations", event.organizations.compactMap { organizationItem($0, links: links) })
                    item.list("articles", (index.articlesByEvent[event.id] ?? []).map { articleItem($0, links: links) })
                    return item
                })
                return value
            })
            return group
        }
    }

    /// Events in order, cut where `key` changes: a timeline's years, a year's months.
    static func runs(of events: [Event], by key: (Event) -> Int) -> [(key: Int, events: [Event])] {
        var runs: [(key: Int, events: [Event])] = []
        for event in events {
            if runs.last?.key == key(event) { runs[runs.count - 1].events.append(event) } else {
                runs.append((key(event), [event]))
            }
        }
        return runs
    }

    public func person(_ person: Person) -> TemplateValue {
        let path = SitePaths.person(person.id)
        let links = Links(from: path, notFoundRoot: nil)
        let organization = person.organization.flatMap { index.organizationsByID[$0]?.name }
        let description = ([person.name, person.role, organization] as [String?]).compactMap { $0 }.joined(separator: ", ")
        var context = common(path: path, title: person.name, description: description)
        var value = personItem(person.id, links: links) ?? TemplateObject()
        value.list("quotes", (index.quotesByPerson[person.id] ?? []).map {
            quoteItem($0.quote, article: $0.article, links: links)
        })
        value.list("articles", (index.articlesByPerson[person.id] ?? []).map { articleItem($0, links: links) })
        context.set("person", value)
        return context.value
    }

    public func page(_ shown: RenderedPage) -> TemplateValue {
        let path = SitePaths.page(shown.slug)
        var context = common(path: path, title: shown.page.title, description: shown.summary)
        var value = TemplateObject()
        value["title"] = shown.page.title
        value["summary"] = shown.summary
        value.set("content_html", .string(shown.document.html))
        context.set("page", value)
        return context.value
    }

    public func notFound() -> TemplateValue {
        var context = common(path: SitePaths.notFound, title: "Page not found", description: nil)
        context.flag("noindex", true)
        return context.value
    }

    /// Organizations of a kind, by name.
    func organizations(of kind: OrganizationKind) -> [Organization] {
        site.organizations.filter { $0.kind == kind }
            .sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
    }
}

extension PageContexts {
    /// `search/index.html`: the search form, its script and index, and the lists to browse without them.
    public func search() -> TemplateValue {
        let path = SitePaths.search
        var context = common(path: path, title: "Search", description: "Search the articles, organizations, people and events of \(site.config.title).")
        let links = Links(from: path, notFoundRoot: nil)
        context["index_url"] = links.to(SitePaths.searchIndex)
        context["script_url"] = links.to("assets/search.js")
        context["articles_url"] = links.to(SitePaths.articles)
        context["organizations_url"] = links.to(SitePaths.organizations)
        context["events_url"] = links.to(SitePaths.events)
        context.flag("search_page", true)
        context.list("people", site.people.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
            .compactMap { personItem($0.id, links: links) })
        return context.value
    }
}

extension PageContexts {
    /// `share/mastodon/`: asks for the visitor's Mastodon server and sends them to its share page
    /// (a script; without it, the page says how to share by hand).
    public func shareMastodon() -> TemplateValue {
        let path = SitePaths.shareMastodon
        let links = Links(from: path, notFoundRoot: nil)
        var context = common(path: path, title: "Share on Mastodon", description: "Share a page of \(site.config.title) on your Mastodon server.")
        context["script_url"] = links.to(ShareLinks.script)
        context.flag("noindex", true)
        return context.value
    }

    /// Whether the site has the share page: pages link to it only with absolute URLs to share.
    public static func hasSharePage(_ rendered: RenderedSite) -> Bool {
        rendered.hasAbsoluteURLs && !(rendered.articles.isEmpty && rendered.site.events.isEmpty)
    }
}
