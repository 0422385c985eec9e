import Content

/// How a quote reads on a page: a fragment marked as one, an excerpt of at most two sentences for
/// lists, and whether an article's body already shows it.
enum QuoteText {
    /// `does nothing to end…` → `…does nothing to end…`: a quote that starts mid-sentence (with a
    /// lowercase letter) starts as written, after an ellipsis, never capitalized.
    static func shown(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace
        guard let first = trimmed.first(where: { $0.isLetter || $0.isNumber || $0 == "…" }) else { return trimmed }
        return first.isLowercase ? "…" + trimmed : trimmed
    }

    /// At most `sentences` sentences of the quote's first paragraph and about `limit` characters,
    /// ending in `…` where anything was left out.
    static func excerpt(_ text: String, sentences: Int = 2, limit: Int = 280) -> String {
        let whole = shown(text)
        let paragraphs = whole.components(separatedBy: "\n\n").map(\.trimmingWhitespace).filter { !$0.isEmpty }
        guard let first = paragraphs.first else { return whole }
        let parts = Self.sentences(first)
        var kept = ""
        for sentence in parts.prefix(sentences) {
            let next = kept.isEmpty ? sentence : kept + " " + sentence
            if !kept.isEmpty, next.count > limit { break }
            kept = next
        }
        if kept.count > limit { return kept.truncated(to: limit) }
        let isWhole = kept.count == first.count && paragraphs.count == 1
        return isWhole ? kept : Self.endingInEllipsis(kept)
    }

    /// The sentences of a paragraph: each ends at `.`, `!`, `?` or `…` (and any closing quote or
    /// bracket) followed by a space and a capital, a digit or an opening quote.
    static func sentences(_ paragraph: String) -> [String] {
        let characters = Array(paragraph)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            defer { index += 1 }
            guard ".!?…".contains(characters[index]) else { continue }
            var end = index + 1
            while end < characters.count, "\"'”’)]".contains(characters[end]) { end += 1 }
            guard end + 1 < characters.count, characters[end] == " " else { continue }
            let next = characters[end + 1]
            guard next.isUppercase || next.isNumber || "\"“‘'…".contains(next) else { continue }
            if characters[index] == ".", isAbbreviation(before: index, in: characters) { continue }
            sentences.append(String(characters[start..<end]))
            start = end + 1
            index = end
        }
        if start < characters.count { sentences.append(String(characters[start...])) }
        return sentences.map(\.trimmingWhitespace).filter { !$0.isEmpty }
    }

    /// `Mr.`, `Dr.`, `St.`, and initials (`U.S.`, `J.`), which do not end a sentence.
    private static func isAbbreviation(before dot: Int, in characters: [Character]) -> Bool {
        var start = dot
        while start > 0, characters[start - 1].isLetter || characters[start - 1] == "." { start -= 1 }
        let word = String(characters[start..<dot])
        if word.count == 1 || word.contains(".") { return true }
        return ["Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gov", "Sen", "Rep", "Gen", "Lt", "Sgt", "No", "vs"]
            .contains(word)
    }

    /// `It needs to stop.` → `It needs to stop…`
    private static func endingInEllipsis(_ text: String) -> String {
        var text = text
        while let last = text.last, ".,;:!?…".contains(last) || last == " " { text.removeLast() }
        return text + "…"
    }

    /// Whether a body (made `comparable`) shows the whole quote: every clause of it, since the
    /// body interrupts a statement with who said it (“…dangerous,” said Greer. “They know…”).
    static func isShown(_ quote: String, inComparable body: String) -> Bool {
        let clauses = quote.split(whereSeparator: { ".,;:!?…—–\n\"“”()[]".contains($0) })
            .map { comparable(String($0)) }.filter { !$0.isEmpty }
        return !clauses.isEmpty && clauses.allSatisfy { body.contains($0) }
    }

    /// Letters and digits, lowercased, words split by single spaces: quotes and bodies compared
    /// whatever their quotation marks, dashes, ellipses or line breaks.
    static func comparable(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isLetterOrDigit {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            } else if character != "'" && character != "’" {
                pendingSpace = true
            }
        }
        return result
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
