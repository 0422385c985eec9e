import Content
import Foundation

/// A raw document converted: the article, its file text, and what the conversion decided.
public struct IngestOutcome: Sendable {
    /// Nil when the document cannot become an article (see `diagnostics`).
    public var article: Article?
    /// The article as a Markdown file with front matter, for `content/articles/`.
    public var markdown: String?
    public var decisions: [LineDecision]
    /// Errors, and notes suggesting names to register.
    public var diagnostics: [Diagnostic]
    /// The article's quotations with the rule behind each speaker, for `--explain`.
    public var attributions: [QuoteAttribution] = []
}

/// Turns raw documents into annotated articles, with the site's registries.
public struct Ingester: Sendable {
    let organizations: [Organization]
    let people: [String: Person]
    let events: [Event]
    /// Each event's words that name no organization or person: what `eventsByDate` looks for.
    let eventWords: [Set<String>]
    let matcher: MentionMatcher
    /// The site's `ingest: remove:` patterns, compiled once for every document.
    let removePatterns: [ScreenedRegex]
    /// Organizations of kind `company`: what "the company said" may refer to.
    let companyIDs: Set<String>
    /// Organizations of kind `coalition`: what "the group said" may refer to.
    let groupIDs: Set<String>
    /// Organizations of kind `government`: what "the lawmakers said" may be the members of.
    let governmentIDs: Set<String>

