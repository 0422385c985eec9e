/// The one escaper for markup: HTML pages and XML feeds and sitemaps. It works on UTF-8 bytes, so
/// a `"` followed by a combining mark (one `Character`) is still escaped: the markup characters
/// are ASCII and never part of a longer sequence.
public enum MarkupEscaping {
    public enum Flavor: Sendable {
        /// `'` as `&#39;` (HTML 4 knows no `&apos;`).
        case html
        /// `'` as `&apos;`, and what XML 1.0 cannot hold at all dropped: control characters other
        /// than tab and line breaks, U+FFFE and U+FFFF.
        case xml
    }

    public static func escape(_ text: String, for flavor: Flavor = .html) -> String {
        // Most text needs nothing: find out on the bytes, which is fast.
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 ? byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
                && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'") && (byte != 0xEF || flavor == .html)
                : flavor == .html || byte == 0x09 || byte == 0x0A || byte == 0x0D
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
            case UInt8(ascii: "'"): bytes.append(contentsOf: flavor == .html ? "&#39;".utf8 : "&apos;".utf8)
            case 0x09, 0x0A, 0x0D: bytes.append(byte)
            case ..<0x20 where flavor == .xml: continue
            case 0xEF where flavor == .xml && (input.starts(with: [0xBF, 0xBE]) || input.starts(with: [0xBF, 0xBF])):
                input = input.dropFirst(2)    // U+FFFE, U+FFFF
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
