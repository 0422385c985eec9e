/// Reading a text's UTF-8 directly: most of a text is ASCII, which needs no look-up.
enum UTF8Bytes {
    /// The scalar whose UTF-8 starts at `position` (valid UTF-8, as a String's), and its length in bytes.
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[position]
        guard lead >= 0x80 else { return (UInt32(lead), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
        return (value, length)
    }
}

extension String {
    /// Whether the text's bytes hold one of `characters`' (a text without them holds none of these Characters).
    func holdsBytes(ofAny characters: [UInt8], _ sequences: [[UInt8]] = []) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            for position in bytes.indices {
                let byte = bytes[position]
                if characters.contains(byte) { return true }
                guard byte >= 0x80 else { continue }
                for sequence in sequences where sequence[0] == byte && sequence.count <= bytes.count - position
                    && sequence.indices.allSatisfy({ bytes[position + $0] == sequence[$0] }) {
                    return true
                }
            }
            return false
        }
    }
}
