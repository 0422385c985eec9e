import Content

/// Whether an article can be naming an event that its text matches. An article cannot report an
/// event that was not yet announced: organizers announce a day of action or a protest weeks ahead
/// (the seeds name theirs three weeks ahead), rarely more than two months, so an event starting later
/// than that after the article is another one. A common phrase ("virtual protest", "until further
/// notice") names the event only beside one of the event's organizations.
struct EventEvidence {
    static let announcementDays = 60

    var events: [String: Event]
    var date: Day
    /// The organizations the article names, its people's included.
    var organizations: Set<String>

    init(events: [Event], date: Day, organizations: Set<String>) {
        self.events = Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.date = date
        self.organizations = organizations
    }

    /// Keeps every mention but an event's that the article cannot be naming.
    func admits(_ mention: Mention) -> Bool {
        guard case .event(let id) = mention.entity else { return true }
        return admits(id, byCommonPhrase: mention.isGeneric)
    }

    func admits(_ id: String, byCommonPhrase: Bool) -> Bool {
        guard let event = events[id] else { return false }
        guard event.start.daysSinceEpoch - date.daysSinceEpoch <= Self.announcementDays else { return false }
        // An event that lists no organizations has no one else to look for.
        return !byCommonPhrase || event.organizations.isEmpty || !organizations.isDisjoint(with: event.organizations)
    }
}
