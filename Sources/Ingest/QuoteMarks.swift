import Foundation

/// A quoted span of a paragraph: `range` with its marks, `text` without them.
struct QuoteSpan {
    var range: Range<String.Index>
    var text: String
    /// Opened and never closed before the paragraph ends: a statement that runs on (or that the copy cut).
    var isOpen = false
}

extension QuoteSpan {
    /// From the mark at `start` to the mark at `end`, or, with no `end`, left open to the paragraph's end.
    init(in paragraph: String, from start: String.Index, to end: String.Index?) {
        let inside = paragraph.index(after: start)
        guard let end else {
            self.init(range: start..<paragraph.endIndex, text: String(paragraph[inside...]), isOpen: true)
            return
        }
        self.init(range: start..<paragraph.index(after: end), text: String(paragraph[inside..<end]))
    }
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
        // Most paragraphs hold no mark: their bytes tell so without reading a Character.
        if paragraph.holdsBytes(ofAny: [0x22], Self.doubleMarkBytes) { readDoubleMarks(paragraph) }
        mergeSingleQuotes(paragraph)
    }

    private mutating func readDoubleMarks(_ paragraph: String) {
        var open: String.Index?
        var previous: Character?
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            let after = paragraph.index(after: index)
            defer { previous = character; index = after }
            guard Self.doubleMarks.contains(character) else { continue }
            let next = after < paragraph.endIndex ? paragraph[after] : nil
            if character == "«" || character == "»" {
                // Guillemets say which way they face.
                if character == "«", open == nil { open = index } else if character == "»", let start = open {
                    spans.append(QuoteSpan(in: paragraph, from: start, to: index))
                    open = nil
                }
                continue
            }
            let opening = Self.standsOpening(previous: previous, next: next)
            let closing = Self.standsClosing(previous: previous, next: next)
            if let start = open {
                // Inside a quotation a mark closes it unless it plainly opens a nested one.
                guard closing || !opening else { continue }
                spans.append(QuoteSpan(in: paragraph, from: start, to: index))
                open = nil
            } else if previous == nil || (character == "”" ? opening && !closing : opening || !closing) {
                // A mark that opens the paragraph opens a quotation whatever its shape (`” . . .Each of…`).
                open = index
            } else if spans.isEmpty, earlierQuotationEnd == nil {
                earlierQuotationEnd = index
            }
        }
        if let start = open {
            spans.append(QuoteSpan(in: paragraph, from: start, to: nil))
        }
    }

    /// Quotation marks that open or close a quotation of their own.
    private static let doubleMarks: Set<Character> = ["“", "”", "\"", "«", "»"]
    private static let doubleMarkBytes = ["“", "”", "«", "»"].map { Array($0.utf8) }
    private static let singleMarkBytes = ["‘", "’"].map { Array($0.utf8) }

    /// British copy quotes with single marks (`‘…,’ she said`), which are also apostrophes (`won’t`,
    /// `the students’ union`, `’90s`). A single mark opens only before a letter, after a space, bracket
    /// or dash; it closes only after a word or punctuation, before a space, punctuation or the end: an
    /// apostrophe inside a word does neither. Single-quoted spans stand beside the double-quoted ones,
    /// and one that holds a double-quoted span is the quotation (`‘He called it “a disaster”.’`); one
    /// inside a double-quoted span is only nested in it.
    private mutating func mergeSingleQuotes(_ paragraph: String) {
        guard paragraph.holdsBytes(ofAny: [0x27], Self.singleMarkBytes) else { return }
        var singles: [QuoteSpan] = []
        var open: String.Index?
        var previous: Character?
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            let after = paragraph.index(after: index)
            defer { previous = character; index = after }
            guard Self.singleMarks.contains(character) else { continue }
            let next = after < paragraph.endIndex ? paragraph[after] : nil
            if open == nil, spans.isEmpty, singles.isEmpty, earlierQuotationEnd == nil, character != "‘",
               let previous, ".!?,…".contains(previous) {
                // After punctuation a mark is never an apostrophe: it closes a quotation an earlier paragraph opened.
                earlierQuotationEnd = index
            }
            if let start = open {
                guard character != "‘", Self.standsClosing(previous: previous, next: next) else { continue }
                singles.append(QuoteSpan(in: paragraph, from: start, to: index))
                open = nil
            } else if character != "’", let next, next.isLetter,
                      previous.map({ $0.isWhitespace || Self.openingNeighbours.contains($0) || Self.doubleMarks.contains($0) }) ?? true {
                open = index
            }
        }
        // Left open, it is a statement running on only where it opens the paragraph; elsewhere a stray mark.
        if let start = open, start == paragraph.startIndex {
            singles.append(QuoteSpan(in: paragraph, from: start, to: nil))
        }
        // Each span is compared with each of the other kind: past this many pairs a paragraph is not
        // prose with quotations, and its single marks are left unread.
        guard !singles.isEmpty, singles.count * max(spans.count, 1) <= Self.maximumPairs else { return }
        let doubles = spans.filter { double in
            !singles.contains { $0.range.lowerBound <= double.range.lowerBound && double.range.upperBound <= $0.range.upperBound }
        }
        let outer = singles.filter { single in
            !doubles.contains { $0.range.overlaps(single.range) }
        }
        spans = (doubles + outer).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static let singleMarks: Set<Character> = ["‘", "’", "'"]
    private static let maximumPairs = 10_000

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
