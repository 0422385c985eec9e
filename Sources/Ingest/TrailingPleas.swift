import Foundation

/// Sentences, and the pleas that close a paragraph ("… Follow us on Twitter").
extension Cleaner {
    /// Splits after `.`, `!` or `?` (and any closing quotes) that a space follows.
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            guard character == "." || character == "!" || character == "?" else { continue }
            while index < text.endIndex, Self.closingQuotes.contains(text[index]) {
                index = text.index(after: index)
            }
            if index == text.endIndex || text[index] == " " {
                sentences.append(text[start..<index].trimmedOfSpaces)
                start = index
            }
        }
        let rest = text[start...].trimmedOfSpaces
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private static let closingQuotes: [Character] = ["\"", "”", "’", "'"]

    /// Cuts trailing pleas one clause at a time ("…: Subscribe to our newsletter, follow us on
    /// Twitter."), then a lead-in that only led to them ("Learn more about surveillance:").
    static func trimmingTrailingPlea(_ text: String) -> String {
        var result = Substring(text)
        while let cut = cutting(Vocabulary.trailingPlea, from: result) ?? cutting(Vocabulary.trailingSignUp, from: result) {
            result = cut
        }
        let trimmed = String(result)
        return trimmed != text && trimmed.wordCount <= 10 && trimmed.matches(Vocabulary.danglingLeadIn) ? "" : trimmed
    }

    /// Both patterns match only the text's last sentence, so only that is searched and nothing is
    /// copied: a paragraph of a thousand pleas is cut in time that grows with its length alone.
    private static func cutting(_ expression: ScreenedRegex, from text: Substring) -> Substring? {
        let tail = text[lastSentenceStart(text)...]
        let sentence = String(tail)
        guard let match = expression.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)),
              let range = Range(match.range, in: sentence) else { return nil }
        let cut = text.utf8.index(tail.startIndex, offsetBy: sentence.utf8.distance(from: sentence.startIndex, to: range.lowerBound))
        let trimmed = { (character: Character) in
            character.unicodeScalars.allSatisfy { CharacterSet.whitespaces.contains($0) || $0 == "," || $0 == ";" }
        }
        var rest = text[..<cut].drop(while: trimmed)
        while let last = rest.last, trimmed(last) { rest.removeLast() }
        if rest.suffix(4).lowercased() == " and" { rest = rest.dropLast(4) }
        return rest
    }

    /// After the last `.`, `!` or `?` but the one that ends the text (before any spaces).
    static func lastSentenceStart(_ text: Substring) -> Substring.Index {
        let scalars = text.unicodeScalars
        var start = scalars.endIndex
        while start > scalars.startIndex, scalars[scalars.index(before: start)].properties.isWhitespace {
            start = scalars.index(before: start)
        }
        if start > scalars.startIndex, ".!?".unicodeScalars.contains(scalars[scalars.index(before: start)]) {
            start = scalars.index(before: start)
        }
        while start > scalars.startIndex, !".!?".unicodeScalars.contains(scalars[scalars.index(before: start)]) {
            start = scalars.index(before: start)
        }
        return start
    }
}
