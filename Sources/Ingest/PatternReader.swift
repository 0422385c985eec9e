/// Reads the part of ICU's pattern syntax that this project's patterns use; anything else throws.
struct PatternReader {
    struct Unsupported: Error {}

    /// What one piece of a pattern matches.
    enum Atom {
        /// One character that a literal may hold: its UTF-8, and the characters it matches.
        case literal([UInt8], CharacterScreen)
        /// An anchor, a boundary or a lookaround: it consumes nothing.
        case zeroWidth(Anchor?)
        /// Anything else.
        case other(Piece)
    }

    enum Anchor { case start, end }

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

    /// The whole pattern, and whether it is anchored at the text's start and end: one branch, which
    /// opens with `^` (or `\A`) and closes with `$` (or `\Z`, `\z`).
    mutating func pattern(ignoringCase: Bool) throws -> (Piece, (start: Bool, end: Bool)) {
        var anchors = (start: false, end: false)
        let whole = try alternation(ignoringCase: ignoringCase, anchors: &anchors)
        return (whole, next == nil ? anchors : (false, false))
    }

    /// Branches separated by `|`: a match is one of theirs.
    mutating func alternation(ignoringCase: Bool) throws -> Piece {
        var anchors = (start: false, end: false)
        return try alternation(ignoringCase: ignoringCase, anchors: &anchors)
    }

    private mutating func alternation(ignoringCase: Bool, anchors: inout (start: Bool, end: Bool)) throws -> Piece {
        var branches: [Piece] = []
        repeat {
            branches.append(try sequence(ignoringCase: ignoringCase, anchors: &anchors))
        } while take("|")
        if branches.count > 1 { anchors = (false, false) }
        let complete = branches.allSatisfy { $0.required != nil }
        return Piece(required: complete ? RequiredLiterals(literals: branches.flatMap { $0.required!.literals }) : nil,
                     first: CharacterScreen.union(branches.map(\.first)), last: CharacterScreen.union(branches.map(\.last)),
                     canBeEmpty: branches.contains(where: \.canBeEmpty))
    }

    /// Atoms one after another: the best of what each requires, and of the literal runs they form.
    private mutating func sequence(ignoringCase: Bool, anchors: inout (start: Bool, end: Bool)) throws -> Piece {
        var best: RequiredLiterals?
        var run: [UInt8] = []
        func consider(_ candidate: RequiredLiterals?) {
            if let candidate, candidate.isBetter(than: best) { best = candidate }
        }
        func endRun() {
            if !run.isEmpty { consider(RequiredLiterals(literals: [.init(bytes: run, ignoringCase: ignoringCase)])) }
            run = []
        }
        // The atoms that consume characters, each as a piece with its quantifier applied.
        var pieces: [Piece] = []
        var atoms = 0
        anchors = (false, false)
        while let scalar = next, scalar != "|", scalar != ")" {
            let atom = try self.atom(ignoringCase: ignoringCase)
            let least = try quantifierMinimum()
            atoms += 1
            switch (atom, least) {
            case (.zeroWidth(let anchor), _):
                if anchor == .start && atoms == 1 { anchors.start = true }
                if anchor == .end && least == nil { anchors.end = true }
                continue
            case (.literal(let bytes, let screen), nil):
                run += bytes
                pieces.append(.character(screen))
            case (.literal(let bytes, let screen), let least?):
                endRun()
                if least > 0 { consider(RequiredLiterals(literals: [.init(bytes: bytes, ignoringCase: ignoringCase)])) }
                pieces.append(Piece(required: nil, first: screen, last: screen, canBeEmpty: least == 0))
            case (.other(var piece), let least):
                endRun()
                if (least ?? 1) > 0 { consider(piece.required) }
                if least == 0 { piece.canBeEmpty = true }
                pieces.append(piece)
            }
            anchors.end = false
        }
        endRun()
        return Piece(required: best, first: Self.edge(pieces, \.first), last: Self.edge(pieces.reversed(), \.last),
                     canBeEmpty: pieces.allSatisfy(\.canBeEmpty))
    }

