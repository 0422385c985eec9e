/// Literal texts one of which every match of a pattern holds (`subscribe`, `sign up`, …): a line
/// holding none cannot match, and is not handed to the regular expression engine at all. Read from
/// the pattern itself, so that a rule's pattern and its screen cannot disagree.
struct RequiredLiterals: Sendable, Equatable {
    struct Literal: Sendable, Equatable {
        /// UTF-8; ASCII letters lowercased when `ignoringCase`.
        var bytes: [UInt8]
        var ignoringCase: Bool
    }

    var literals: [Literal]

    var shortest: Int { literals.map(\.bytes.count).min() ?? 0 }

    /// What `pattern` requires; nil when it requires no literal, or uses syntax this reader does not
    /// know (then every text is matched, as before).
    init?(pattern: String, ignoringCase: Bool) {
        var reader = PatternReader(scalars: Array(pattern.unicodeScalars))
        guard let found = try? reader.alternation(ignoringCase: ignoringCase), reader.isAtEnd,
              found.shortest > 0 else { return nil }
        self = found
    }

    init(literals: [Literal]) {
        self.literals = literals
    }

    /// The more selective of two requirements: the longer shortest literal, then the fewer literals.
    func isBetter(than other: RequiredLiterals?) -> Bool {
        guard let other else { return true }
        return (shortest, -literals.count) > (other.shortest, -other.literals.count)
    }
}

/// Reads the part of ICU's pattern syntax that this project's patterns use; anything else throws.
private struct PatternReader {
    struct Unsupported: Error {}

    /// What one piece of a pattern matches.
    enum Atom {
        /// One character that a literal may hold: its UTF-8.
        case literal([UInt8])
        /// An anchor, a boundary or a lookaround: it consumes nothing.
        case zeroWidth
        /// Anything else, with what it requires (a group's literals, a class's characters).
        case other(RequiredLiterals?)
    }

    let scalars: [Unicode.Scalar]
    var position = 0

    var isAtEnd: Bool { position == scalars.count }
    var next: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    mutating func take() throws -> Unicode.Scalar {
        guard let scalar = next else { throw Unsupported() }
        position += 1
        return scalar
    }

    mutating func take(_ expected: Unicode.Scalar) -> Bool {
        guard next == expected else { return false }
        position += 1
        return true
    }

    /// Branches separated by `|`: a match holds a literal of one of them.
    mutating func alternation(ignoringCase: Bool) throws -> RequiredLiterals? {
        var union: [RequiredLiterals.Literal] = []
        var complete = true
        repeat {
            if let branch = try sequence(ignoringCase: ignoringCase) { union += branch.literals } else { complete = false }
        } while take("|")
        return complete ? RequiredLiterals(literals: union) : nil
    }

    /// Atoms one after another: the best of what each requires, and of the literal runs they form.
    mutating func sequence(ignoringCase: Bool) throws -> RequiredLiterals? {
        var best: RequiredLiterals?
        var run: [UInt8] = []
        func consider(_ candidate: RequiredLiterals?) {
            if let candidate, candidate.isBetter(than: best) { best = candidate }
        }
        func endRun() {
            if !run.isEmpty { consider(RequiredLiterals(literals: [.init(bytes: run, ignoringCase: ignoringCase)])) }
            run = []
        }
        while let scalar = next, scalar != "|", scalar != ")" {
            let atom = try self.atom(ignoringCase: ignoringCase)
            let least = try quantifierMinimum()
            switch (atom, least) {
            case (.zeroWidth, _):
                continue
            case (.literal(let bytes), nil):
                run += bytes
            case (.literal(let bytes), let least?):
                endRun()
                if least > 0 { consider(RequiredLiterals(literals: [.init(bytes: bytes, ignoringCase: ignoringCase)])) }
            case (.other(let required), let least):
                endRun()
                if (least ?? 1) > 0 { consider(required) }
            }
        }
        endRun()
        return best
    }

    /// The least number of repeats a quantifier after an atom allows; nil for no quantifier.
    mutating func quantifierMinimum() throws -> Int? {
        let least: Int
        switch next {
        case "?", "*": least = 0
        case "+": least = 1
        case "{":
            position += 1
            var digits = ""
            while let scalar = next, ("0"..."9").contains(scalar) { digits.unicodeScalars.append(scalar); position += 1 }
            guard let number = Int(digits) else { throw Unsupported() }
            while let scalar = next, ("0"..."9").contains(scalar) || scalar == "," { position += 1 }
            guard take("}") else { throw Unsupported() }
            _ = take("?") || take("+")
            return number == 1 ? nil : number
        default: return nil
        }
        position += 1
        _ = take("?") || take("+")
        return least
    }

