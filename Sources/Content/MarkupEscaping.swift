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
        // Most text needs nothing: find out on the bytes, by table, and only copy from the first
        // byte that needs something (reading through `String.UTF8View` byte by byte costs several times more).
        let table = flavor == .html ? htmlAttention : xmlAttention
        var text = text
        let escaped = text.withUTF8 { input -> String? in
            table.withUnsafeBufferPointer { table in
                guard let first = input.firstIndex(where: { table[Int($0)] }) else { return nil }
                // Runs of bytes that need nothing are copied whole; markup is mostly text between tags.
                var bytes: [UInt8] = []
                bytes.reserveCapacity(input.count + input.count / 8)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[..<first]))
                escape(UnsafeBufferPointer(rebasing: input[first...]), into: &bytes, flavor: flavor, table: table)
                return String(decoding: bytes, as: UTF8.self)
            }
        }
        return escaped ?? text
    }

    /// The bytes `escape` may change, by flavor: the markup characters, and for XML the control
    /// characters it cannot hold and 0xEF, which may begin U+FFFE or U+FFFF.
    private static let htmlAttention: [Bool] = (0...255).map { attention(UInt8($0), .html) }
    private static let xmlAttention: [Bool] = (0...255).map { attention(UInt8($0), .xml) }

    private static func attention(_ byte: UInt8, _ flavor: Flavor) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0x09, 0x0A, 0x0D: false
        case ..<0x20, 0xEF: flavor == .xml
        default: false
        }
    }

    private static func escape(_ input: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8], flavor: Flavor,
                               table: UnsafeBufferPointer<Bool>) {
        var (run, index) = (0, 0)
        while index < input.count {
            let byte = input[index]
            guard table[Int(byte)] else {
                index += 1
                continue
            }
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
