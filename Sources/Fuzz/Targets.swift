import Content
import Foundation
import Ingest
import Markdown

/// The code an input goes through, in this process: the site loader (site.yaml, registries,
/// front matter, sidecars), the converter of raw documents and the Markdown renderer. A crash
/// ends the run; a promise of the renderer broken (a script in safe output) is reported.
struct Targets {
    /// The registries of each corpus site; nil for a site that does not load.
    let ingesters: [Ingester?]

    init(corpus: Corpus) {
        ingesters = corpus.siteRoots.map { root in (try? SiteLoader(root: root).load()).map(Ingester.init) }
    }

    /// What went wrong short of a crash, if anything.
    func run(_ input: FuzzInput, savedIn folder: URL) -> String? {
        switch input {
        case .markdown(let bytes, let unsafeHTML):
            return render(String(decoding: bytes, as: UTF8.self), unsafeHTML: unsafeHTML)
        case .source(let bytes, let site, let dated):
            guard let ingester = ingesters[site] ?? ingesters.compactMap({ $0 }).first else { return nil }
            let source = RawSource(file: "sources/input.txt", text: String(decoding: bytes, as: UTF8.self),
                                   sidecar: dated ? SourceSidecar(date: Day(iso: "2021-05-19")) : nil,
                                   location: SourceLocation(file: "content/sources/input.txt"))
            return convert(source, with: ingester)
        case .site:
            return load(folder.appendingPathComponent("site"))
        }
    }

    private func load(_ root: URL) -> String? {
        guard let site = try? SiteLoader(root: root).load() else { return nil }
        let ingester = Ingester(site: site)
        let reviewed = Set(site.articles.compactMap(\.source?.file))
        for source in site.sources where !reviewed.contains(source.file) {
            if let problem = convert(source, with: ingester) { return problem }
        }
        let texts = site.articles.map(\.body) + site.pages.map(\.body) + site.organizations.compactMap(\.description)
            + site.events.compactMap(\.description)
        return texts.lazy.compactMap { render($0, unsafeHTML: site.config.unsafeHTML) }.first
    }

    private func convert(_ source: RawSource, with ingester: Ingester) -> String? {
        let outcome = ingester.convert(source)
        _ = Explanation.text(outcome, file: source.location.file)
        return outcome.markdown.flatMap { render($0, unsafeHTML: false) }
    }

    private func render(_ markdown: String, unsafeHTML: Bool) -> String? {
        let html = MarkdownDocument(markdown, options: RenderOptions(unsafeHTML: unsafeHTML, pagePath: "articles/fuzz/")).html
        _ = MarkdownDocument.plainText(markdown)
        guard !unsafeHTML, let match = Self.unsafeMarkup.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)),
              let range = Range(match.range, in: html) else { return nil }
        return "safe HTML holds '\(html[range])'"
    }

    /// Raw tags that run scripts, and links or sources that are scripts.
    private static let unsafeMarkup = try! NSRegularExpression(
        pattern: #"<(script|iframe|object|embed|svg|img[^>]*\son\w+\s*=)|\s(href|src)\s*=\s*["']?\s*(javascript|vbscript|file):"#,
        options: [.caseInsensitive])
}