    mutating func atom(ignoringCase: Bool) throws -> Atom {
        let scalar = try take()
        switch scalar {
        case "^", "$": return .zeroWidth
        case ".": return .other(nil)
        case "(": return try group(ignoringCase: ignoringCase)
        case "[": return try characterClass(ignoringCase: ignoringCase)
        case "\\": return try escape()
        case "*", "+", "?", "{", "}", "]": throw Unsupported()
        default: return Self.literal(scalar, ignoringCase: ignoringCase)
        }
    }

    /// A character as a literal: ASCII (letters lowercased when case is ignored), and punctuation
    /// or symbols, which no other character matches whatever the case; other letters are not.
    static func literal(_ scalar: Unicode.Scalar, ignoringCase: Bool) -> Atom {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return .literal([ignoringCase && (0x41...0x5A).contains(byte) ? byte | 0x20 : byte])
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return .literal(Array(String(scalar).utf8))
        default:
            return .other(nil)
        }
    }

    mutating func escape() throws -> Atom {
        let scalar = try take()
        switch scalar {
        case "b", "B", "A", "z", "Z", "G": return .zeroWidth
        case "s", "S", "d", "D", "w", "W", "h", "H", "v", "V", "R", "X", "t", "n", "r", "f", "e", "a": return .other(nil)
        case "p", "P":
            if take("{") { while try take() != "}" {} } else { _ = try take() }
            return .other(nil)
        default:
            // Only punctuation escaped stands for itself; other escapes (`\Q`, `\1`, `\x`) are not read.
            guard scalar.isASCII, !scalar.properties.isAlphabetic, !("0"..."9").contains(scalar) else { throw Unsupported() }
            return Self.literal(scalar, ignoringCase: false)
        }
    }

    mutating func group(ignoringCase: Bool) throws -> Atom {
        var ignoringCase = ignoringCase
        var lookaround = false
        if take("?") {
            switch try take() {
            case ":", ">": break
            case "=", "!": lookaround = true
            case "<":
                if take("=") || take("!") {
                    lookaround = true
                } else {
                    while try take() != ">" {}
                }
            default:
                // Scoped flags only (`(?i:…)`); `(?i)` would change the rest of the pattern.
                position -= 1
                var on = true
                flags: while true {
                    switch try take() {
                    case "i": ignoringCase = on
                    case "m", "s": break
                    case "-": on = false
                    case ":": break flags
                    default: throw Unsupported()
                    }
                }
            }
        }
        let required = try alternation(ignoringCase: ignoringCase)
        guard take(")") else { throw Unsupported() }
        return lookaround ? .zeroWidth : .other(required)
    }

    /// `[…]`: one character of a set. A set of plain characters (`[·•|]`) requires one of them;
    /// ranges, negations, properties and nested sets require nothing this reader tells.
    mutating func characterClass(ignoringCase: Bool) throws -> Atom {
        var members: [Atom] = []
        var plain = !take("^")
        if next == "]" { throw Unsupported() }
        var depth = 1
        while depth > 0 {
            let scalar = try take()
            switch scalar {
            case "[":
                depth += 1
                plain = false
            case "]":
                depth -= 1
            case "\\":
                let escaped = try take()
                if escaped.isASCII, !escaped.properties.isAlphabetic, !("0"..."9").contains(escaped) {
                    members.append(Self.literal(escaped, ignoringCase: false))
                } else {
                    plain = false
                    if escaped == "p" || escaped == "P", take("{") { while try take() != "}" {} }
                }
            case "-", "&", "{", "}", "$", ":", "^":
                plain = false
            default:
                members.append(Self.literal(scalar, ignoringCase: ignoringCase))
            }
        }
        guard plain, !members.isEmpty else { return .other(nil) }
        var literals: [RequiredLiterals.Literal] = []
        for member in members {
            guard case .literal(let bytes) = member else { return .other(nil) }
            literals.append(.init(bytes: bytes, ignoringCase: ignoringCase))
        }
        return .other(RequiredLiterals(literals: literals))
    }
}
