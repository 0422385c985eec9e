import Foundation

/// A quoted span of a paragraph with the text around it, up to the neighbouring spans.
struct QuotedPiece {
    var text: String
    var before: String
    var after: String
}

/// The shapes of quotations and attributions that `QuoteExtractor` reads.
extension QuoteExtractor {
    /// Quotations shorter than this many words are scare quotes ("national standards"), not quotes.
    static let minimumWords = 6
    /// Names and titles in quotation marks ("No Biometric Barriers to Housing Act") are at most this long.
    static let maximumTitleWords = 12

    static let speechVerbs = "said|says|say|added|adds|continued|wrote|writes|told|tells|noted|stated|warned|argued|explained|declared|announced|urged|asked|found|insisted|concluded"
    static let verbAfterSpeaker = regex(#"^\s*[,.]?\s*([^.!?“”"]{1,100}?)\s+(?:\#(speechVerbs))\b"#)
    static let verbBeforeSpeaker = regex(#"^\s*[,.]?\s*(?:\#(speechVerbs))\s+([^.!?“”"]{1,160})"#)
    static let speakerBefore = regex(#"(?:^|[.!?]\s+)((?:[^.!?“”"]|[.!?](?!\s))*?\b(?:\#(speechVerbs)|according to|attributed to)\b(?:[^.!?“”"]|[.!?](?!\s))*?|(?:[^.!?“”"]|[.!?](?!\s))*:)\s*$"#)
    static let speechVerb = regex(#"\b(?:\#(speechVerbs)|according to|attributed to)\b"#)
    static let pronoun = regex(#"^\s*(she|he|they)\s*$"#)

    /// A character of an attribution clause: no sentence end, but initials and titles (`Martin J. Walsh`, `Dr.`).
    private static let attributionCharacter = #"(?:[^.!?“”"]|\b\p{L}\.(?=\s)|\b(?:Dr|Mr|Mrs|Ms|Prof|Rep|Reps|Sen|Gov|Jr|Sr|St)\.)"#
    /// Only an attribution, from end to end, closed by a comma, period or colon:
    /// `, said X, role of Org (pronouns: she/her), ` or ` X said. ` (not ` X found that the `).
    static let onlyAttribution = regex(#"^\s*[,.]?\s*(?:(?:\#(speechVerbs))\s+\#(attributionCharacter){1,160}|\#(attributionCharacter){1,100}?\s+(?:\#(speechVerbs))\b\#(attributionCharacter){0,100})[.:]?(?<=[,.:])\s*$"#)
    /// Words that stay lowercase inside a title.
    private static let titleSmallWords: Set<String> = ["a", "an", "the", "and", "or", "nor", "but", "of", "to", "for", "in",
                                                       "on", "at", "by", "with", "from", "as", "into", "vs"]

    /// Text between two quoted pieces that is only the attribution interrupting one quotation:
    /// the first piece ends its clause (`“…,” said X, “…”`) and the attribution closes before the second.
    static func isInterruption(_ text: String, after piece: String) -> Bool {
        let endsClause = piece.last.map { ",.!?…—–-".contains($0) } == true || text.first == ","
        return endsClause && text.matches(onlyAttribution)
    }

    /// Text after a quoted piece that begins with its attribution: `, said X` or `, X said`.
    static func startsWithAttribution(_ text: String) -> Bool {
        text.matches(verbBeforeSpeaker) || text.matches(verbAfterSpeaker)
    }

    /// Long enough to be a quotation, and not a name or title in quotation marks.
    static func isQuotation(_ text: String) -> Bool {
        text.wordCount >= minimumWords && !isTitle(text)
    }

    /// Every word capitalized but the small ones, and short: `“No Biometric Barriers to Housing Act.”`
    static func isTitle(_ text: String) -> Bool {
        let words = text.words.filter { $0.contains(where: \.isLetter) }
        guard words.count <= maximumTitleWords else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || titleSmallWords.contains($0.lowercased()) }
    }

    /// Pieces of one quotation joined: `“…,” said X, “but …”` → `…, but …`; `“…,” said X. “And …”` → `…. And …`.
    static func joinedQuote(_ pieces: [String]) -> String {
        var text = ""
        for piece in pieces.map({ $0.trimmingCharacters(in: .whitespaces) }) where !piece.isEmpty {
            if text.isEmpty {
                text = piece
            } else if piece.first?.isLowercase == true {
                text += " " + piece
            } else {
                text = trimmedQuote(text)
                if let last = text.last, !".!?…".contains(last) { text += "." }
                text += " " + piece
            }
        }
        return trimmedQuote(text)
    }

    /// The quoted spans of a paragraph with the text between them.
    static func pieces(of paragraph: String) -> [QuotedPiece] {
        let spans = spans(in: paragraph)
        return spans.indices.map { position in
            let start = position > 0 ? spans[position - 1].range.upperBound : paragraph.startIndex
            let end = position + 1 < spans.count ? spans[position + 1].range.lowerBound : paragraph.endIndex
            return QuotedPiece(text: spans[position].text, before: String(paragraph[start..<spans[position].range.lowerBound]),
                               after: String(paragraph[spans[position].range.upperBound..<end]))
        }
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

    /// Quoted spans of a paragraph, curly or straight: the range with the marks, the text without.
    private static func spans(in paragraph: String) -> [(range: Range<String.Index>, text: String)] {
        var spans: [(range: Range<String.Index>, text: String)] = []
        var open: String.Index?
        var openMark: Character = "“"
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            if let start = open {
                if (openMark == "“" && character == "”") || (openMark == "\"" && character == "\"") {
                    spans.append((start..<paragraph.index(after: index), String(paragraph[paragraph.index(after: start)..<index])))
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
