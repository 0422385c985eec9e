import Content
import Foundation

/// A quotation found in the article, with who said it when the text says so.
struct ExtractedQuote: Hashable {
    var text: String
    var speaker: EntityRef?
    /// Indices of the paragraphs it stands alone in (empty when it is inside a paragraph).
    var standaloneParagraphs: [Int]
    /// The paragraph right after it that only names its speaker (`—Evan Greer, Fight for the Future`).
    var attributionParagraph: Int?
    /// The shape that named its speaker, for `--explain`.
    var attribution: AttributionShape?
    /// The index of the paragraph it starts in.
    var paragraph = 0
}

/// Finds quotations and their speakers: `“…,” said X`, `X said “…”`, `said X, role of Org`,
/// `attributed to X:` followed by quoted paragraphs, `—X` on the line after a quotation, quotes
/// interrupted by their attribution, straight and curly marks. A speaker the text does not state
/// is left out, not guessed.
struct QuoteExtractor {
    let matcher: MentionMatcher

    func extract(from paragraphs: [String]) -> [ExtractedQuote] {
        var quotes: [ExtractedQuote] = []
        var lastPerson: EntityRef?
        func record(_ quote: ExtractedQuote) {
            var quote = quote
            if !quote.standaloneParagraphs.isEmpty { attributeStandalone(&quote, paragraphs, lastPerson: lastPerson) }
            if case .person? = quote.speaker { lastPerson = quote.speaker }
            quotes.append(quote)
        }
        var index = 0
        while index < paragraphs.count {
            if let end = Self.multiParagraphEnd(paragraphs, from: index) {
                let text = paragraphs[index...end].map { Self.stripQuoteMarks($0) }.joined(separator: "\n\n")
                record(ExtractedQuote(text: text, speaker: nil, standaloneParagraphs: Array(index...end), paragraph: index))
                index = end + 1
                continue
            }
            paragraphQuotes(paragraphs[index], at: index, lastPerson: lastPerson).forEach(record)
            index += 1
        }
        return quotes
    }

    /// The quotations of one paragraph. Pieces of one quotation that its attribution interrupts
    /// (`“…,” said X, role, “…”`) are joined before the quotation is judged long enough to count.
    private func paragraphQuotes(_ paragraph: String, at index: Int, lastPerson: EntityRef?) -> [ExtractedQuote] {
        var groups: [[QuotedPiece]] = []
        for piece in Self.pieces(of: paragraph) {
            if let previous = groups.last?.last, Self.isInterruption(piece.before, after: previous.text),
               !Self.startsWithAttribution(piece.after) {
                groups[groups.count - 1].append(piece)
            } else {
                groups.append([piece])
            }
        }
        var quotes: [ExtractedQuote] = []
        var lastPerson = lastPerson
        for group in groups {
            let text = Self.joinedQuote(group.map(\.text))
            guard Self.isQuotation(text) else { continue }
            var speaker = speakerAfter(group[0].after, lastPerson: lastPerson)
            var shape = speaker.map { _ in AttributionShape.speechVerbAfter }
            if speaker == nil, let phrase = Self.capture(Self.speakerBefore, in: group[0].before) {
                speaker = subject(of: phrase, lastPerson: lastPerson)
                shape = speaker.map { _ in .speechVerbBefore }
            }
            if case .person? = speaker { lastPerson = speaker }
            let standalone = groups.count == 1 && group.count == 1 && paragraph.isStandaloneQuotation
            quotes.append(ExtractedQuote(text: text, speaker: speaker, standaloneParagraphs: standalone ? [index] : []))
            quotes[quotes.count - 1].explain(shape, paragraph: index)
        }
        return quotes
    }

    /// A quotation standing in paragraphs of its own: said by whom the paragraph before introduces,
    /// unless a dash line after it names someone.
    private func attributeStandalone(_ quote: inout ExtractedQuote, _ paragraphs: [String], lastPerson: EntityRef?) {
        if quote.speaker == nil, let first = quote.standaloneParagraphs.first {
            quote.speaker = introducedSpeaker(paragraphs, before: first, lastPerson: lastPerson)
            quote.attribution = quote.speaker.map { _ in .introduction }
        }
        attributeByFollowingLine(&quote, paragraphs)
    }

    /// Who a paragraph ending in a colon introduces: `X released the following statement:`.
    private func introducedSpeaker(_ paragraphs: [String], before index: Int, lastPerson: EntityRef?) -> EntityRef? {
        guard index > 0, let introduction = Cleaner.sentences(paragraphs[index - 1]).last,
              introduction.hasSuffix(":") else { return nil }
        return speaker(in: introduction, lastPerson: lastPerson)
    }

    /// A line after a standalone quotation that names its speaker after a dash is its attribution,
    /// the most explicit one there is.
    private func attributeByFollowingLine(_ quote: inout ExtractedQuote, _ paragraphs: [String]) {
        guard let last = quote.standaloneParagraphs.last, last + 1 < paragraphs.count,
              Cleaner.isAttributionLine(paragraphs[last + 1]) else { return }
        let line = paragraphs[last + 1].drop { "—―–- ".contains($0) }
        guard let speaker = speaker(in: String(line), lastPerson: nil) else { return }
        quote.speaker = speaker
        quote.attribution = .dashLine
        quote.attributionParagraph = last + 1
    }

    /// The speaker named right after a quote: `,” said X, role.` or `,” X said.`
    private func speakerAfter(_ after: String, lastPerson: EntityRef?) -> EntityRef? {
        if let phrase = Self.capture(Self.verbBeforeSpeaker, in: after), let found = speaker(in: phrase, lastPerson: lastPerson) {
            return found
        }
        if let phrase = Self.capture(Self.verbAfterSpeaker, in: after) {
            return speaker(in: phrase, lastPerson: lastPerson)
        }
        return nil
    }

    /// Who speaks in `X said, “…”`: the last person named before the speech verb, else the last
    /// organization ("tech giant IBM said", not the Amazon named earlier in the sentence).
    func subject(of phrase: String, lastPerson: EntityRef?) -> EntityRef? {
        guard let match = Self.speechVerb.firstMatch(in: phrase, range: NSRange(phrase.startIndex..., in: phrase)),
              let range = Range(match.range, in: phrase) else {
            // "The protest site, ProtestAmazon.org, calls on the public: “…”": the subject leads.
            return speaker(in: phrase, lastPerson: lastPerson)
        }
        let head = String(phrase[..<range.lowerBound])
        let mentions = matcher.mentions(in: head).map(\.entity)
        if let person = mentions.last(where: { if case .person = $0 { true } else { false } }) { return person }
        if let organization = mentions.last(where: { if case .organization = $0 { true } else { false } }) {
            return organization
        }
        if head.trimmingCharacters(in: .whitespaces).isEmpty || head.matches(Self.pronoun) { return speaker(in: phrase, lastPerson: lastPerson) }
        let trailing = head.split(separator: " ").last.map(String.init) ?? ""
        return trailing.matches(Self.pronoun) ? lastPerson : nil
    }

    /// The person a phrase names (the first), else the organization, else a pronoun's last person.
    func speaker(in phrase: String, lastPerson: EntityRef?) -> EntityRef? {
        let mentions = matcher.mentions(in: phrase).map(\.entity)
        if let person = mentions.first(where: { if case .person = $0 { true } else { false } }) { return person }
        if let organization = mentions.first(where: { if case .organization = $0 { true } else { false } }) {
            return organization
        }
        if phrase.matches(Self.pronoun) { return lastPerson }
        return nil
    }
}
