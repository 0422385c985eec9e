/// The characters a pattern's match may begin or end with: a line anchored pattern (`^…`, `…$`) is
/// tried only on a line whose first or last character is one of them.
struct CharacterScreen: Sendable, Equatable {
    /// ASCII characters, a bit each.
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// Other characters named in the pattern (punctuation: `•`, `’`).
    private var scalars: Set<UInt32> = []
    /// Whether any character outside ASCII may be one (`\d` and `\s` take Unicode's digits and spaces).
    private var anyOther = false

    init(ascii: [UInt8] = [], scalars: [Unicode.Scalar] = [], anyOther: Bool = false) {
        for byte in ascii { insert(byte) }
        self.scalars = Set(scalars.map(\.value))
        self.anyOther = anyOther
    }

    private mutating func insert(_ byte: UInt8) {
        if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
    }

    /// All the characters of `screens`; nil (any character) when one of them is nil or there are none.
    static func union(_ screens: [CharacterScreen?]) -> CharacterScreen? {
        guard !screens.isEmpty else { return nil }
        var union = CharacterScreen()
        for screen in screens {
            guard let screen else { return nil }
            union.low |= screen.low
            union.high |= screen.high
            union.scalars.formUnion(screen.scalars)
            union.anyOther = union.anyOther || screen.anyOther
        }
        return union
    }

    /// False only when no character of the screen matches `scalar`. A letter that changes when case
    /// is folded may match an ASCII one when case is ignored (`ſ` for `s`): it always may.
    func admits(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = UInt64(scalar.value)
            return value < 64 ? low & (1 << value) != 0 : high & (1 << (value - 64)) != 0
        }
        return anyOther || scalars.contains(scalar.value) || scalar.properties.changesWhenCaseFolded
    }
}
