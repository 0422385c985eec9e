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
        let keeps = { (scalar: Unicode.Scalar) in scalar.properties.isAlphabetic || scalar.properties.numericType != nil }
        // Lowercasing changes only ASCII letters of most texts: then it is done here, byte by byte,
        // and Unicode's tables are read for other characters only.
        guard unicodeScalars.allSatisfy({ $0.isASCII || !$0.properties.changesWhenLowercased }) else {
            return String(String.UnicodeScalarView(lowercased().unicodeScalars.filter(keeps)))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value) | 0x20
                if (0x30...0x39).contains(scalar.value) || (0x61...0x7A).contains(byte) { bytes.append(LiteralScreen.lowered(UInt8(scalar.value))) }
            } else if keeps(scalar) {
                bytes += String(scalar).utf8
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func matches(_ expression: NSRegularExpression) -> Bool {
        expression.firstMatch(in: self, range: NSRange(startIndex..., in: self)) != nil
    }

    func matches(_ expression: ScreenedRegex) -> Bool {
        expression.firstMatch(in: self, range: NSRange(startIndex..., in: self)) != nil
    }
}

extension Substring {
    /// What `trimmingCharacters(in: .whitespaces)` gives, scalar for scalar, without bridging to NSString.
    var trimmedOfSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isHorizontalSpace }),
              let last = scalars.lastIndex(where: { !$0.isHorizontalSpace }) else { return "" }
        return String(Substring(scalars[first...last]))
    }
}

extension String {
    var trimmedOfSpaces: String { self[...].trimmedOfSpaces }
}

extension Unicode.Scalar {
    /// In `CharacterSet.whitespaces`: tab, and the space separators with the zero width space.
    var isHorizontalSpace: Bool {
        switch value {
        case 0x20, 0x09: true
        case 0..<0xA0: false
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
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
