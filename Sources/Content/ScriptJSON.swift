import Foundation

/// JSON to put inside a `<script>` element: keys sorted (byte-identical builds), and `<`, `>`,
/// `&`, U+2028 and U+2029 as escapes, so that no content can end the element, open an HTML
/// comment or break a JavaScript string. They occur only inside strings, where `\uXXXX` means the same.
///
/// Written directly rather than through `JSONSerialization`, which boxes every value and sorts
/// keys through `AnyHashable`: JSON-LD for every page made it a sixth of a build.
public enum ScriptJSON {
    /// nil when `object` holds something JSON cannot (content gives only strings, numbers and lists).
    public static func encode(_ object: Any) -> String? {
        var json = ""
        guard write(object, into: &json) else { return nil }
        return json
    }

    /// The JSON of a value: objects with their keys in order, strings escaped.
    private static func write(_ value: Any, into json: inout String) -> Bool {
        switch value {
        case let text as String:
            writeString(text, into: &json)
        case let flag as Bool:
            json += flag ? "true" : "false"
        case let number as Int:
            json += String(number)
        case let object as [String: Any]:
            json.append("{")
            for (position, key) in object.keys.sorted().enumerated() {
                if position > 0 { json.append(",") }
                writeString(key, into: &json)
                json.append(":")
                guard write(object[key]!, into: &json) else { return false }
            }
            json.append("}")
        case let list as [Any]:
            json.append("[")
            for (position, item) in list.enumerated() {
                if position > 0 { json.append(",") }
                guard write(item, into: &json) else { return false }
            }
            json.append("]")
        case is NSNull:
            json += "null"
        default:
            return false
        }
        return true
    }

    /// Copies runs of bytes that need nothing whole; what needs escaping is ASCII, or U+2028 and
    /// U+2029 (E2 80 A8, E2 80 A9), so every run ends on a scalar boundary.
    private static func writeString(_ text: String, into json: inout String) {
        json += "\""
        let utf8 = text.utf8
        var run = utf8.startIndex
        var index = run
        while index != utf8.endIndex {
            let byte = utf8[index]
            var escape: String?
            var length = 1
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x08: escape = "\\b"
            case 0x0C: escape = "\\f"
            case UInt8(ascii: "\n"): escape = "\\n"
            case UInt8(ascii: "\r"): escape = "\\r"
            case UInt8(ascii: "\t"): escape = "\\t"
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), ..<0x20:
                escape = unicodeEscape(Unicode.Scalar(byte))
            case 0xE2:
                let next = utf8.index(after: index)
                if next != utf8.endIndex, utf8[next] == 0x80 {
                    let last = utf8.index(after: next)
                    if last != utf8.endIndex, utf8[last] == 0xA8 || utf8[last] == 0xA9 {
                        escape = utf8[last] == 0xA8 ? "\\u2028" : "\\u2029"
                        length = 3
                    }
                }
            default: break
            }
            if let escape {
                json += text[run..<index]
                json += escape
                index = utf8.index(index, offsetBy: length)
                run = index
            } else {
                index = utf8.index(after: index)
            }
        }
        json += text[run..<index]
        json += "\""
    }

    /// `\u003c`
    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
