import Content
import Foundation
import Markdown

/// Every link in the HTML of an output folder, resolved against its files: what `placard check`
/// reports at its source, and what tests assert of any built site.
public struct OutputLinks: Sendable {
    /// A link that does not work: refused by the URL policy, leaving the folder, or pointing at a
    /// file or anchor that is not there.
    public struct Problem: Sendable, CustomStringConvertible {
        public let page: String
        public let link: String
        public let message: String
        public var description: String { "\(page): \(message)" }
    }

    /// The HTML files, relative to the folder, sorted.
    public let pages: [String]
    /// Files that some other page links to.
    public let linkedFiles: Set<String>
    public let problems: [Problem]

    /// `basePath` is the path the site is served under (`/campaign/`), from which the 404 page links.
    public init(output: URL, basePath: String = "/") {
        pages = SiteLoader.regularFiles(under: output).filter { $0.hasSuffix(".html") }
        var read: [String: HTMLLinks] = [:]
        for file in pages {
            if let data = FileManager.default.contents(atPath: output.appendingPathComponent(file).path) {
                read[file] = HTMLLinks(html: String(decoding: data, as: UTF8.self))
            }
        }
        var linked = Set<String>()
        var problems: [Problem] = []
        for file in pages {
            for link in read[file]?.links ?? [] {
                if let refused = URLPolicy.problem(with: link) {
                    problems.append(Problem(page: file, link: link, message: "link " + refused))
                    continue
                }
                guard !URLPolicy.isExternal(link) else { continue }
                let target = Self.resolve(link, from: file, basePath: basePath)
                if let target, target.file != file { linked.insert(target.file) }
                if let message = Self.problem(with: link, target: target, output: output, pages: read) {
                    problems.append(Problem(page: file, link: link, message: message))
                }
            }
        }
        linkedFiles = linked
        self.problems = problems
    }

    /// The output file a link of `page` points at, or nil when it leaves the output. Pages link
    /// relatively; only the 404 page, shown at any depth, links from the path the site is served under.
    static func resolve(_ link: String, from page: String, basePath: String) -> (file: String, fragment: String?)? {
        let parsed = SiteLink(link)
        guard case .fromRoot(let path, let suffix) = parsed else { return parsed.target(fromFile: page) }
        let base = String(basePath.dropFirst())
        guard page == SitePaths.notFound, path.hasPrefix(base) || path + "/" == base else { return nil }
        return SiteLink.fromRoot(path: String(path.dropFirst(min(base.count, path.count))), suffix: suffix)
            .target(fromFile: page)
    }

    private static func problem(with link: String, target: (file: String, fragment: String?)?, output: URL,
                                pages: [String: HTMLLinks]) -> String? {
        guard let target else { return "link '\(link)' leaves the site folder" }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output.appendingPathComponent(target.file).path,
                                                    isDirectory: &isDirectory)
        guard exists, !isDirectory.boolValue else {
            let kind = target.file.hasSuffix(".html") ? "page" : "file"
            return "link '\(link)' points to a \(kind) that does not exist (\(target.file))"
        }
        if let fragment = target.fragment, !fragment.isEmpty, target.file.hasSuffix(".html"),
           !(pages[target.file]?.ids.contains(fragment) ?? false) {
            return "link '\(link)' points to an anchor '#\(fragment)' that \(target.file) does not have"
        }
        return nil
    }
}
