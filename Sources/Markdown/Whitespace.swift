extension String {
    /// Without leading and trailing whitespace and newlines: what Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` removes (Unicode's White_Space and the zero
    /// width space, scalar for scalar), without bridging to NSString, which made a quarter of a build.
    public var trimmedOfWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isFoundationWhitespace }),
              let last = scalars.lastIndex(where: { !$0.isFoundationWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// In Foundation's `whitespacesAndNewlines`.
    var isFoundationWhitespace: Bool {
        properties.isWhitespace || value == 0x200B
    }
}
