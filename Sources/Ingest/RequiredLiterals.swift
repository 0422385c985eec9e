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
        guard let found = PatternReading(pattern: pattern, ignoringCase: ignoringCase)?.required else { return nil }
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

/// What a pattern's matches must hold, begin and end with, as far as its syntax tells.
struct PatternReading {
    var required: RequiredLiterals?
    /// The characters a match may begin with, when it begins at the text's start (`^…`).
    var firstOfText: CharacterScreen?
    /// The characters a match may end with, when it ends at the text's end (`…$`).
    var lastOfText: CharacterScreen?

    /// Nil for syntax the reader does not know.
    init?(pattern: String, ignoringCase: Bool) {
        var reader = PatternReader(scalars: Array(pattern.unicodeScalars))
        guard let (whole, anchors) = try? reader.pattern(ignoringCase: ignoringCase), reader.isAtEnd else { return nil }
        required = (whole.required?.shortest ?? 0) > 0 ? whole.required : nil
        firstOfText = anchors.start ? whole.first : nil
        lastOfText = anchors.end ? whole.last : nil
    }
}

/// What a piece of a pattern (an atom, a sequence, an alternation) matches.
struct Piece {
    var required: RequiredLiterals?
    /// The characters its match may begin and end with; nil for any.
    var first: CharacterScreen?
    var last: CharacterScreen?
    var canBeEmpty: Bool

    static func character(_ screen: CharacterScreen?, required: RequiredLiterals? = nil) -> Piece {
        Piece(required: required, first: screen, last: screen, canBeEmpty: false)
    }
}
