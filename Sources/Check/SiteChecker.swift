import Generator
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
        let links = OutputLinks(output: output, basePath: prepared.site.config.basePath)
        var findings = links.problems.map { locate($0.message, link: $0.link, page: $0.page, record: records[$0.page]) }
        findings += orphans(links.pages, linkedTo: links.linkedFiles, records: records)
        findings += unmentionedEntries()
        findings += missingImages()
        findings += uncreditedSources()
        findings += ThemeHostScan(themeURL: prepared.themeURL, displayPath: prepared.theme.displayPath).findings()
        return findings
    }

    /// A broken link is the content's fault when its Markdown wrote it, else the template's.
    private func locate(_ message: String, link: String, page: String, record: PageRecord?) -> Diagnostic {
        guard let record else { return .error(SourceLocation(file: page), message) }
        // The page's Markdown wrote the link as it stands, or from the root, which rendering rewrote.
        if let source = record.source,
           let written = record.links.first(where: { written in
               written.destination == link || SiteLink(written.destination).hrefThroughRoot(from: page) == link
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

    /// Republished articles that name no address of the original: the page cannot link to it.
    private func uncreditedSources() -> [Diagnostic] {
        prepared.site.articles.compactMap { article in
            guard let source = article.source, source.isRepublished, source.url == nil, !source.offline else { return nil }
            let location = source.location ?? SourceLocation(file: article.location.file)
            let fix = switch (source.file != nil, location.file.hasSuffix(".txt")) {
            case (true, true): "give it in a sidecar, \(location.file.dropLast(4)).yaml, as 'url: https://…'"
            case (true, false): "add 'url: https://…' to this sidecar"
            default: "add 'url: https://…' to its 'source'"
            }
            return .warning(location, "article '\(article.slug)' comes from a source with no url, so its page cannot "
                + "link to the original; \(fix) (or 'offline: true' when it has none)")
        }
    }

    /// Share-card images (an article's, the site's) that are not files of the site, or URLs of
    /// images that platforms do not show (a file of the site becomes a PNG or JPEG card).
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
            if URLPolicy.isExternal(image), !ShareCardImage.isShown(image) {
                return .warning(location, "image '\(image)' is no share card: platforms show PNG, JPEG, GIF or WebP, never SVG")
            }
            return nil
        }
    }
}
