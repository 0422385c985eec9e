import ArgumentParser
import Content
import Foundation
import Ingest

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Convert raw documents of content/sources/ into articles for review.",
        discussion: """
            Writes content/articles/<slug>.md for each FILE: front matter with the organizations, people, \
            events and quotes found, and the cleaned body. An existing article is kept unless --force. \
            (placard build converts unreviewed sources in memory; ingest is for editing them.)
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site root, holding content/.", valueName: "dir"))
    var source = "."

    @Flag(name: .long, help: "Overwrite existing articles.")
    var force = false

    @Flag(name: .long, help: "Print the articles instead of writing them.")
    var dryRun = false

    @Flag(name: .long, help: "Show, line by line, what was removed and why, and what was found.")
    var explain = false

    @Option(name: .long, help: ArgumentHelp("With --explain: text, or json (one object a line, for scripts).",
                                            valueName: "format"))
    var format: ExplainFormat = .text

    @Argument(help: ArgumentHelp("Raw documents under content/sources/ (.txt).", valueName: "file"))
    var files: [String]

    enum ExplainFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        if format == .json && !explain {
            throw ValidationError("--format json needs --explain")
        }
    }

    func run() async throws {
        let root = URL(fileURLWithPath: source).standardizedFileURL
        let site: Site
        do {
            site = try SiteLoader(root: root, displayRoot: source).load()
        } catch {
            Diagnostics.print(error.diagnostics)
            throw ExitCode(1)
        }
        var failed = false
        let requested = requestedSources(in: site, root: root, failed: &failed)
        // Conversions are independent: all cores convert, and the results are written in order.
        let ingester = Ingester(site: site)
        let outcomes = await parallelMap(requested.map(\.raw)) { ingester.convert($0) }
        for ((raw, reviewed), outcome) in zip(requested, outcomes) {
            if explain && format == .json {
                // Errors are in the JSON; stdout stays one object a line.
                print(Explanation.json(outcome, file: raw.location.file))
                continue
            }
            Diagnostics.print(outcome.diagnostics)
            if explain {
                print(Explanation.text(outcome, file: raw.location.file))
                continue
            }
            guard let article = outcome.article, let markdown = outcome.markdown else {
                failed = true
                continue
            }
            if dryRun {
                print(markdown, terminator: "")
                continue
            }
            guard let fileName = articleFile(for: article, reviewed: reviewed, in: site) else {
                failed = true
                continue
            }
            failed = !write(markdown, to: "content/articles/" + fileName, root: root) || failed
        }
        if failed { throw ExitCode(1) }
    }

    /// The raw documents named on the command line, each with the reviewed article that names it;
    /// files that are no source, or that a reviewed article names (unless converting is harmless
    /// or forced), are reported and left out.
    private func requestedSources(in site: Site, root: URL, failed: inout Bool) -> [(raw: RawSource, reviewed: Article?)] {
        let sources = root.appendingPathComponent("content/sources").path + "/"
        let byFile = Dictionary(site.sources.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        let reviewedBySource = Dictionary(site.articles.compactMap { article in article.source?.file.map { ($0, article) } },
                                          uniquingKeysWith: { first, _ in first })
        var requested: [(raw: RawSource, reviewed: Article?)] = []
        for file in files {
            let path = URL(fileURLWithPath: file).standardizedFileURL.path
            guard path.hasPrefix(sources), let raw = byFile["sources/" + path.dropFirst(sources.count)] else {
                let folder = (source == "." ? "" : source + "/") + "content/sources/"
                Diagnostics.print([.error(SourceLocation(file: file), "not a .txt file under \(folder)")])
                failed = true
                continue
            }
            let reviewed = reviewedBySource[raw.file]
            if let reviewed, !dryRun, !explain, !force {
                Diagnostics.print([.error(raw.location, "already reviewed as \(reviewed.location.file), whose "
                    + "source.file names it; edit that article, or pass --force to replace it")])
                failed = true
                continue
            }
            requested.append((raw, reviewed))
        }
        return requested
    }

    /// The file to write: the reviewed article that names this source (under --force), else one
    /// named by the slug. Nil, after saying why, when that would give two articles one slug.
    private func articleFile(for article: Article, reviewed: Article?, in site: Site) -> String? {
        if let reviewed { return (reviewed.location.file as NSString).lastPathComponent }
        if let taken = site.articles.first(where: { $0.slug == article.slug }),
           (taken.location.file as NSString).lastPathComponent != article.slug + ".md" {
            Diagnostics.print([.error(article.location, "slug '\(article.slug)' is taken by \(taken.location.file); "
                + "give this source another in its sidecar as 'slug: …'")])
            return nil
        }
        return article.slug + ".md"
    }

    private func write(_ markdown: String, to relative: String, root: URL) -> Bool {
        let url = root.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: url.path) && !force {
            Diagnostics.print([.error(SourceLocation(file: relative), "already exists; review it, or pass --force to overwrite it")])
            return false
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(markdown.utf8).write(to: url, options: .atomic)
            print("Wrote \(relative)")
            return true
        } catch {
            Diagnostics.print([.error(SourceLocation(file: relative), "cannot write: \(error.localizedDescription)")])
            return false
        }
    }
}
