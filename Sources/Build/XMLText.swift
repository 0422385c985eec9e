import Content

/// Text made safe for XML 1.0 content and attributes.
enum XMLText {
    /// Escapes markup characters and drops what XML 1.0 cannot hold at all (control characters
    /// other than tab and line breaks, U+FFFE, U+FFFF), so that any title survives.
    static func escape(_ text: String) -> String {
        // Most text needs nothing: find out on the bytes, which is fast.
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 ? byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
                && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'") && byte != 0xEF
                : byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
        if plain { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var input = Array(text.utf8)[...]
        while let byte = input.popFirst() {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&apos;".utf8)
            case 0x09, 0x0A, 0x0D: bytes.append(byte)
            case ..<0x20: continue
            case 0xEF where input.starts(with: [0xBF, 0xBE]) || input.starts(with: [0xBF, 0xBF]):
                input = input.dropFirst(2)    // U+FFFE, U+FFFF
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A day as an RFC 3339 timestamp at midnight UTC: content has days, not times.
    static func timestamp(_ day: Day) -> String { "\(day.iso)T00:00:00Z" }
}
