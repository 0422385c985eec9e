import Foundation

/// JSON to put inside a `<script>` element: keys sorted (byte-identical builds), and `<`, `>`,
/// `&`, U+2028 and U+2029 as escapes, so that no content can end the element, open an HTML
/// comment or break a JavaScript string. They occur only inside strings, where `\uXXXX` means the same.
public enum ScriptJSON {
    /// nil when `object` holds something JSON cannot (content gives only strings, numbers and lists).
    public static func encode(_ object: Any) -> String? {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return nil }
        return escape(String(decoding: data, as: UTF8.self))
    }

    public static func escape(_ json: String) -> String {
        var safe = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": safe.append(contentsOf: "\\u003c".unicodeScalars)
            case ">": safe.append(contentsOf: "\\u003e".unicodeScalars)
            case "&": safe.append(contentsOf: "\\u0026".unicodeScalars)
            case "\u{2028}": safe.append(contentsOf: "\\u2028".unicodeScalars)
            case "\u{2029}": safe.append(contentsOf: "\\u2029".unicodeScalars)
            default: safe.append(scalar)
            }
        }
        return String(safe)
    }
}