    /// The characters the first of `pieces` to consume one may be: nil when any may, or when all may be empty.
    private static func edge(_ pieces: some Sequence<Piece>, _ side: KeyPath<Piece, CharacterScreen?>) -> CharacterScreen? {
        var found: [CharacterScreen?] = []
        for piece in pieces {
            found.append(piece[keyPath: side])
            if !piece.canBeEmpty { return CharacterScreen.union(found) }
        }
        return nil
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
        case "^": return .zeroWidth(.start)
        case "$": return .zeroWidth(.end)
        case ".": return .other(.character(nil))
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
            let lowered = ignoringCase ? LiteralScreen.lowered(byte) : byte
            let upper = ignoringCase && (0x61...0x7A).contains(lowered) ? lowered & ~0x20 : lowered
            return .literal([lowered], CharacterScreen(ascii: [lowered, upper]))
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return .literal(Array(String(scalar).utf8), CharacterScreen(scalars: [scalar]))
        default:
            return .other(.character(nil))
        }
    }

    mutating func escape() throws -> Atom {
        let scalar = try take()
        switch scalar {
        case "A": return .zeroWidth(.start)
        case "z", "Z": return .zeroWidth(.end)
        case "b", "B", "G": return .zeroWidth(nil)
        case "d", "s", "w", "p", "S", "D", "W", "P", "h", "H", "v", "V", "R", "X", "t", "n", "r", "f", "e", "a":
            return .other(.character(try classEscape(scalar)))
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
        let piece = try alternation(ignoringCase: ignoringCase)
        guard take(")") else { throw Unsupported() }
        return lookaround ? .zeroWidth(nil) : .other(piece)
    }

    /// `[…]`: one character of a set. A set of plain characters (`[·•|]`) requires one of them;
    /// ranges, classes (`\\s`, `\\p{L}`) and the rest tell only what a line may begin or end with;
    /// negations and nested sets tell nothing this reader reads.
    mutating func characterClass(ignoringCase: Bool) throws -> Atom {
        let negated = take("^")
        if next == "]" { throw Unsupported() }
        let start = position
        var literals: [RequiredLiterals.Literal]? = []
        var screens: [CharacterScreen?] = []
        var previous: Unicode.Scalar?
        var depth = 1
        func addLiteral(_ scalar: Unicode.Scalar, ignoringCase: Bool) {
            previous = scalar.isASCII ? scalar : nil
            guard case .literal(let bytes, let screen) = Self.literal(scalar, ignoringCase: ignoringCase) else {
                literals = nil
                screens.append(nil)
                return
            }
            literals?.append(.init(bytes: bytes, ignoringCase: ignoringCase))
            screens.append(screen)
        }
        while depth > 0 {
            let scalar = try take()
            switch scalar {
            case "-" where depth == 1 && (position - 1 == start || next == "]"):
                // First or last in the set, `-` is itself: there is no range for it to make.
                addLiteral(scalar, ignoringCase: false)
            case "-":
                literals = nil
                if depth == 1, let low = previous, let high = next, high.isASCII, !"\\[]".unicodeScalars.contains(high), low <= high {
                    position += 1
                    screens.append(Self.range(UInt8(low.value)...UInt8(high.value), ignoringCase: ignoringCase))
                } else {
                    screens.append(nil)
                }
                previous = nil
            case "[":
                depth += 1
                literals = nil
                screens.append(nil)
            case "]":
                depth -= 1
            case "\\":
                let escaped = try take()
                if escaped.isASCII, !escaped.properties.isAlphabetic, !("0"..."9").contains(escaped) {
                    addLiteral(escaped, ignoringCase: false)
                } else {
                    literals = nil
                    previous = nil
                    screens.append(try classEscape(escaped))
                }
            case "&", "{", "}", "$", ":", "^":
                literals = nil
                previous = nil
                screens.append(nil)
            default:
                addLiteral(scalar, ignoringCase: ignoringCase)
            }
        }
        guard !negated else { return .other(.character(nil)) }
        let required = literals.flatMap { $0.isEmpty ? nil : RequiredLiterals(literals: $0) }
        return .other(.character(CharacterScreen.union(screens), required: required))
    }

    /// The ASCII characters from `low` to `high`, in both cases when case is ignored.
    static func range(_ bytes: ClosedRange<UInt8>, ignoringCase: Bool) -> CharacterScreen {
        let letters = bytes.filter { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
        return CharacterScreen(ascii: Array(bytes) + (ignoringCase ? letters.map { $0 ^ 0x20 } : []))
    }

    /// The characters a class escape (`\\d`, `\\s`, `\\w`, `\\p{L}`) may match; nil when any may.
    mutating func classEscape(_ escaped: Unicode.Scalar) throws -> CharacterScreen? {
        let letters = Array(UInt8(0x41)...0x5A) + Array(UInt8(0x61)...0x7A)
        switch escaped {
        case "d": return CharacterScreen(ascii: Array(0x30...0x39), anyOther: true)
        case "s": return CharacterScreen(ascii: [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20], anyOther: true)
        case "w": return CharacterScreen(ascii: letters + Array(0x30...0x39) + [0x5F], anyOther: true)
        case "p", "P":
            var name = ""
            if take("{") {
                var scalar = try take()
                while scalar != "}" {
                    name.unicodeScalars.append(scalar)
                    scalar = try take()
                }
            } else {
                name.unicodeScalars.append(try take())
            }
            // Letters of either case: `\\p{Lu}` takes small letters too when case is ignored.
            return escaped == "p" && ["L", "Lu", "Ll", "Letter"].contains(name) ? CharacterScreen(ascii: letters, anyOther: true) : nil
        case "S", "D", "W", "h", "H", "v", "V", "R", "X", "t", "n", "r", "f", "e", "a": return nil
        default: throw Unsupported()
        }
    }
}
