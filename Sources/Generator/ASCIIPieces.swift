/// A text cut at ASCII bytes of one kind (separators), worked out on UTF-8 bytes. Such a byte
/// between two ASCII bytes is a `Character` of its own (a combining mark after it, or a prepended
/// one before it, would be neither), so it separates whatever surrounds it, and splitting each
/// piece by `Character` gives what splitting the whole text did. A piece of ASCII alone holds no
/// separator at all: only pieces with more than ASCII need splitting by `Character`.
enum ASCIIPieces {
    /// Calls `body` with each nonempty piece of `text` and whether it is all ASCII.
    static func forEach(in text: String, separatedBy isSeparator: (UInt8) -> Bool,
                        _ body: (_ piece: UnsafeBufferPointer<UInt8>, _ isASCII: Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0, hasNonASCII = false
            for (offset, byte) in bytes.enumerated() {
                if byte >= 0x80 {
                    hasNonASCII = true
                } else if isSeparator(byte), offset == 0 || bytes[offset - 1] < 0x80,
                          offset + 1 == bytes.count || bytes[offset + 1] < 0x80 {
                    if offset > start { body(UnsafeBufferPointer(rebasing: bytes[start..<offset]), !hasNonASCII) }
                    (start, hasNonASCII) = (offset + 1, false)
                }
            }
            if bytes.count > start { body(UnsafeBufferPointer(rebasing: bytes[start...]), !hasNonASCII) }
        }
    }
}
