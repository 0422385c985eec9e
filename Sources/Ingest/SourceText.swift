import Content
import Foundation

/// A line of a raw document that holds text, with its 1-based line number.
public struct SourceLine: Sendable, Hashable {
    public var number: Int
    public var text: String
}

/// What became of a line, and why: the record that `placard ingest --explain` prints.
public struct LineDecision: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
        case title, subtitle, author, date, updated, contact, body, removed
    }

    public var line: SourceLine
    public var role: Role
    public var reason: String
}

extension String {
    /// Words: runs of letters and digits.
    var words: [Substring] {
        var words: [Substring] = []
        forEachWord { _, range, _ in
            words.append(self[utf8.index(startIndex, offsetBy: range.lowerBound)..<utf8.index(startIndex, offsetBy: range.upperBound)])
            return true
        }
        return words
    }

    var wordCount: Int { wordCount(upTo: .max) }

    /// `count >= length`, counting no further: a paragraph being joined may grow to megabytes.
    func hasAtLeast(_ length: Int) -> Bool {
        index(startIndex, offsetBy: length, limitedBy: endIndex) != nil
    }

    /// The share of letters that are capitals (0 when there are no letters).
    var capitalShare: Double {
        let letters = unicodeScalars.filter { $0.properties.isAlphabetic }
        guard !letters.isEmpty else { return 0 }
        return Double(letters.filter { $0.properties.isUppercase }.count) / Double(letters.count)
    }

    var endsLikeASentence: Bool {
        var text = Substring(self)
        while let last = text.last, "\"”’'»)]".contains(last) { text.removeLast() }
        guard let last = text.last else { return false }
        return ".!?…:".contains(last)
    }

    /// Starts and ends with quotation marks: a quotation standing alone.
    var isStandaloneQuotation: Bool {
        // From the end, not by trimming a copy: paragraphs may be megabytes long.
        guard let first = first, let last = self.last(where: { !$0.isHorizontalSpace }) else { return false }
        return "\"“«".contains(first) && "\"”»".contains(last)
    }

    /// Letters and digits only, lowercased: for comparing texts whatever their punctuation and spacing.
    var comparable: String {
        String(String.UnicodeScalarView(lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }

    func matches(_ expression: NSRegularExpression) -> Bool {
        expression.firstMatch(in: self, range: NSRange(startIndex..., in: self)) != nil
    }

    func matches(_ expression: ScreenedRegex) -> Bool {
        expression.firstMatch(in: self, range: NSRange(startIndex..., in: self)) != nil
    }
}

extension Character {
    /// What `CharacterSet.whitespaces` trims: spaces and tabs, not line breaks.
    var isHorizontalSpace: Bool {
        unicodeScalars.allSatisfy { CharacterSet.whitespaces.contains($0) }
    }
}

func regex(_ pattern: String) -> ScreenedRegex {
    try! ScreenedRegex(pattern: pattern, options: [.caseInsensitive])
}

/// For shapes that tell names by their capitals (`\p{Lu}` matches any letter when case is ignored).
func caseSensitiveRegex(_ pattern: String) -> ScreenedRegex {
    try! ScreenedRegex(pattern: pattern)
}
