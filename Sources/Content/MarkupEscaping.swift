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
        // Most text needs nothing: find out on the bytes, in place when the string has them
        // contiguous (reading through `String.UTF8View` byte by byte costs several times more).
        let plain = { (byte: UInt8) in
            byte >= 0x20 ? byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
                && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'") && (byte != 0xEF || flavor == .html)
                : flavor == .html || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
        if text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(plain) }) ?? text.utf8.allSatisfy(plain) { return text }
        // Runs of bytes that need nothing are copied whole; markup is mostly text between tags.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        if text.utf8.withContiguousStorageIfAvailable({ escape($0, into: &bytes, flavor: flavor) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { escape($0, into: &bytes, flavor: flavor) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func escape(_ input: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8], flavor: Flavor) {
        var (run, index) = (0, 0)
        while index < input.count {
            let byte = input[index]
            var replacement: StaticString?
            var length = 1
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = flavor == .html ? "&#39;" : "&apos;"
            case 0x09, 0x0A, 0x0D: break
            case ..<0x20 where flavor == .xml: replacement = ""
            case 0xEF where flavor == .xml && index + 2 < input.count && input[index + 1] == 0xBF
                && (input[index + 2] == 0xBE || input[index + 2] == 0xBF):
                (replacement, length) = ("", 3)    // U+FFFE, U+FFFF
            default: break
            }
            if let replacement {
                bytes.append(contentsOf: input[run..<index])
                bytes.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                index += length
                run = index
            } else {
                index += 1
            }
        }
        bytes.append(contentsOf: input[run..<index])
    }
}
