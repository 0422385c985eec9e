import Foundation

/// A quoted span of a paragraph with the text around it, up to the neighbouring spans.
struct QuotedPiece {
    var text: String
    var before: String
    var after: String
    /// Its position among the paragraph's spans.
    var span: Int
    var range: Range<String.Index>
}

/// The shapes of quotations and attributions that `QuoteExtractor` reads.
extension QuoteExtractor {
    /// Quotations shorter than this many words are scare quotes ("national standards"), unless a
    /// speech verb and its subject attribute them.
    static let minimumWords = 6
    /// A phrase a speech verb attributes ("the lawmakers wrote that Amazon had “failed to provide
    /// sufficient answers”") is a quotation from this many words: fewer are a term's scare quotes.
    static let minimumAttributedWords = 3
    /// Names and titles in quotation marks ("No Biometric Barriers to Housing Act") are at most this long.
    static let maximumTitleWords = 12

    static let speechVerbs = AttributionVocabulary.verbsAfterQuotation
    /// A character of an attribution clause: no sentence end, but initials and titles (`Martin J. Walsh`, `Dr.`).
    /// Titles and initials are tried first: a greedy match after the verb (`said Rep. Pressley`) would
    /// otherwise stop at the title's full stop.
    private static let attributionCharacter = #"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Rep|Reps|Sen|Gov|Jr|Sr|St)\.|\b\p{L}\.(?=\s)|[^.!?“”"])"#
    /// `, X said`: the phrase before the verb.
    static let verbAfterSpeaker = regex(#"^\s*[,.]?\s*(\#(attributionCharacter){1,100}?)\s+(?:\#(speechVerbs))\b"#)
    /// `, said X` or `, according to X`: the verb, and the phrase after it.
    static let verbBeforeSpeaker = regex(#"^\s*[,.]?\s*(\#(speechVerbs)|according to)\s+(\#(attributionCharacter){1,160})"#)
    /// Only an attribution, from end to end, closed by a comma, period or colon:
    /// `, said X, role of Org (pronouns: she/her), ` or ` X said. ` (not ` X found that the `).
    static let onlyAttribution = regex(#"^\s*[,.]?\s*(?:(?:\#(speechVerbs))\s+\#(attributionCharacter){1,160}|\#(attributionCharacter){1,100}?\s+(?:\#(speechVerbs))\b\#(attributionCharacter){0,100})[.:]?(?<=[,.:])\s*$"#)
    /// Words that stay lowercase inside a title.
    private static let titleSmallWords: Set<String> = ["a", "an", "the", "and", "or", "nor", "but", "of", "to", "for", "in",
                                                       "on", "at", "by", "with", "from", "as", "into", "vs"]
    /// Abbreviations whose full stop ends no sentence (`Sen. Markey`).
    private static let abbreviations: Set<String> = ["dr", "mr", "mrs", "ms", "prof", "rep", "reps", "sen", "gov", "jr", "sr", "st",
                                                     "inc", "corp", "co", "no", "lt", "sgt", "vs", "gen", "atty"]
    /// How far back the sentence before a quotation is read.
    private static let contextLimit = 600

    /// Text between two quoted pieces that is only the attribution interrupting one quotation:
    /// the first piece ends its clause (`“…,” said X, “…”`) and the attribution closes before the second.
    static func isInterruption(_ text: String, after piece: String) -> Bool {
        endsClause(piece, text) && text.matches(onlyAttribution)
    }

    /// A quotation that ends its clause before what follows: `“…,” said`, `“…?” she asked`.
    static func endsClause(_ piece: String, _ after: String) -> Bool {
        piece.last.map { ",.!?…—–-".contains($0) } == true || after.first.map { ",.".contains($0) } == true
    }

    /// Text after a quoted piece that begins with its attribution: `, said X` or `, X said`.
    static func startsWithAttribution(_ text: String) -> Bool {
        text.matches(verbBeforeSpeaker) || text.matches(verbAfterSpeaker)
    }

    /// Long enough to be a quotation (shorter when a speech verb attributes it), and not a name or
    /// title in quotation marks.
    static func isQuotation(_ text: String, attributed: Bool) -> Bool {
        guard !isTitle(text) else { return false }
        // A short phrase counts its words by spaces: `so-called safeguards` is two.
        return text.wordCount >= minimumWords || attributed && text.split(separator: " ").count >= minimumAttributedWords
    }

    /// A quotation right after `titled`, `headlined` or `dubbed` is a name, whatever its capitals:
    /// `a blog post titled “Amazon’s face recognition falsely matched 28 members of Congress”`.
    static func isNamedTitle(after before: String) -> Bool {
        String(before.suffix(40)).matches(titleLeadIn)
    }

    private static let titleLeadIn = regex(#"\b(?:titled|entitled|headlined|headed|dubbed|subtitled)[:,]?\s*(?:the\s+)?$"#)

    /// Every word capitalized but the small ones, and short: `“No Biometric Barriers to Housing Act.”`
    static func isTitle(_ text: String) -> Bool {
        // By spaces, not hyphens: `President-elect` is one capitalized word of a title.
        let words = text.split(separator: " ").filter { $0.contains(where: \.isLetter) }.map { $0.drop { !$0.isLetter } }
        guard words.count <= maximumTitleWords else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || titleSmallWords.contains($0.lowercased()) }
    }

    /// Pieces of one quotation joined: `“…,” said X, “but …”` → `…, but …`; `“…,” said X. “And …”` → `…. And …`.
    static func joinedQuote(_ pieces: [String]) -> String {
        var text = ""
        for piece in pieces.map({ $0.trimmedOfSpaces }) where !piece.isEmpty {
            if text.isEmpty {
                text = piece
            } else if piece.first?.isLowercase == true {
                // `“Face surveillance,” X said, “has no place…”`: the comma was the attribution's, unless a clause follows it.
                if text.last == ",", !piece.matches(clauseAfterComma) { text.removeLast() }
                text += " " + piece
            } else {
                text = trimmedQuote(text)
                if let last = text.last, !".!?…".contains(last) { text += "." }
                text += " " + piece
            }
        }
        return trimmedQuote(text)
    }

    /// Words that open a clause after a comma of the speaker's own: `“…the law,” said X, “but until…”`.
    private static let clauseAfterComma = regex(#"^(?:but|and|or|nor|so|yet|because|which|who|while|although|though|if|when|as|since|unless|whereas|where)\b"#)

    /// The quoted spans of a paragraph with the text between them.
    static func pieces(of paragraph: String, _ spans: [QuoteSpan]) -> [QuotedPiece] {
        spans.indices.map { position in
            let start = position > 0 ? spans[position - 1].range.upperBound : paragraph.startIndex
            let end = position + 1 < spans.count ? spans[position + 1].range.lowerBound : paragraph.endIndex
            let range = spans[position].range
            return QuotedPiece(text: spans[position].text, before: String(paragraph[start..<range.lowerBound]),
                               after: String(paragraph[range.upperBound..<end]), span: position, range: range)
        }
    }

    /// The sentence a quotation stands in, up to the quotation, with the sentence's earlier quotations
    /// shown as `…`: what may attribute it (`The ACLU claimed that Clearview AI is “…”`, `according
    /// to Amazon, … search for “…” from “…”`). Also where that sentence starts.
    static func sentenceBefore(_ position: Int, _ spans: [QuoteSpan], in paragraph: String) -> (text: String, start: String.Index) {
        var text = ""
        var end = spans[position].range.lowerBound
        var index = position
        while true {
            let segmentStart = index > 0 ? spans[index - 1].range.upperBound : paragraph.startIndex
            let start = paragraph.index(end, offsetBy: -contextLimit, limitedBy: segmentStart) ?? segmentStart
            if let boundary = lastSentenceStart(paragraph[start..<end]) {
                return (String(paragraph[boundary..<end]) + text, boundary)
            }
            text = String(paragraph[start..<end]) + text
            guard start == segmentStart, index > 0, text.count < contextLimit,
                  spans[index - 1].text.last.map({ !".!?…".contains($0) }) == true else { return (text, start) }
            text = "…" + text
            index -= 1
            end = spans[index].range.lowerBound
        }
    }

    /// Where the last sentence of `text` starts: after a full stop and a space (not an initial's or a
    /// title's), or after one glued to the next sentence (`analytics.An IBM spokesperson`).
    private static func lastSentenceStart(_ text: Substring) -> String.Index? {
        var index = text.endIndex
        while index > text.startIndex {
            let previous = text.index(before: index)
            defer { index = previous }
            guard index < text.endIndex, ".!?".contains(text[previous]) else { continue }
            let next = text[index]
            let glued = next.isUppercase && previous > text.startIndex && text[text.index(before: previous)].isLowercase
            guard next.isWhitespace || glued else { continue }
            let word = text[..<previous].reversed().prefix { $0.isLetter }
            if word.count == 1 && word.first!.isUppercase || abbreviations.contains(String(word.reversed()).lowercased()) { continue }
            return index
        }
        return nil
    }

    static func capture(_ expression: ScreenedRegex, in text: String) -> String? {
        guard let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    /// The quotation without the comma or space a sentence put at its end: `“…,” said` → `…`.
    static func trimmedQuote(_ text: String) -> String {
        var text = text.trimmedOfSpaces
        while let last = text.last, last == "," { text.removeLast() }
        return text
    }

    static func stripQuoteMarks(_ paragraph: String) -> String {
        var text = Substring(paragraph.trimmedOfSpaces)
        if let first = text.first, "“”\"‘'«".contains(first) { text.removeFirst() }
        if let last = text.last, "”\"’'»".contains(last) { text.removeLast() }
        return String(text)
    }
}
