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
    /// The shape that named its speaker, or why none is named, for `--explain`.
    var attribution: AttributionShape?
    /// The index of the paragraph it starts in.
    var paragraph = 0
}

/// Finds quotations and their speakers: `“…,” said X`, `X said “…”`, short phrases a speech verb
/// attributes (`the ACLU claimed that Clearview is “…”`), statements over several paragraphs with the
/// lines that introduce or sign them, statements without marks after `… can be attributed to X:`,
/// quotes interrupted by their attribution, marks of any shape. The speaker is the subject of the
/// speech verb; a speaker the text does not state is left out, not guessed.
struct QuoteExtractor {
    let matcher: MentionMatcher
    /// The registry's companies, which `the company said` may stand for.
    var companies: Set<String> = []
    /// The registry's advocacy groups, which `the group said` may stand for.
    var groups: Set<String> = []
    /// The registry's government bodies, which `the lawmakers` may be the members of.
    var governments: Set<String> = []

    func extract(from paragraphs: [String]) -> [ExtractedQuote] {
        let marks = paragraphs.map(QuoteMarks.init)
        let antecedents = Antecedents(paragraphs: paragraphs, marks: marks, matcher: matcher, companies: companies, groups: groups)
        let legislators = Legislators(paragraphs: paragraphs, marks: marks, matcher: matcher, governments: governments)
        let reader = SpeakerReader(matcher: matcher, antecedents: antecedents, legislators: legislators,
                                   pressOfficers: PressOfficers(paragraphs: paragraphs, marks: marks, matcher: matcher))
        let statements = StandaloneStatements(paragraphs: paragraphs, marks: marks, reader: reader) { index, marks in
            paragraphQuotes(paragraphs[index], at: index, marks, reader)
        }
        var quotes: [ExtractedQuote] = []
        var index = 0
        while index < paragraphs.count {
            var found: [ExtractedQuote]
            if let statement = statements.statement(at: index) {
                found = [statement]
            } else {
                let paragraphMarks = Self.lostItsOpeningMark(index, paragraphs, marks) ? marks[index].continuing(paragraphs[index]) : marks[index]
                found = paragraphQuotes(paragraphs[index], at: index, paragraphMarks, reader).map(statements.attributed)
            }
            if let first = found.first, first.speaker == nil, first.standaloneParagraphs.first == index,
               let open = quotes.last, open.speaker != nil, Self.leavesOpen(open, marks, before: index) {
                found[0].speaker = open.speaker
                found[0].attribution = .continuation
            }
            quotes += found
            index = max(index + 1, (found.last?.standaloneParagraphs.last ?? index) + 1)
        }
        return quotes
    }

    /// A quotation in the paragraph right before `index` that leaves its last quotation open: the
    /// print convention goes on with it in the next paragraph.
    private static func leavesOpen(_ quote: ExtractedQuote, _ marks: [QuoteMarks], before index: Int) -> Bool {
        let last = quote.standaloneParagraphs.last ?? quote.paragraph
        return last == index - 1 && marks[last].spans.last?.isOpen == true && quote.standaloneParagraphs.count <= 1
    }

    /// One closed quotation from the paragraph's first character to its last, whatever the shape of
    /// its opening mark (`” . . .Each of the citizens…”`).
    private static func spansWhole(_ paragraph: String, _ marks: QuoteMarks) -> Bool {
        guard marks.spans.count == 1, let span = marks.spans.first, !span.isOpen else { return false }
        return span.range.lowerBound == paragraph.startIndex && span.range.upperBound == paragraph.endIndex
    }

    /// `We’re implementing a moratorium…,” blogged Amazon.`: a paragraph whose first mark closes a
    /// quotation that no paragraph before it left open, right before a speech verb, lost the mark
    /// that opened it at its start; the words up to the mark are the quotation.
    private static func lostItsOpeningMark(_ index: Int, _ paragraphs: [String], _ marks: [QuoteMarks]) -> Bool {
        guard let end = marks[index].earlierQuotationEnd, index == 0 || marks[index - 1].spans.last?.isOpen != true else { return false }
        let paragraph = paragraphs[index]
        guard String(paragraph[..<end]).wordCount(upTo: minimumWords) >= minimumWords else { return false }
        let after = paragraph[paragraph.index(after: end)...].prefix { !".!?“\"".contains($0) }
        return String(after).wordCount(upTo: 8) <= 8 && String(after).matches(lostMarkAttribution)
    }

