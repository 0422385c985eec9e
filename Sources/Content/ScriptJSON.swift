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
        // A String, not a UnicodeScalarView: appending to the view copied the whole text each time
        // (a search index of 1,000 articles took seconds).
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
            json.append(contentsOf: (flag ? "true" : "false"))
        case let number as Int:
            json.append(contentsOf: String(number))
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
            json.append(contentsOf: "null")
        default:
            return false
        }
        return true
    }

    private static func writeString(_ text: String, into json: inout String) {
        json.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": json.append(contentsOf: "\\\"")
            case "\\": json.append(contentsOf: "\\\\")
            case "\u{8}": json.append(contentsOf: "\\b")
            case "\u{C}": json.append(contentsOf: "\\f")
            case "\n": json.append(contentsOf: "\\n")
            case "\r": json.append(contentsOf: "\\r")
            case "\t": json.append(contentsOf: "\\t")
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                json.append(contentsOf: unicodeEscape(scalar))
            case _ where scalar.value < 0x20:
                json.append(contentsOf: unicodeEscape(scalar))
            default:
                json.unicodeScalars.append(scalar)
            }
        }
        json.append("\"")
    }

    /// `\u003c`
    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
