import Foundation

/// A quoted span of a paragraph: `range` with its marks, `text` without them.
struct QuoteSpan {
    var range: Range<String.Index>
    var text: String
    /// Opened and never closed before the paragraph ends: a statement that runs on (or that the copy cut).
    var isOpen = false
}

/// The quotation marks of a paragraph, read by where they stand as a reader reads them: a mark
/// before a word opens, a mark after one closes, whatever its shape. Pages mix their marks
/// (`“…racism," Wu said`), open with a right mark (`rights.”IBM firmly…`) and leave the last
/// quotation of a cut copy open.
struct QuoteMarks {
    var spans: [QuoteSpan] = []
    /// Where a mark closes a quotation that this paragraph never opened: one from an earlier paragraph ends here.
    var earlierQuotationEnd: String.Index?
    var closesEarlierQuotation: Bool { earlierQuotationEnd != nil }

    private static let openingNeighbours: Set<Character> = ["(", "[", "{", "—", "–", "-", "/"]
    private static let gluingPunctuation: Set<Character> = [".", ",", ":", ";", "!", "?"]

    init(_ paragraph: String) {
        var open: String.Index?
        var previous: Character?
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            let after = paragraph.index(after: index)
            defer { previous = character; index = after }
            guard "“”\"".contains(character) else { continue }
            let next = after < paragraph.endIndex ? paragraph[after] : nil
            let opening = Self.standsOpening(previous: previous, next: next)
            let closing = Self.standsClosing(previous: previous, next: next)
            if let start = open {
                // Inside a quotation a mark closes it unless it plainly opens a nested one.
                guard closing || !opening else { continue }
                spans.append(QuoteSpan(range: start..<after, text: String(paragraph[paragraph.index(after: start)..<index])))
                open = nil
            } else if character == "”" ? opening && !closing : opening || !closing {
                open = index
            } else if spans.isEmpty, earlierQuotationEnd == nil {
                earlierQuotationEnd = index
            }
        }
        if let start = open {
            spans.append(QuoteSpan(range: start..<paragraph.endIndex, text: String(paragraph[paragraph.index(after: start)...]),
                                   isOpen: true))
        }
    }

    /// The marks of a paragraph that goes on with a quotation opened before it: the text up to the
    /// mark that closes it is its first span (`… the end,” Greer said.`).
    func continuing(_ paragraph: String) -> QuoteMarks {
        guard let end = earlierQuotationEnd else { return self }
        var marks = self
        marks.spans.insert(QuoteSpan(range: paragraph.startIndex..<paragraph.index(after: end), text: String(paragraph[..<end])), at: 0)
        return marks
    }

    /// Before a word, after a space, a bracket or a dash (`“We`), or glued to the sentence before it (`rights.”IBM`).
    private static func standsOpening(previous: Character?, next: Character?) -> Bool {
        guard let next, !next.isWhitespace else { return false }
        guard let previous else { return true }
        return previous.isWhitespace || openingNeighbours.contains(previous)
            || (gluingPunctuation.contains(previous) && (next.isLetter || next.isNumber))
    }

    /// After a word or punctuation, before a space, punctuation or the end (`racism,"` / `watch.”`).
    private static func standsClosing(previous: Character?, next: Character?) -> Bool {
        guard let previous, !previous.isWhitespace else { return false }
        guard let next else { return true }
        return next.isWhitespace || (next.isPunctuation && !"“‘(".contains(next)) || next.isSymbol
    }
}
