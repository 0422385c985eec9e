import Foundation

/// A regular expression that first looks, byte by byte, for a literal its matches require: most lines
/// hold none, and are ruled out without the engine, which copies each text into UTF-16 to read it.
/// It answers as `NSRegularExpression` does (a match in a range holds the literal in the whole text).
final class ScreenedRegex: Sendable {
    let expression: NSRegularExpression
    let screen: LiteralScreen?
    /// For a pattern anchored at the line's start or end, the characters that may stand there.
    let first: CharacterScreen?
    let last: CharacterScreen?

    init(pattern: String, options: NSRegularExpression.Options = []) throws {
        expression = try NSRegularExpression(pattern: pattern, options: options)
        let reading = options.isSubset(of: .caseInsensitive)
            ? PatternReading(pattern: pattern, ignoringCase: options.contains(.caseInsensitive)) : nil
        screen = reading?.required.map(LiteralScreen.init)
        first = reading?.firstOfText
        last = reading?.lastOfText
    }

    var pattern: String { expression.pattern }

    /// False only when the pattern cannot match anywhere in `range` of `text` (the whole text by default).
    func mayMatch(_ text: String, in range: NSRange? = nil) -> Bool {
        let whole = NSRange(text.startIndex..., in: text)
        // Anchors hold at the range's ends: the text's first and last characters are its only when it is whole.
        let ruledOut = ((range ?? whole) == whole && !mayStartAndEnd(text)) || screen.map { !$0.mayMatch(text) } == true
        guard ruledOut else { return true }
        assert(expression.firstMatch(in: text, range: range ?? whole) == nil,
               "the screen of /\(pattern)/ ruled out a text it matches: \(text)")
        return false
    }

    /// False when the text's first or last character is one an anchored match cannot begin or end with.
    /// `$` matches before a line break that ends the text too: a text ending in one is left to the engine.
    private func mayStartAndEnd(_ text: String) -> Bool {
        if let first, let scalar = text.unicodeScalars.first, !first.admits(scalar) { return false }
        if let last, let scalar = text.unicodeScalars.last, !(0x0A...0x0D).contains(scalar.value),
           ![0x85, 0x2028, 0x2029].contains(scalar.value), !last.admits(scalar) { return false }
        return true
    }

    func firstMatch(in text: String, options: NSRegularExpression.MatchingOptions = [], range: NSRange) -> NSTextCheckingResult? {
        mayMatch(text, in: range) ? expression.firstMatch(in: text, options: options, range: range) : nil
    }

    func matches(in text: String, options: NSRegularExpression.MatchingOptions = [], range: NSRange) -> [NSTextCheckingResult] {
        mayMatch(text, in: range) ? expression.matches(in: text, options: options, range: range) : []
    }

    func numberOfMatches(in text: String, options: NSRegularExpression.MatchingOptions = [], range: NSRange) -> Int {
        mayMatch(text, in: range) ? expression.numberOfMatches(in: text, options: options, range: range) : 0
    }

    func stringByReplacingMatches(in text: String, options: NSRegularExpression.MatchingOptions = [], range: NSRange,
                                  withTemplate template: String) -> String {
        mayMatch(text, in: range) ? expression.stringByReplacingMatches(in: text, options: options, range: range, withTemplate: template) : text
    }
}

/// Finds whether a text holds one of a few literals, in one pass over its UTF-8.
struct LiteralScreen: Sendable {
    private let literals: [RequiredLiterals.Literal]
    /// The literals that may start at a byte of the text: `order[starts[b]..<starts[b + 1]]`, those
    /// ignoring case under both cases of their first letter.
    private let starts: [Int]
    private let order: [Int]
    private let ignoresCase: Bool

    init(_ required: RequiredLiterals) {
        let literals = required.literals
        self.literals = literals
        var starts = [0]
        var order: [Int] = []
        for byte in UInt8(0)...255 {
            order += literals.indices.filter {
                literals[$0].bytes[0] == (literals[$0].ignoringCase ? Self.lowered(byte) : byte)
            }
            starts.append(order.count)
        }
        self.starts = starts
        self.order = order
        ignoresCase = literals.contains(where: \.ignoringCase)
    }

    func mayMatch(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if ignoresCase && !Self.foldsOnlyASCIIToASCII(bytes) { return true }
            for position in bytes.indices {
                let first = Int(bytes[position])
                for index in order[starts[first]..<starts[first + 1]] where holds(literals[index], bytes, at: position) {
                    return true
                }
            }
            return false
        }
    }

    /// Whether the literal, whose first byte is the text's at `position`, goes on there.
    private func holds(_ literal: RequiredLiterals.Literal, _ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let count = literal.bytes.count
        guard count <= bytes.count - position else { return false }
        for offset in 1..<max(1, count) {
            let byte = bytes[position + offset]
            if (literal.ignoringCase ? Self.lowered(byte) : byte) != literal.bytes[offset] { return false }
        }
        return true
    }

    static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Whether, ignoring case, only ASCII characters can match ASCII ones: no other character in
    /// the text folds to a different one (`ſ` → `s`, `K` Kelvin → `k`, `ß` → `ss`). Punctuation such
    /// as curly quotes and dashes (U+2000–U+206F) is passed over without a look-up.
    static func foldsOnlyASCIIToASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        while position < bytes.count {
            guard bytes[position] >= 0x80 else {
                position += 1
                continue
            }
            let (value, length) = UTF8Bytes.scalar(bytes, at: position)
            position += length
            if (0x2000...0x206F).contains(value) { continue }
            guard let scalar = Unicode.Scalar(value), !scalar.properties.changesWhenCaseFolded else { return false }
        }
        return true
    }
}
