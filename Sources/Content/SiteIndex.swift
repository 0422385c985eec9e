/// The relations between the content that pages show: who is mentioned where, and with whom.
/// Built once per build from the published articles.
public struct SiteIndex: Sendable {
    public struct QuoteRef: Sendable, Hashable {
        public var quote: Quote
        /// The slug of the article that quotes it.
        public var article: String
    }

    public let organizationsByID: [String: Organization]
    public let peopleByID: [String: Person]
    public let eventsByID: [String: Event]
    /// Slugs of the articles, newest first; ties by title.
    public let articlesNewestFirst: [String]
    /// Events in timeline order.
    public let timeline: [Event]
    /// Slugs of the articles that mention each entry, newest first.
    public let articlesByOrganization: [String: [String]]
    public let articlesByPerson: [String: [String]]
    public let articlesByEvent: [String: [String]]
    public let quotesByPerson: [String: [QuoteRef]]
    public let quotesByOrganization: [String: [QuoteRef]]
    public let eventsByOrganization: [String: [Event]]
    public let peopleByOrganization: [String: [Person]]
    /// Organizations mentioned in the same articles, with how many, most first.
    public let relatedOrganizations: [String: [(id: String, count: Int)]]

    public init(_ site: Site) {
        organizationsByID = Dictionary(site.organizations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        peopleByID = Dictionary(site.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        eventsByID = Dictionary(site.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Sorted by position, not moved: an article is a large value, and moving a thousand of them
        // in a sort made a tenth of a preview rebuild.
        let articles = site.articles
        let keys = articles.map { (date: $0.date, title: $0.title, slug: $0.slug) }
        let order = keys.indices.sorted { i, j in
            let (x, y) = (keys[i], keys[j])
            return x.date != y.date ? x.date > y.date : (x.title, x.slug) < (y.title, y.slug)
        }
        let newestFirst = order.lazy.map { articles[$0] }
        articlesNewestFirst = order.map { articles[$0].slug }
        timeline = site.events.sorted(by: Self.timelineOrder)

        var byOrganization: [String: [String]] = [:], byPerson: [String: [String]] = [:], byEvent: [String: [String]] = [:]
        var quotesByPerson: [String: [QuoteRef]] = [:], quotesByOrganization: [String: [QuoteRef]] = [:]
        var coMentions: [String: [String: Int]] = [:]
        let peopleByID = peopleByID
        for article in newestFirst {
            let slug = article.slug
            let quotes = article.quotes.map { Self.attributed($0, people: peopleByID) }
            let people = (article.people + quotes.compactMap(\.person)).uniqued()
            let organizations = (article.organizations + people.compactMap { peopleByID[$0]?.organization }
                + quotes.compactMap(\.organization)).uniqued()
            for id in organizations { byOrganization[id, default: []].append(slug) }
            for id in people { byPerson[id, default: []].append(slug) }
            for id in article.events.uniqued() { byEvent[id, default: []].append(slug) }
            for quote in quotes {
                let ref = QuoteRef(quote: quote, article: slug)
                if let person = quote.person { quotesByPerson[person, default: []].append(ref) }
                if let organization = quote.organization { quotesByOrganization[organization, default: []].append(ref) }
            }
            for a in organizations {
                for b in organizations where a != b { coMentions[a, default: [:]][b, default: 0] += 1 }
            }
        }
        articlesByOrganization = byOrganization
        articlesByPerson = byPerson
        articlesByEvent = byEvent
        self.quotesByPerson = quotesByPerson
        self.quotesByOrganization = quotesByOrganization
        relatedOrganizations = coMentions.mapValues { counts in
            counts.map { (id: $0.key, count: $0.value) }.sorted { ($1.count, $0.id) < ($0.count, $1.id) }
        }
        var eventsByOrganization: [String: [Event]] = [:]
        for event in timeline {
            for id in event.organizations.uniqued() { eventsByOrganization[id, default: []].append(event) }
        }
        self.eventsByOrganization = eventsByOrganization
        peopleByOrganization = Dictionary(grouping: site.people.filter { $0.organization != nil }) { $0.organization! }
            .mapValues { $0.sorted { ($0.name, $0.id) < ($1.name, $1.id) } }
    }

    /// Events by start, then end, then title (then id, so that the order is total).
    public static func timelineOrder(_ a: Event, _ b: Event) -> Bool {
        (a.start, a.end ?? a.start, a.title, a.id) < (b.start, b.end ?? b.start, b.title, b.id)
    }

    /// A quote whose person is known speaks for the person's organization unless it names one.
    public static func attributed(_ quote: Quote, people: [String: Person]) -> Quote {
        var quote = quote
        if quote.organization == nil, let person = quote.person {
            quote.organization = people[person]?.organization
        }
        return quote
    }
}
