/// Writes plain text as CommonMark that renders as the same text.
enum MarkdownEscaping {
    /// Characters that could start markup anywhere in a line.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "|", "#", "!"]

    static func escape(_ text: String) -> String {
        if let escaped = escapedByBytes(text) { return escaped }
        var escaped = ""
        for character in text {
            if inlineSpecials.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    private static let specialBytes: [Bool] = (0...255).map { byte in inlineSpecials.contains { $0.utf8.first == UInt8(byte) } }

    /// `escape`, byte by byte, where each special mark stands between ASCII bytes and so is a
    /// Character of its own (a combining accent after it, or a prepended mark before, would join it
    /// to another); nil otherwise.
    private static func escapedByBytes(_ text: String) -> String? {
        let utf8 = text.utf8
        var marks = 0
        var previous: UInt8 = 0
        var afterMark = false
        for byte in utf8 {
            if afterMark && byte >= 0x80 { return nil }
            afterMark = specialBytes[Int(byte)]
            if afterMark {
                if previous >= 0x80 { return nil }
                marks += 1
            }
            previous = byte
        }
        guard marks > 0 else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + marks)
        for byte in utf8 {
            if specialBytes[Int(byte)] { bytes.append(0x5C) }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Escapes what only means something at the start of a line: `-`, `+`, `=` and `1.` / `1)`.
    static func escapeLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "-+=".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9, let marker = line.dropFirst(digits.count).first, marker == "." || marker == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }
}
