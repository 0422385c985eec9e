import Content

/// The shapes shared by every page kind: an article, organization, person, event or quote in a list.
extension PageContexts {
    static func date(_ day: Day) -> TemplateObject {
        var value = TemplateObject()
        value["iso"] = day.iso
        value["text"] = day.text
        return value
    }

    /// `June 10, 2020`, `June 7 – 11, 2020`, `May 30 – June 2, 2020`, `December 30, 2020 – January 2, 2021`.
    static func when(start: Day, end: Day?) -> TemplateObject {
        var value = TemplateObject()
        value.set("start", date(start))
        value.set("end", end.map(date))
        value["text"] = Day.rangeText(start, end)
        return value
    }

    /// `capacity`: room for more keys, when the item is the start of an article page's `article`.
    func articleItem(_ slug: String, links: Links, capacity: Int = 8) -> TemplateObject {
        let article = rendered.article(slug).article
        var value = TemplateObject(capacity: capacity)
        value["title"] = article.title
        value["url"] = links.to(SitePaths.article(article.slug))
        value.set("date", Self.date(article.date))
        value.set("updated", article.updated.map(Self.date))
        value["summary"] = listSummaries[slug]
        value["publisher"] = article.source?.publisher
        // Beside its linked title, a thumbnail adds nothing for a screen reader: alt is empty.
        value.set("thumbnail", picture(article.image, as: .thumbnail, alt: "", links: links))
        return value
    }

    func organizationItem(_ id: String, links: Links) -> TemplateObject? {
        guard let organization = index.organizationsByID[id] else { return nil }
        var value = TemplateObject(capacity: 10)
        value["id"] = organization.id
        value["name"] = organization.name
        value["url"] = links.to(SitePaths.organization(organization.id))
        value["kind"] = organization.kind.rawValue
        value["kind_label"] = organization.kind.label
        value["website"] = organization.url
        value["logo_url"] = organization.logo.map { links.to(SiteLoader.assetPath($0)) }
        // The name is always shown beside it: alt is empty.
        value.set("logo", picture(organization.logo, as: .logo, alt: "", links: links))
        value["summary"] = rendered.organizationDescriptions[id]?.firstParagraph
        return value
    }

    func personItem(_ id: String, links: Links) -> TemplateObject? {
        guard let person = index.peopleByID[id] else { return nil }
        var value = TemplateObject()
        value["id"] = person.id
        value["name"] = person.name
        value["url"] = links.to(SitePaths.person(person.id))
        value["role"] = person.role
        value.set("organization", person.organization.flatMap { organizationItem($0, links: links) })
        return value
    }

    func eventItem(_ event: Event, links: Links) -> TemplateObject {
        var value = TemplateObject(capacity: 8)
        value["id"] = event.id
        value["title"] = event.title
        value["url"] = links.to(SitePaths.event(event.id))
        var when = Self.when(start: event.start, end: event.end)
        if let time = event.time, let times = event.schedule.timed {
            // `18:00 – 20:00 (America/New_York)`; the datetime names the instant.
            when["time"] = "\(time)" + (event.endTime.map { " – \($0)" } ?? "") + " (\(times.zone.identifier))"
            when["datetime"] = times.iso8601(times.start)
        }
        value.set("when", when)
        value["location"] = event.place
        value.flag("online", event.isVirtual)
        value["kind"] = event.kind
        return value
    }

    func eventItem(_ id: String, links: Links) -> TemplateObject? {
        index.eventsByID[id].map { eventItem($0, links: links) }
    }

    /// A quote, whole (`text`) and as lists show it (`excerpt`); `article` names where it was said
    /// (left out on the article's own page).
    func quoteItem(_ quote: Quote, article: String?, links: Links) -> TemplateObject {
        let quote = SiteIndex.attributed(quote, people: index.peopleByID)
        var value = TemplateObject()
        value["text"] = QuoteText.shown(quote.text)
        value["excerpt"] = QuoteText.excerpt(quote.text)
        value.set("person", quote.person.flatMap { personItem($0, links: links) })
        value.set("organization", quote.organization.flatMap { organizationItem($0, links: links) })
        value.set("article", article.map { articleItem($0, links: links) })
        return value
    }
}
