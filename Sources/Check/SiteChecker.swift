import Build
import Content
import Foundation
import Markdown

/// Checks a built site against the content it came from; every finding points at its source.
public struct SiteChecker: Sendable {
    let prepared: PreparedSite
    let output: URL

    public init(prepared: PreparedSite, output: URL) {
        self.prepared = prepared
        self.output = output
    }

    public func check() -> [Diagnostic] {
        let records = Dictionary(prepared.pages.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let htmlFiles = SiteLoader.regularFiles(under: output).filter { $0.hasSuffix(".html") }
        var pages: [String: HTMLLinks] = [:]
        for file in htmlFiles {
            if let data = FileManager.default.contents(atPath: output.appendingPathComponent(file).path) {
                pages[file] = HTMLLinks(html: String(decoding: data, as: UTF8.self))
            }
        }
        var findings: [Diagnostic] = []
        var linkedTo = Set<String>()
        for file in htmlFiles {
            guard let page = pages[file] else { continue }
            for link in page.links {
                if let refused = URLPolicy.problem(with: link) {
                    findings.append(locate("link " + refused, link: link, page: file, record: records[file]))
                    continue
                }
                guard !URLPolicy.isExternal(link) else { continue }
                // 404.html is shown at any depth; its links are written from the site root.
                let target = file == SitePaths.notFound ? resolveFromRoot(link) : resolve(link, from: file)
                if let target, target.file != file { linkedTo.insert(target.file) }
                if let problem = problem(with: link, target: target, pages: pages) {
                    findings.append(locate(problem, link: link, page: file, record: records[file]))
                }
            }
        }
        findings += orphans(htmlFiles, linkedTo: linkedTo, records: records)
        findings += unmentionedEntries()
        findings += missingImages()
        findings += ThemeHostScan(themeURL: prepared.themeURL, displayPath: prepared.theme.displayPath).findings()
        return findings
    }

    struct Target {
        var file: String
        var fragment: String?
    }

    /// The output file a relative link from `page` points at, or nil when it leaves the output.
    func resolve(_ link: String, from page: String) -> Target? {
        let (path, fragment) = split(link)
        var parts = page.split(separator: "/").dropLast().map(String.init)
        if path.isEmpty { return Target(file: page, fragment: fragment) }
        if path.hasPrefix("/") { return nil }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case "", ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        var file = parts.joined(separator: "/")
        if path.hasSuffix("/") || path == "." || path == ".." || path.hasSuffix("/.") {
            file += file.isEmpty ? "index.html" : "/index.html"
        }
        return Target(file: file, fragment: fragment)
    }

    private func resolveFromRoot(_ link: String) -> Target? {
        let (path, fragment) = split(link)
        guard path.hasPrefix("/") else { return resolve(link, from: SitePaths.notFound) }
        // Site-absolute links of the 404 page start with the path the site is served under.
        let base = prepared.site.config.basePath
        guard path.hasPrefix(base) || path + "/" == base else { return nil }
        let relative = String(path.dropFirst(min(base.count, path.count)))
        return resolve(relative.isEmpty ? "./" : relative + (fragment.map { "#" + $0 } ?? ""), from: "index.html")
            ?? Target(file: "index.html", fragment: fragment)
    }

    private func split(_ link: String) -> (String, String?) {
        let withoutQuery = link.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let parts = withoutQuery.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        return (path, parts.count > 1 ? String(parts[1]) : nil)
    }

    private func problem(with link: String, target: Target?, pages: [String: HTMLLinks]) -> String? {
        guard let target else { return "link '\(link)' leaves the site folder" }
        let exists = FileManager.default.fileExists(atPath: output.appendingPathComponent(target.file).path)
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: output.appendingPathComponent(target.file).path, isDirectory: &isDirectory)
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

    /// A broken link is the content's fault when its Markdown wrote it, else the template's.
    private func locate(_ message: String, link: String, page: String, record: PageRecord?) -> Diagnostic {
        guard let record else { return .error(SourceLocation(file: page), message) }
        let depthPrefix = SitePaths.rootPrefix(from: page)
        if let source = record.source,
           let written = record.links.first(where: { written in
               written.destination == link
                   || (written.destination.hasPrefix("/") && depthPrefix + written.destination.dropFirst() == link)
           }) {
            return .error(SourceLocation(file: source.file, line: written.line, column: written.column),
                          message + " (on \(page))")
        }
        return .error(SourceLocation(file: record.template), message + " (on \(page))")
    }

    /// Pages no other page links to: readers cannot find them.
    private func orphans(_ files: [String], linkedTo: Set<String>, records: [String: PageRecord]) -> [Diagnostic] {
        files.filter { $0 != "index.html" && $0 != SitePaths.notFound && !linkedTo.contains($0) }.map { file in
            let location = records[file]?.source ?? SourceLocation(file: records[file]?.template ?? file)
            return .warning(location, "no page links to \(file)")
        }
    }

    /// Registry entries that no article mentions and no other entry names.
    private func unmentionedEntries() -> [Diagnostic] {
        let site = prepared.site
        let index = SiteIndex(site)
        let namedOrganizations = Set(site.people.compactMap(\.organization) + site.events.flatMap(\.organizations))
        var findings: [Diagnostic] = []
        for organization in site.organizations
        where index.articlesByOrganization[organization.id] == nil && !namedOrganizations.contains(organization.id) {
            findings.append(.warning(organization.location, "organization '\(organization.id)' is mentioned by no article"))
        }
        for person in site.people where index.articlesByPerson[person.id] == nil {
            findings.append(.warning(person.location, "person '\(person.id)' is mentioned by no article"))
        }
        for event in site.events where index.articlesByEvent[event.id] == nil {
            findings.append(.warning(event.location, "event '\(event.id)' is mentioned by no article"))
        }
        return findings
    }

    /// Share-card images (an article's, the site's) that are not files of the site, or that
    /// platforms do not show.
    private func missingImages() -> [Diagnostic] {
        let assets = Set(prepared.site.assets.map(\.path))
        let config = prepared.site.config
        let named = prepared.site.articles.map { ($0.image, SourceLocation(file: $0.location.file)) }
            + [(config.image, config.imageLocation ?? SourceLocation(file: "content/site.yaml"))]
        return named.compactMap { image, location in
            guard let image else { return nil }
            if !URLPolicy.isExternal(image), !assets.contains(SiteLoader.assetPath(image)) {
                return .error(location, "image '\(image)' is not a file under content/assets/")
            }
            if !ShareCardImage.isShown(image) {
                return .warning(location, "image '\(image)' is no share card: platforms show PNG, JPEG, GIF or WebP, never SVG")
            }
            return nil
        }
    }
}
