import Foundation

/// A URL as content, the config or a theme writes it, read once: the one place that knows which
/// URLs leave the site, which name a page of it, and how to write them relative to a page so that
/// the output works at any path of any server. Site paths are folder paths from the site root:
/// `""` (home), `articles/`, `articles/x/`, `feed.xml`.
public enum SiteLink: Sendable, Hashable {
    /// Another place, written as is: a scheme (`https:`, `mailto:`, `tel:`, `sms:`) or a host (`//host/`).
    case external(String)
    /// A query or fragment of the page that writes it (`#donate`, `?q=x`), written as is.
    case samePage(String)
    /// A path from the site root (`/about/#team`: `about/` and `#team`).
    case fromRoot(path: String, suffix: String)
    /// A path from the folder of the page that writes it (`../x/`, `logo.png`).
    case fromPage(path: String, suffix: String)

    /// The reading of Markdown and HTML: a path is relative to its page unless it starts with `/`.
    public init(_ written: String) {
        if URLPolicy.isExternal(written) {
            self = .external(written)
            return
        }
        let (path, suffix) = Self.split(written)
        if path.isEmpty {
            self = .samePage(written)
        } else if path.hasPrefix("/") {
            self = .fromRoot(path: String(path.dropFirst()), suffix: suffix)
        } else {
            self = .fromPage(path: path, suffix: suffix)
        }
    }

    /// The reading of nav and call-to-action URLs in site.yaml: a path is a site path, with or
    /// without its leading `/`.
    public init(sitePath written: String) {
        let link = SiteLink(written)
        if case .fromPage(let path, let suffix) = link {
            self = .fromRoot(path: path, suffix: suffix)
        } else {
            self = link
        }
    }

    /// The site path it points at, when it is one (query and fragment left off).
    public var sitePath: String? {
        if case .fromRoot(let path, _) = self { return path }
        return nil
    }

    /// The shortest relative href from the page at site path `page`.
    public func href(from page: String) -> String {
        switch self {
        case .external(let written), .samePage(let written): written
        case .fromRoot(let path, let suffix): Self.relative(from: page, to: path) + suffix
        case .fromPage(let path, let suffix): path + suffix
        }
    }

    /// The file of the output it points at from the page file `pageFile` (`articles/x/index.html`),
    /// with its fragment; nil when it is external or climbs out of the output.
    public func target(fromFile pageFile: String) -> (file: String, fragment: String?)? {
        let path: String, suffix: String
        var folders = pageFile.split(separator: "/").dropLast().map(String.init)
        switch self {
        case .external: return nil
        case .samePage(let written): (path, suffix) = ("", written)
        case .fromRoot(let rootPath, let rest): (path, suffix, folders) = (rootPath.isEmpty ? "./" : rootPath, rest, [])
        case .fromPage(let pagePath, let rest): (path, suffix) = (pagePath, rest)
        }
        let fragment = suffix.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first
            .map(String.init)
        let decoded = path.removingPercentEncoding ?? path
        if decoded.isEmpty { return (pageFile, fragment) }
        for component in decoded.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case "", ".": continue
            case "..":
                guard !folders.isEmpty else { return nil }
                folders.removeLast()
            default: folders.append(String(component))
            }
        }
        var file = folders.joined(separator: "/")
        if decoded.hasSuffix("/") || decoded == "." || decoded == ".." || decoded.hasSuffix("/.") || decoded.hasSuffix("/..") {
            file += file.isEmpty ? "index.html" : "/index.html"
        }
        return (file, fragment)
    }

    /// How Markdown writes a link from the root on the page at `page`: up to the root and down
    /// again (`/x/y/` is `../../x/y/` two levels down); nil for any other kind of link.
    public func hrefThroughRoot(from page: String) -> String? {
        guard case .fromRoot(let path, let suffix) = self else { return nil }
        let href = Self.rootPrefix(from: page) + path + suffix
        return href.isEmpty ? "./" : href
    }

    /// The way up from a page to the site root: `""`, `"../"`, `"../../"`.
    public static func rootPrefix(from page: String) -> String {
        let depth = page.split(separator: "/", omittingEmptySubsequences: false).count - 1
        return String(repeating: "../", count: max(0, depth))
    }

    /// The shortest relative link from the page at `from` to the site path `to`:
    /// `articles/page/2/` → `articles/` is `../../`. Every page writes dozens, so it works on bytes.
    public static func relative(from: String, to: String) -> String {
        let (fromBytes, toBytes) = (Array(from.utf8), Array(to.utf8))
        let slash = UInt8(ascii: "/")
        // The folders both paths share: the longest common prefix that ends with a slash.
        let fromFolderEnd = (fromBytes.lastIndex(of: slash) ?? -1) + 1
        var shared = 0
        var position = 0
        while position < fromFolderEnd, position < toBytes.count, fromBytes[position] == toBytes[position] {
            if fromBytes[position] == slash { shared = position + 1 }
            position += 1
        }
        let up = fromBytes[shared..<fromFolderEnd].reduce(0) { $1 == slash ? $0 + 1 : $0 }
        let link = String(repeating: "../", count: up) + String(decoding: toBytes[shared...], as: UTF8.self)
        return link.isEmpty ? "./" : link
    }

    /// `about/?q=1#team` → (`about/`, `?q=1#team`).
    private static func split(_ written: String) -> (path: String, suffix: String) {
        guard let cut = written.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return (written, "") }
        return (String(written[..<cut]), String(written[cut...]))
    }
}
