import Foundation

/// The links (`href`, `src`, `srcset`, `action`, `formaction`) and ids of an HTML page, read from its tags
/// with a small scanner that takes attribute values as a browser does: double-, single- or
/// unquoted, with character references decoded. It finds what a theme hard-codes, too.
struct HTMLLinks {
    var links: [String] = []
    var ids: Set<String> = []

    /// A start tag; quoted values may hold `>`.
    private static let tag = try! NSRegularExpression(pattern: #"<[a-zA-Z][^\s/>]*((?:"[^"]*"|'[^']*'|[^"'>])*)>"#)
    private static let attribute = try! NSRegularExpression(
        pattern: #"([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?"#)
    private static let linkAttributes: Set = ["href", "src", "action", "formaction"]

    init(html: String) {
        let text = html as NSString
        for tag in Self.tag.matches(in: html, range: NSRange(location: 0, length: text.length)) {
            for attribute in Self.attribute.matches(in: html, range: tag.range(at: 1)) {
                let name = text.substring(with: attribute.range(at: 1)).lowercased()
                guard name == "id" || name == "srcset" || Self.linkAttributes.contains(name),
                      let valueRange = (2...4).map(attribute.range(at:)).first(where: { $0.location != NSNotFound })
                else { continue }
                let value = Self.decode(text.substring(with: valueRange))
                if name == "id" {
                    ids.insert(value)
                } else if name == "srcset" {
                    links += Self.candidates(value)
                } else {
                    links.append(value)
                }
            }
        }
    }

    /// The URLs of a `srcset` (`a.webp 480w, b.webp 800w`): each candidate's first word.
    static func candidates(_ srcset: String) -> [String] {
        srcset.split(separator: ",").compactMap { $0.split(whereSeparator: \.isWhitespace).first.map(String.init) }
    }

    private static let reference = try! NSRegularExpression(pattern: "&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,8});?|([a-zA-Z]+);)")
    /// Named references that matter in URLs; any other stays as written.
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "Tab": "\t", "NewLine": "\n",
        "sol": "/", "num": "#", "quest": "?", "period": ".", "lpar": "(", "rpar": ")", "excl": "!", "nbsp": "\u{A0}",
    ]

    /// The text a browser reads from an attribute value: `&amp;#106;` is `&#106;`, `&#106;` is `j`.
    static func decode(_ value: String) -> String {
        guard value.contains("&") else { return value }
        let text = value as NSString
        var decoded = ""
        var end = 0
        for match in reference.matches(in: value, range: NSRange(location: 0, length: text.length)) {
            let replacement: String
            if let name = Range(match.range(at: 3), in: value).map({ String(value[$0]) }) {
                guard let known = named[name] else { continue }
                replacement = known
            } else {
                let hex = match.range(at: 1).location != NSNotFound
                let digits = text.substring(with: match.range(at: hex ? 1 : 2))
                let scalar = UInt32(digits, radix: hex ? 16 : 10).flatMap(Unicode.Scalar.init)
                replacement = String(scalar.flatMap { $0.value == 0 ? nil : Character($0) } ?? "\u{FFFD}")
            }
            decoded += text.substring(with: NSRange(location: end, length: match.range.location - end)) + replacement
            end = match.range.location + match.range.length
        }
        return decoded + text.substring(from: end)
    }
}
