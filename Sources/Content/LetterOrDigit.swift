extension Character {
    /// `isLetter || isNumber`, told without Unicode's tables for ASCII, most of any text.
    public var isLetterOrDigit: Bool {
        guard let ascii = asciiValue else { return isLetter || isNumber }
        return (0x30...0x39).contains(ascii) || (0x61...0x7A).contains(ascii | 0x20)
    }
}
