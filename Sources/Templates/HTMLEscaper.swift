import Mustache

/// Escapes text for HTML one Unicode scalar at a time.
///
/// swift-mustache's own escaper works per `Character`, so `"` followed by a combining mark
/// (one grapheme) passes unescaped and can break out of an attribute. This one cannot.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        escaped.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped.append(contentsOf: "&amp;".unicodeScalars)
            case "<": escaped.append(contentsOf: "&lt;".unicodeScalars)
            case ">": escaped.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": escaped.append(contentsOf: "&quot;".unicodeScalars)
            case "'": escaped.append(contentsOf: "&#39;".unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}

struct ScalarHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}

enum EscaperRegistration {
    /// Replaces the library's "HTML" content type; every template we load selects it by pragma.
    static let installed: Bool = {
        MustacheContentTypes.register(ScalarHTMLContentType(), named: contentTypeName)
        return true
    }()

    static let contentTypeName = "HTML"
    /// Put before every template's text, on its first line so that line numbers stay true.
    static let pragma = "{{% CONTENT_TYPE: \(contentTypeName)}}"
}