    public init(site: Site) {
        organizations = site.organizations
        people = Dictionary(site.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        events = site.events
        eventWords = Self.eventWords(site)
        matcher = MentionMatcher(organizations: site.organizations, people: site.people, events: site.events)
        removePatterns = site.config.ingestRemovePatterns.compactMap { try? ScreenedRegex(pattern: $0, options: [.caseInsensitive]) }
        companyIDs = Set(site.organizations.filter { $0.kind == .company }.map(\.id))
        groupIDs = Set(site.organizations.filter { $0.kind == .coalition }.map(\.id))
        governmentIDs = Set(site.organizations.filter { $0.kind == .government }.map(\.id))
    }

    /// Converts one source; `displayPath` names it in messages.
    public func convert(_ source: RawSource) -> IngestOutcome {
        let size = source.text.utf8.count
        guard size <= Limits.sourceBytes else {
            let message = "the source is \(Limits.megabytes(size)); the limit is \(Limits.megabytes(Limits.sourceBytes))"
            return IngestOutcome(article: nil, markdown: nil, decisions: [], diagnostics: [.error(source.location, message)])
        }
        let lines = SourceLines.split(source.text)
        var cleaner = Cleaner(sitePatterns: removePatterns)
        // One document's matcher: what the cleaner scans, the paragraphs scan again.
        var documentMatcher = matcher.memoizing()
        cleaner.registryMentions = { [documentMatcher] in documentMatcher.mentions(in: $0).map(\.entity) }
        let sidecar = source.sidecar ?? SourceSidecar()
        cleaner.givenTitle = sidecar.title
        let cleaned = cleaner.clean(lines)
        var diagnostics: [Diagnostic] = []
        let sidecarName = String(source.file.dropFirst("sources/".count).dropLast(4)) + ".yaml"

        guard let title = sidecar.title ?? cleaned.title else {
            // A text that opens with a paragraph has no title line; a lede is not a title.
            diagnostics.append(.error(source.location, cleaned.paragraphs.isEmpty
                ? "no title found; the document is empty once cleaned"
                : "no title line: the text opens with a paragraph; give the title in \(sidecarName) as 'title: …'"))
            return IngestOutcome(article: nil, markdown: nil, decisions: cleaned.decisions, diagnostics: diagnostics)
        }
        guard let date = sidecar.date ?? cleaned.date else {
            diagnostics.append(.error(source.location,
                                      "no publication date in the text; give it in \(sidecarName) as 'date: YYYY-MM-DD'"))
            return IngestOutcome(article: nil, markdown: nil, decisions: cleaned.decisions, diagnostics: diagnostics)
        }
        if let updated = sidecar.updated, updated < date {
            let sidecarPath = String(source.location.file.dropLast(4)) + ".yaml"
            diagnostics.append(.error(SourceLocation(file: sidecarPath),
                                      "'updated' (\(updated)) is before the text's date (\(date)); correct it, or give 'date'"))
            return IngestOutcome(article: nil, markdown: nil, decisions: cleaned.decisions, diagnostics: diagnostics)
        }
        let updated = sidecar.updated ?? cleaned.updatedLine.flatMap {
            DateFinder.find(in: $0, reference: date).first { $0.precision == .day }?.start
        }.flatMap { $0 > date ? $0 : nil }

        let paragraphs = cleaned.paragraphs.map(\.text)
        let headerTexts = [title, sidecar.subtitle ?? cleaned.subtitle].compactMap { $0 }
        documentMatcher.learnDocumentNames(from: headerTexts + paragraphs, people: people)
        var mentions = paragraphs.map { documentMatcher.mentions(in: $0) }
        let headerMentions = headerTexts.flatMap { documentMatcher.mentions(in: $0) }
        let quotes = QuoteExtractor(matcher: documentMatcher, companies: companyIDs, groups: groupIDs, governments: governmentIDs)
            .extract(from: paragraphs)

        var entities = (headerMentions + mentions.flatMap { $0 }).map(\.entity)
        entities += quotes.compactMap(\.speaker)
        // A byline that names a registry person mentions them.
        let author = sidecar.author ?? cleaned.author
        if let author, let byline = documentMatcher.mentions(in: author).first(where: {
            if case .person = $0.entity { true } else { false }
        }) {
            entities.append(byline.entity)
        }
        let personIDs = entities.compactMap { if case .person(let id) = $0 { id } else { nil } }.uniqued()
        var organizationIDs = entities.compactMap { entity -> String? in
            switch entity {
            case .organization(let id): id
            case .person(let id): people[id]?.organization
            case .event: nil
            }
        }
        organizationIDs = organizationIDs.uniqued()
        let evidence = EventEvidence(events: events, date: date, organizations: Set(organizationIDs))
        mentions = mentions.map { $0.filter(evidence.admits) }
        let eventIDs = ((headerMentions.filter(evidence.admits) + mentions.flatMap { $0 }).compactMap {
            if case .event(let id) = $0.entity { id } else { nil }
        } + eventsByDate(paragraphs, reference: date).filter { evidence.admits($0, byCommonPhrase: true) }).uniqued()

        let articleQuotes = quotes.map { quote -> Quote in
            switch quote.speaker {
            case .person(let id)?: Quote(text: quote.text, person: id, organization: people[id]?.organization)
            case .organization(let id)?: Quote(text: quote.text, organization: id)
            default: Quote(text: quote.text)
            }
        }
        let body = ArticleWriter.body(paragraphs: paragraphs, mentions: mentions, quotes: quotes) { speaker in
            attribution(speaker)
        }
        let credit = SourceCredit.read(cleaned.furniture)
        let article = Article(
            slug: sidecar.slug ?? Self.slug(for: title), title: title, subtitle: sidecar.subtitle ?? cleaned.subtitle,
            date: date, updated: updated, author: author, contact: cleaned.contact,
            source: ArticleSource(publisher: sidecar.publisher ?? credit?.publisher ?? publisher(cleaned.furniture),
                                  url: sidecar.url ?? credit?.url, file: source.file, offline: sidecar.offline,
                                  location: sidecarLocation(source)),
            image: sidecar.image, organizations: organizationIDs, people: personIDs, events: eventIDs, quotes: articleQuotes,
            body: body, location: SourceLocation(file: source.location.file, line: 1),
            imageAlt: sidecar.imageAlt, imageLocation: sidecar.imageLocation)
        diagnostics += suggestions(cleaned.paragraphs, matcher: documentMatcher, file: source.location.file)
        return IngestOutcome(article: article, markdown: ArticleWriter.frontMatter(article) + "\n" + body,
                             decisions: cleaned.decisions, diagnostics: diagnostics,
                             attributions: QuoteAttribution.list(quotes, articleQuotes, paragraphs: cleaned.paragraphs))
    }

    /// Where the source's facts are written: its sidecar, else the text.
    private func sidecarLocation(_ source: RawSource) -> SourceLocation {
        source.sidecar == nil ? source.location : SourceLocation(file: String(source.location.file.dropLast(4)) + ".yaml")
    }

    /// `Civil rights groups score Amazon win – and …` → `civil-rights-groups-score-amazon-win-and`
    static func slug(for title: String) -> String {
        let words = Slug.from(title).split(separator: "-").prefix(8)
        return words.isEmpty ? "article" : words.joined(separator: "-")
    }

    private func attribution(_ speaker: EntityRef) -> String? {
        switch speaker {
        case .person(let id):
            guard let person = people[id] else { return nil }
            let organization = person.organization.flatMap { id in organizations.first { $0.id == id }?.name }
            return [person.name, organization].compactMap { $0 }.joined(separator: ", ")
        case .organization(let id):
            return organizations.first { $0.id == id }?.name
        case .event:
            return nil
        }
    }

    /// The media organization the page's own furniture names most ("READ MORE ON FOX BUSINESS").
    private func publisher(_ furniture: [String]) -> String? {
        var counts: [String: Int] = [:]
        for line in furniture {
            for mention in matcher.mentions(in: line) {
                if case .organization(let id) = mention.entity,
                   let organization = organizations.first(where: { $0.id == id }), organization.kind == .media {
                    counts[organization.name, default: 0] += 1
                }
            }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// Events whose dates the text gives, where the same paragraph uses a word of the event's title
    /// or aliases that is not a registry name, or a form of it ("a virtual protest on June 10th").
    private func eventsByDate(_ paragraphs: [String], reference: Day) -> [String] {
        var found: [String] = []
        for paragraph in paragraphs {
            let dates = DateFinder.find(in: paragraph, reference: reference).filter { $0.precision == .day }
            guard !dates.isEmpty else { continue }
            let words = Vocabulary.contentWords(paragraph)
            for (event, eventWords) in zip(events, eventWords) {
                // "sell" in the title is "selling" in the text: one word's start is the other.
                guard eventWords.contains(where: { word in words.contains { $0.hasPrefix(word) || word.hasPrefix($0) } }),
                      dates.contains(where: { $0.overlaps(event.start, event.end ?? event.start) }) else { continue }
                found.append(event.id)
            }
        }
        return found
    }

    /// Read once per site, not per source: the registries may hold thousands of names.
    private static func eventWords(_ site: Site) -> [Set<String>] {
        guard !site.events.isEmpty else { return [] }
        let nameWords = (site.organizations.flatMap { [$0.name] + $0.aliases } + site.people.flatMap { [$0.name] + $0.aliases })
            .reduce(into: Set<String>()) { $0.formUnion(Vocabulary.contentWords($1)) }
        return site.events.map {
            Vocabulary.contentWords(([$0.title] + $0.aliases).joined(separator: " ")).subtracting(nameWords)
        }
    }
}