    /// `,” blogged Amazon` / `,” the company said`: a speech verb among the few words after the mark.
    private static let lostMarkAttribution = regex(#"^[\s,]*(?:[\p{L}.'’-]+\s+){0,4}(?:\#(speechVerbs))\b"#)

    /// The quotations of one paragraph. Pieces of one quotation that its attribution interrupts
    /// (`“…,” said X, role, “…”`) are joined before the quotation is judged long enough to count.
    private func paragraphQuotes(_ paragraph: String, at index: Int, _ marks: QuoteMarks, _ reader: SpeakerReader) -> [ExtractedQuote] {
        var groups: [[QuotedPiece]] = []
        for piece in Self.pieces(of: paragraph, marks.spans) {
            if let previous = groups.last?.last, Self.isInterruption(piece.before, after: previous.text),
               !Self.startsWithAttribution(piece.after) {
                groups[groups.count - 1].append(piece)
            } else {
                groups.append([piece])
            }
        }
        var quotes: [ExtractedQuote] = []
        for group in groups {
            let text = Self.joinedQuote(group.map(\.text))
            let attribution = attribution(of: group[0], marks.spans, in: paragraph, at: index, reader)
            guard Self.isQuotation(text, attributed: attribution.map { $0.attributes && $0.attributesPhrase } ?? false),
                  !Self.isNamedTitle(after: group[0].before) else { continue }
            let standalone = groups.count == 1 && group.count == 1 && (paragraph.isStandaloneQuotation || Self.spansWhole(paragraph, marks))
            quotes.append(ExtractedQuote(text: text, speaker: attribution?.speaker, standaloneParagraphs: standalone ? [index] : []))
            quotes[quotes.count - 1].explain(attribution?.shape ?? .unstated, paragraph: index)
        }
        return quotes
    }

    /// What attributes a quotation: the speech verb right after it (`,” said X` / `,” X said`) or the
    /// sentence before it (`X said, “…”`), whichever names a speaker; else the one that says why none.
    private func attribution(of piece: QuotedPiece, _ spans: [QuoteSpan], in paragraph: String, at index: Int,
                             _ reader: SpeakerReader) -> Attribution? {
        var after: Attribution?
        if Self.endsClause(piece.text, piece.after) || piece.after.matches(Self.verbRightAfter) {
            after = reader.afterQuotation(piece.after, at: QuotePlace(TextPosition(paragraph: index, index: piece.range.lowerBound)))
        }
        if let after, after.speaker != nil { return after }
        let sentence = Self.sentenceBefore(piece.span, spans, in: paragraph)
        let before = reader.beforeQuotation(sentence.text, at: QuotePlace(sentence: TextPosition(paragraph: index, index: sentence.start),
                                                                         quotation: TextPosition(paragraph: index, index: piece.range.lowerBound),
                                                                         sentenceText: sentence.text))
        if let before, before.speaker != nil { return before }
        if let found = [after, before].compactMap({ $0 }).first(where: \.attributes) { return found }
        return previousSentence(before: sentence.start, in: paragraph, at: index, reader) ?? after ?? before
    }

    /// A quotation that opens a sentence after one whose only speech verb has a registry speaker
    /// (`Evan Greer said the decision was important. “This is a huge moment.”`) is that speaker's.
    private func previousSentence(before start: String.Index, in paragraph: String, at index: Int, _ reader: SpeakerReader) -> Attribution? {
        let text = paragraph[..<start]
        guard start > paragraph.startIndex, !text.contains(where: { "“”\"".contains($0) }),
              let sentence = Cleaner.sentences(String(text.suffix(Self.previousSentenceLimit))).last,
              AttributionVocabulary.verbs(in: sentence).count == 1,
              var found = reader.beforeQuotation(sentence, at: QuotePlace(TextPosition(paragraph: index, index: start))),
              found.speaker != nil else { return nil }
        found.shape = .previousSentence
        return found
    }

    /// How far back the sentence before a quotation's own is read.
    private static let previousSentenceLimit = 400

    /// `“…” says the letter`, `“…” —Evan Greer`: right after the closing mark, an attribution of a
    /// quotation that ends no clause.
    private static let verbRightAfter = regex(#"^\s(?:said|says)\b|^\s*(?:—|–|--)"#)
}
