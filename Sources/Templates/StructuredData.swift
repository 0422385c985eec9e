import Content
import Foundation

/// schema.org JSON-LD for article, organization and event pages, safe inside `<script>`.
extension PageContexts {
    func newsArticleData(_ shown: RenderedArticle) -> String {
        let article = shown.article
        var data: [String: Any] = [
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
            "datePublished": article.date.iso, "dateModified": article.lastModified.iso,
            "inLanguage": site.config.language,
        ]
        data["description"] = shown.summary
        data["url"] = rendered.absoluteURL(for: SitePaths.article(article.slug))
        data["mainEntityOfPage"] = data["url"]
        data["image"] = article.image.flatMap(imageURL)
        if let author = article.author { data["author"] = ["@type": "Person", "name": author] }
        data["publisher"] = ["@type": "Organization", "name": article.source?.publisher ?? site.config.title]
        // A republished article is the original's copy: the same work at another address.
        data["isBasedOn"] = article.source?.url
        data["sameAs"] = article.source?.url
        let quotes = article.quotes.map { SiteIndex.attributed($0, people: index.peopleByID) }
        let quoted = quotes.compactMap(\.organization).uniqued()
        data["mentions"] = (quoted + article.organizations).uniqued().compactMap(organizationReference)
        let parts: [[String: Any]] = quotes.map { quote in
            var part: [String: Any] = ["@type": "Quotation", "text": quote.text]
            if let person = quote.person.flatMap({ index.peopleByID[$0] }) {
                part["creator"] = personReference(person)
            } else if let organization = quote.organization.flatMap(organizationReference) {
                part["creator"] = organization
            }
            return part
        }
        if !parts.isEmpty { data["hasPart"] = parts }
        return ScriptJSON.encode(data) ?? "{}"
    }

    func organizationData(_ organization: Organization) -> String {
        var data: [String: Any] = ["@context": "https://schema.org", "@type": "Organization", "name": organization.name]
        data["alternateName"] = organization.aliases.isEmpty ? nil : organization.aliases
        data["description"] = rendered.organizationDescriptions[organization.id]?.firstParagraph
        data["url"] = organization.url ?? rendered.absoluteURL(for: SitePaths.organization(organization.id))
        if organization.url != nil { data["sameAs"] = rendered.absoluteURL(for: SitePaths.organization(organization.id)) }
        data["logo"] = organization.logo.flatMap(imageURL)
        let members = (index.peopleByOrganization[organization.id] ?? []).map(personReference)
        if !members.isEmpty { data["member"] = members }
        return ScriptJSON.encode(data) ?? "{}"
    }

    func eventData(_ event: Event) -> String {
        var data: [String: Any] = ["@context": "https://schema.org", "@type": "Event", "name": event.title,
                                   "startDate": event.start.iso, "endDate": (event.end ?? event.start).iso,
                                   "eventStatus": "https://schema.org/EventScheduled"]
        if let times = event.schedule.timed {
            data["startDate"] = times.iso8601(times.start)
            data["endDate"] = times.iso8601(times.end)
        }
        data["description"] = rendered.eventDescriptions[event.id]?.firstParagraph
        data["url"] = rendered.absoluteURL(for: SitePaths.event(event.id))
        if event.isVirtual {
            data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
            var location: [String: Any] = ["@type": "VirtualLocation"]
            location["url"] = data["url"]
            data["location"] = location
        } else if let place = event.place {
            data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
            data["location"] = ["@type": "Place", "name": place, "address": place]
        }
        let organizers = event.organizations.compactMap(organizationReference)
        if !organizers.isEmpty { data["organizer"] = organizers }
        return ScriptJSON.encode(data) ?? "{}"
    }

    private func organizationReference(_ id: String) -> [String: Any]? {
        guard let organization = index.organizationsByID[id] else { return nil }
        var reference: [String: Any] = ["@type": "Organization", "name": organization.name]
        reference["url"] = organization.url ?? rendered.absoluteURL(for: SitePaths.organization(id))
        return reference
    }

    private func personReference(_ person: Person) -> [String: Any] {
        var reference: [String: Any] = ["@type": "Person", "name": person.name]
        reference["jobTitle"] = person.role
        reference["url"] = rendered.absoluteURL(for: SitePaths.person(person.id))
        if let organization = person.organization.flatMap({ index.organizationsByID[$0] }) {
            reference["affiliation"] = ["@type": "Organization", "name": organization.name]
        }
        return reference
    }
}
