import Content
import Foundation

/// A quotation found in the article, with who said it when the text says so.
struct ExtractedQuote: Hashable {
    var text: String
    var speaker: EntityRef?
    /// Indices of the paragraphs it stands alone in (empty when it is inside a paragraph).
    var standaloneParagraphs: [Int]
}

/// Finds quotations and their speakers: `“…,” said X`, `X said “…”`, `said X, role of Org`,
/// `attributed to X:` followed by quoted paragraphs, quotes interrupted by their attribution,
/// straight and curly marks. A speaker the text does not state is left out, not guessed.
struct QuoteExtractor {
    let matcher: MentionMatcher
    /// Quotations shorter than this many words are scare quotes ("national standards"), not quotes.
    static let minimumWords = 6

    static let speechVerbs = "said|says|say|added|adds|continued|wrote|writes|told|tells|noted|stated|warned|argued|explained|declared|announced|urged|asked|found|insisted|concluded"
    static let verbAfterSpeaker = regex(#"^\s*[,.]?\s*([^.!?“”"]{1,100}?)\s+(?:\#(speechVerbs))\b"#)
    static let verbBeforeSpeaker = regex(#"^\s*[,.]?\s*(?:\#(speechVerbs))\s+([^.!?“”"]{1,160})"#)
    static let speakerBefore = regex(#"(?:^|[.!?]\s+)((?:[^.!?“”"]|[.!?](?!\s))*?\b(?:\#(speechVerbs)|according to|attributed to)\b(?:[^.!?“”"]|[.!?](?!\s))*?|(?:[^.!?“”"]|[.!?](?!\s))*:)\s*$"#)
    static let speechVerb = regex(#"\b(?:\#(speechVerbs)|according to|attributed to)\b"#)
    static let pronoun = regex(#"^\s*(she|he|they)\s*$"#)

    private struct Span {
        var range: Range<String.Index>
        var text: String
    }

    func extract(from paragraphs: [String]) -> [ExtractedQuote] {
        var quotes: [ExtractedQuote] = []
        var lastPerson: EntityRef?
        var index = 0
        while index < paragraphs.count {
            let paragraph = paragraphs[index]
            if let end = Self.multiParagraphEnd(paragraphs, from: index) {
                let text = paragraphs[index...end].map { Self.stripQuoteMarks($0) }.joined(separator: "\n\n")
                let speaker = index > 0 ? speaker(in: paragraphs[index - 1], lastPerson: lastPerson) : nil
                if case .person? = speaker { lastPerson = speaker }
                quotes.append(ExtractedQuote(text: text, speaker: speaker, standaloneParagraphs: Array(index...end)))
                index = end + 1
                continue
            }
            var previous: (quote: Int, attributionEnd: String.Index)?
            let spans = Self.spans(in: paragraph)
            for (position, span) in spans.enumerated() {
                let nextStart = position + 1 < spans.count ? spans[position + 1].range.lowerBound : paragraph.endIndex
                let after = String(paragraph[span.range.upperBound..<nextStart])
                let previousEnd = position > 0 ? spans[position - 1].range.upperBound : paragraph.startIndex
                let before = String(paragraph[previousEnd..<span.range.lowerBound])
                guard span.text.wordCount >= Self.minimumWords else { continue }
                var speaker = speakerAfter(after, lastPerson: lastPerson)
                if speaker == nil, let phrase = Self.capture(Self.speakerBefore, in: before) {
                    speaker = self.subject(of: phrase, lastPerson: lastPerson)
                }
                // "…,” said X. “…”: the second part continues the first.
                if speaker == nil, let previous, before.trimmingCharacters(in: .whitespaces).isEmpty || position > 0,
                   quotes[previous.quote].speaker != nil, Self.isOnlyAttribution(before) {
                    let continued = Self.trimmedQuote(span.text)
                    if quotes[previous.quote].text.last.map({ !".!?…".contains($0) }) == true,
                       continued.first?.isUppercase == true {
                        quotes[previous.quote].text += "."
                    }
                    quotes[previous.quote].text += " " + continued
                    continue
                }
                if case .person? = speaker { lastPerson = speaker }
                let standalone = paragraph.isStandaloneQuotation && spans.count == 1 ? [index] : []
                quotes.append(ExtractedQuote(text: Self.trimmedQuote(span.text), speaker: speaker,
                                             standaloneParagraphs: standalone))
                previous = (quotes.count - 1, nextStart)
            }
            index += 1
        }
        return quotes
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

    /// Text between two quotes that is only their attribution: `said X, role of Org.`
    static func isOnlyAttribution(_ text: String) -> Bool {
        text.matches(verbBeforeSpeaker) || text.matches(verbAfterSpeaker)
    }

    /// A statement over several paragraphs: the first opens a quotation it does not close; the
    /// next ones either reopen it (the print convention) or run on without marks until one closes it.
    static func multiParagraphEnd(_ paragraphs: [String], from start: Int) -> Int? {
        guard let first = paragraphs[start].first, "“\"".contains(first), isUnclosed(paragraphs[start]) else { return nil }
        var index = start + 1
        while index < min(paragraphs.count, start + 16) {
            let paragraph = paragraphs[index]
            if let opening = paragraph.first, "“\"".contains(opening), isUnclosed(paragraph) {
                index += 1
            } else if closesMoreThanOpens(paragraph) {
                return index
            } else if let opening = paragraph.first, "“\"".contains(opening) {
                return index
            } else {
                index += 1
            }
        }
        return nil
    }

    static func closesMoreThanOpens(_ paragraph: String) -> Bool {
        let opens = paragraph.filter { $0 == "“" }.count, closes = paragraph.filter { $0 == "”" }.count
        if opens + closes > 0 { return closes > opens }
        return paragraph.filter { $0 == "\"" }.count % 2 == 1 && paragraph.last.map { "\"".contains($0) } == true
    }

    static func isUnclosed(_ paragraph: String) -> Bool {
        let opens = paragraph.filter { $0 == "“" }.count, closes = paragraph.filter { $0 == "”" }.count
        if opens + closes > 0 { return opens > closes }
        return paragraph.filter { $0 == "\"" }.count % 2 == 1
    }

    /// Quoted spans of a paragraph, curly or straight, with their marks.
    private static func spans(in paragraph: String) -> [Span] {
        var spans: [Span] = []
        var open: String.Index?
        var openMark: Character = "“"
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            if let start = open {
                if (openMark == "“" && character == "”") || (openMark == "\"" && character == "\"") {
                    let range = start..<paragraph.index(after: index)
                    spans.append(Span(range: range, text: String(paragraph[paragraph.index(after: start)..<index])))
                    open = nil
                }
            } else if character == "“" || character == "\"" {
                open = index
                openMark = character
            }
            index = paragraph.index(after: index)
        }
        return spans
    }

    static func capture(_ expression: NSRegularExpression, in text: String) -> String? {
        guard let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    /// The quotation without the comma or space a sentence put at its end: `“…,” said` → `…`.
    static func trimmedQuote(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespaces)
        while let last = text.last, last == "," { text.removeLast() }
        return text
    }

    static func stripQuoteMarks(_ paragraph: String) -> String {
        var text = Substring(paragraph.trimmingCharacters(in: .whitespaces))
        if let first = text.first, "“\"".contains(first) { text.removeFirst() }
        if let last = text.last, "”\"".contains(last) { text.removeLast() }
        return String(text)
    }
}
