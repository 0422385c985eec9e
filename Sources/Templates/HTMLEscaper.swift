import Content
import Mustache

/// swift-mustache's own escaper works per `Character`, so `"` followed by a combining mark (one
/// grapheme) passes unescaped and can break out of an attribute; ours works on bytes.
struct ScalarHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkupEscaping.escape(text) }
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
