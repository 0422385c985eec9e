import Foundation

/// The links (`href`, `src`, form `action`), and ids of an HTML page, read with a small attribute scanner: the output is
/// Placard's own, double-quoted HTML.
struct HTMLLinks {
    var links: [String] = []
    var ids: Set<String> = []

    private static let attribute = try! NSRegularExpression(pattern: #"\s(href|src|action|id)="([^"]*)""#)

    init(html: String) {
        let range = NSRange(html.startIndex..., in: html)
        for match in Self.attribute.matches(in: html, range: range) {
            guard let nameRange = Range(match.range(at: 1), in: html),
                  let valueRange = Range(match.range(at: 2), in: html) else { continue }
            let value = Self.decode(String(html[valueRange]))
            if html[nameRange] == "id" { ids.insert(value) } else { links.append(value) }
        }
    }

    static func decode(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Links that leave the site: other hosts and other schemes.
    static func isExternal(_ link: String) -> Bool {
        link.hasPrefix("//") || link.range(of: #"^[a-zA-Z][a-zA-Z0-9+.-]*:"#, options: .regularExpression) != nil
    }
}
