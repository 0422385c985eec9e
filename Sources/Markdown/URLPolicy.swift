/// The one rule for every URL that reaches a page: Markdown links and images, registry and
/// site.yaml URLs, and (in `placard check`) whatever the theme writes.
///
/// A URL is read the way a browser reads it (WHATWG URL parsing): C0 control characters and
/// spaces at the start are skipped, and tabs and line breaks anywhere are removed, so
/// `" java\tscript:"` is `javascript:`. Then its scheme, compared without case, must be one of
/// `schemes`; a URL without one (`about/`, `/x`, `#part`, `?q`, `//host/`) is relative and allowed.
public enum URLPolicy {
    public static let schemes: Set<String> = ["http", "https", "mailto", "tel", "sms"]

    /// Why a refused URL is refused, for messages.
    public static let rule = "only http, https, mailto, tel, sms and relative URLs are allowed"

    public static func allows(_ url: String) -> Bool {
        scheme(of: url).map(schemes.contains) ?? true
    }

    /// `'javascript:x' is refused: only …`, or nil when the URL is allowed.
    public static func problem(with url: String) -> String? {
        allows(url) ? nil : "'\(visible(url))' is refused: \(rule)"
    }

    /// Whether `url` is not a path of the site: it has a scheme (`https:`, `mailto:`) or a host (`//host/`).
    public static func isExternal(_ url: String) -> Bool {
        scheme(of: url) != nil || url.hasPrefix("//")
    }

    /// The scheme a browser finds in `url`, lowercased; nil when it has none (a relative URL).
    public static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars.drop(while: { $0.value <= 0x20 })
        where scalar != "\t" && scalar != "\n" && scalar != "\r" {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isLater = ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            // Anything else before the first ':' means there is no scheme at all.
            guard isLetter || (!scheme.isEmpty && isLater) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// `url` with control characters written as escapes, so that a message stays on one line.
    public static func visible(_ url: String) -> String {
        var text = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case "\t": text += "\\t"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                text += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}
