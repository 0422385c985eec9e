import Foundation

/// Finds every href and src in the HTML files of a built site that does not resolve to a file
/// of the site (and, for `#fragment`s, to an id in it). Links to other hosts are not followed.
struct LinkChecker {
    let root: URL

    struct Broken: CustomStringConvertible {
        var page: String
        var link: String
        var description: String { "\(page): \(link)" }
    }

    func brokenLinks() throws -> [Broken] {
        var broken: [Broken] = []
        for page in files(in: root) where page.hasSuffix(".html") && page != "404.html" {
            let html = try read(root, page)
            for link in Self.attributes(in: html, named: ["href", "src"]) where Self.isInternal(link) {
                if !resolves(link, from: page) { broken.append(Broken(page: page, link: link)) }
            }
        }
        return broken
    }

    static func isInternal(_ link: String) -> Bool {
        !(link.contains("://") || link.hasPrefix("//") || link.hasPrefix("mailto:") || link.hasPrefix("tel:"))
    }

    func resolves(_ link: String, from page: String) -> Bool {
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        let base = root.appendingPathComponent(page).deletingLastPathComponent()
        var target = path.isEmpty ? root.appendingPathComponent(page) : URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
        guard target.path.hasPrefix(root.standardizedFileURL.path) else { return false }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return false }
        if isDirectory.boolValue {
            guard path.isEmpty || path.hasSuffix("/") else { return false }
            target.appendPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: target.path) else { return false }
        }
        guard let fragment, !fragment.isEmpty else { return true }
        guard let html = try? String(contentsOf: target, encoding: .utf8) else { return false }
        return Self.attributes(in: html, named: ["id"]).contains(fragment)
    }

    /// Values of double-quoted attributes, with the entities a link may hold decoded.
    static func attributes(in html: String, named names: Set<String>) -> [String] {
        var values: [String] = []
        let pattern = try! NSRegularExpression(pattern: #"\s([a-z]+)="([^"]*)""#)
        let range = NSRange(html.startIndex..., in: html)
        for match in pattern.matches(in: html, range: range) {
            guard let name = Range(match.range(at: 1), in: html), names.contains(String(html[name])),
                  let value = Range(match.range(at: 2), in: html) else { continue }
            values.append(html[value].replacingOccurrences(of: "&amp;", with: "&"))
        }
        return values
    }
}
