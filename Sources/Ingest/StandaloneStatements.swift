import Foundation

/// Statements that stand in paragraphs of their own, and the lines around them that name their
/// speakers: a statement over several paragraphs (each reopening the quotation, or running on until
/// one closes it), one left open where the copy ends, one set out without quotation marks after
/// `… can be attributed to X:`; introduced by `X released the following statement:`, `Said X, role`
/// or `Statement from X:`, signed on the line after by `—X, Org` or `X, role at Org`.
struct StandaloneStatements {
    let paragraphs: [String]
    let marks: [QuoteMarks]
    let reader: SpeakerReader
    /// The quotations of a paragraph with its marks, and their attributions.
    let quotes: (Int, QuoteMarks) -> [ExtractedQuote]

    /// Paragraphs a statement may run over.
    private static let maximumParagraphs = 16
    /// A statement left open this close to the end of the copy runs to its end (the copy was cut).
    private static let openEndParagraphs = 4
    /// Paragraphs of a statement without marks that runs to the end of the copy.
    private static let maximumUnmarkedParagraphs = 8
    /// `Said Myaisha Hayes, …` / `Statement from Jane Doe, Executive Director:`
    private static let introductionLine = regex(#"^\s*(?:said|says|(?:statement|remarks|comments?|quote) (?:from|by|of)\b)"#)
    /// An introduction that promises a statement, which may then come without quotation marks.
    private static let statementIntroduction = regex(#"\b(?:statement|attributed to)\b[^.!?]*:\s*$"#)

    /// The statement that starts at `index` and spans paragraphs, or has no quotation marks.
    func statement(at index: Int) -> ExtractedQuote? {
        if let end = quotedStatementEnd(from: index) {
            var texts = paragraphs[index...end].map { QuoteExtractor.stripQuoteMarks($0) }
            // `Said Falk: "The covert…` or `“…,” Greer said. “It gives…`: the first paragraph's own
            // attribution, and only its quotation's words.
            let opening = opensAndRunsOn(index) && marks[index].spans.count == 1 ? nil : quotes(index, marks[index]).last
            if let opening { texts[0] = opening.text }
            var closing: ExtractedQuote?
            // `“It is time,” Ozer said. “We will be watching.”` or `… the end,” Greer said.`: the last
            // paragraph closes the statement and names its speaker.
            if end > index, !isOnlyQuotation(end) {
                closing = quotes(end, marks[end].continuing(paragraphs[end])).first
                if let closing { texts[texts.count - 1] = closing.text }
            }
            let speaking = closing?.speaker != nil || opening?.speaker == nil ? closing : opening
            var quote = ExtractedQuote(text: texts.joined(separator: "\n\n"), speaker: speaking?.speaker,
                                       standaloneParagraphs: Array(index...end), paragraph: index)
            quote.attribution = speaking?.attribution ?? closing?.attribution ?? opening?.attribution
            return attributed(quote)
        }
        guard let end = unmarkedStatementEnd(from: index), let introduction = introduction(before: index) else { return nil }
        var quote = ExtractedQuote(text: paragraphs[index...end].joined(separator: "\n\n"), speaker: introduction.speaker,
                                   standaloneParagraphs: Array(index...end), paragraph: index)
        quote.attribution = introduction.speaker == nil ? introduction.shape : .unmarkedStatement
        return signed(quote)
    }

    /// A quotation that stands alone, attributed by the line before or after it when nothing else names its speaker.
    func attributed(_ quote: ExtractedQuote) -> ExtractedQuote {
        guard let first = quote.standaloneParagraphs.first else { return quote }
        var quote = quote
        if quote.speaker == nil, let introduction = introduction(before: first),
           introduction.speaker != nil || quote.attribution == nil || quote.attribution == .unstated {
            quote.speaker = introduction.speaker
            quote.attribution = introduction.shape
        }
        return signed(quote)
    }

    /// A line after the statement that names its speaker is its attribution, the most explicit one there is.
    private func signed(_ quote: ExtractedQuote) -> ExtractedQuote {
        guard let last = quote.standaloneParagraphs.last, last + 1 < paragraphs.count,
              let signature = signature(paragraphs[last + 1], at: last + 1) else { return quote }
        var quote = quote
        guard signature.attribution.speaker != nil else {
            // Signed by someone the registries lack: still no speaker, but the text says who.
            if quote.speaker == nil { quote.attribution = signature.attribution.shape }
            return quote
        }
        quote.speaker = signature.attribution.speaker
        quote.attribution = signature.attribution.shape
        if signature.isDashLine || signature.attribution.speaker?.isPerson == true { quote.attributionParagraph = last + 1 }
        return quote
    }

    /// `—Evan Greer, Fight for the Future`, or without the dash a line that opens with a name:
    /// `Myaisha Hayes via Common Dreams`, `Danny Cendejas, a field organizer at MediaJustice`.
    private func signature(_ line: String, at index: Int) -> (attribution: Attribution, isDashLine: Bool)? {
        let place = QuotePlace(TextPosition(paragraph: index, index: line.startIndex))
        let isDashLine = Cleaner.isAttributionLine(line)
        let text = isDashLine ? String(line.drop { "—―–- ".contains($0) }) : line
        guard text.wordCount <= 14, !text.endsLikeASentence, text.first?.isUppercase == true else { return nil }
        let opening = reader.phrase(String(text.prefix { !",(".contains($0) }))
        let named = reader.nounPhrase(text, at: place, shape: isDashLine ? .dashLine : .nameLine)
        switch named.speaker {
        case .person?:
            // The name opens the line, and nothing but a source follows it: not `Evan Greer speaks at a rally`.
            guard let person = opening.mentions.first, person.range.lowerBound == opening.text.startIndex,
                  String(opening.text[person.range.upperBound...]).matches(Self.afterSignedName) else { return nil }
        case .organization?:
            guard isDashLine || named.shape == .spokesperson && opening.isUnregisteredName else { return nil }
        default:
            // `Jane Roe, a resident of Seattle`: a name the registries lack, and a role.
            guard opening.isUnregisteredName, text.count > opening.text.count || isDashLine else { return nil }
            return (Attribution(speaker: nil, shape: .unregisteredSpeaker), isDashLine)
        }
        return (Attribution(speaker: named.speaker, shape: isDashLine ? .dashLine : .nameLine), isDashLine)
    }

    private static let afterSignedName = regex(#"^\s*(?:(?:via|of|from|at)\s.*)?$"#)

    /// Who the paragraph before a statement names as its speaker: a line of its own (`Said X, role`),
    /// or a last sentence that ends in a colon (`X released the following statement:`).
    private func introduction(before index: Int) -> Attribution? {
        guard index > 0 else { return nil }
        let paragraph = paragraphs[index - 1]
        if paragraph.matches(Self.introductionLine), paragraph.wordCount <= 25 {
            let place = QuotePlace(TextPosition(paragraph: index - 1, index: paragraph.startIndex))
            guard var found = reader.beforeQuotation(paragraph, at: place) else { return nil }
            if found.shape == .speechVerbBefore { found.shape = .introductionLine }
            return found
        }
        guard let sentence = Cleaner.sentences(paragraph).last, sentence.hasSuffix(":") else { return nil }
        let start = paragraph.index(paragraph.endIndex, offsetBy: -sentence.count, limitedBy: paragraph.startIndex) ?? paragraph.startIndex
        guard var found = reader.beforeQuotation(sentence, at: QuotePlace(TextPosition(paragraph: index - 1, index: start))) else { return nil }
        if found.shape == .speechVerbBefore { found.shape = .introduction }
        return found
    }

    /// A statement over several paragraphs: the first opens a quotation it does not close; the next
    /// ones either reopen it (the print convention) or run on without marks until one closes it, the
    /// line that signs it follows, or the copy ends.
    private func quotedStatementEnd(from start: Int) -> Int? {
        guard startsStatement(start) else { return nil }
        var index = start + 1
        while index < min(paragraphs.count, start + Self.maximumParagraphs) {
            if signature(paragraphs[index], at: index) != nil { return index - 1 }
            if opensAndRunsOn(index) {
                index += 1
            } else if marks[index].closesEarlierQuotation {
                return index
            } else if let opening = paragraphs[index].first, "“\"‘'«".contains(opening) {
                return index
            } else {
                index += 1
            }
        }
        return index == paragraphs.count && index - start <= Self.openEndParagraphs ? index - 1 : nil
    }

    /// Nothing but a quotation: `“…”`, or the end of one (`… the end.”`).
    private func isOnlyQuotation(_ index: Int) -> Bool {
        let spans = marks[index].continuing(paragraphs[index]).spans
        return spans.count == 1 && paragraphs[index][spans[0].range.upperBound...].allSatisfy { !$0.isLetter }
    }

    /// Leaves its last quotation open: one it opens with, or one after an introduction (`Said Falk: "…`)
    /// or after an earlier quotation and its attribution (`“…,” Greer said. “It gives…`); not a stray
    /// mark in the middle of prose.
    private func startsStatement(_ index: Int) -> Bool {
        guard let last = marks[index].spans.last, last.isOpen else { return false }
        if opensAndRunsOn(index) { return true }
        let before = paragraphs[index][..<last.range.lowerBound].trimmedOfSpaces
        return before.hasSuffix(":") || marks[index].spans.count == 2 && marks[index].spans[0].range.lowerBound == paragraphs[index].startIndex
    }

    /// Opens with a quotation mark and leaves the quotation open.
    private func opensAndRunsOn(_ index: Int) -> Bool {
        guard let first = marks[index].spans.first, first.range.lowerBound == paragraphs[index].startIndex else { return false }
        return marks[index].spans.last?.isOpen == true
    }

    /// Paragraphs without quotation marks after an introduction that promises a statement: the first,
    /// and the rest of the copy when no quotation or introduction follows in it.
    private func unmarkedStatementEnd(from start: Int) -> Int? {
        guard start > 0, let introduction = Cleaner.sentences(paragraphs[start - 1]).last,
              introduction.matches(Self.statementIntroduction), isUnmarkedProse(start) else { return nil }
        let rest = paragraphs.indices.suffix(from: start)
        guard rest.count <= Self.maximumUnmarkedParagraphs, rest.allSatisfy(isUnmarkedProse) else { return start }
        return paragraphs.count - 1
    }

    /// A paragraph of sentences that neither opens with a quotation mark nor quotes anyone at length
    /// (a term in scare quotes is fine), and does not end in a colon.
    private func isUnmarkedProse(_ index: Int) -> Bool {
        let paragraph = paragraphs[index]
        return paragraph.first.map { !"“”\"‘'«".contains($0) } == true && paragraph.endsLikeASentence && !paragraph.hasSuffix(":")
            && paragraph.wordCount >= 8 && marks[index].spans.allSatisfy { $0.text.wordCount < QuoteExtractor.minimumWords }
    }
}
