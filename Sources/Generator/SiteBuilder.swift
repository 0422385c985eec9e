import Content
import Foundation
import Ingest
import Markdown
import Templates

/// What to build, and where.
public struct BuildOptions: Sendable {
    /// The site root, holding `content/` and (usually) `templates/`.
    public var sourceRoot: URL
    /// The site root as the user wrote it, for messages.
    public var sourceDisplay: String
    public var output: URL
    public var outputDisplay: String
    /// Theme folder; `<source>/templates` unless given.
    public var templates: URL?
    public var includeDrafts: Bool
    public var version: String
    /// Kept between builds by a long-running process; nil for one-off builds.
    public var cache: BuildCache?
    /// Warnings fail the build, before anything is written.
    public var strict = false
    /// "Today" for what is upcoming or past; `SOURCE_DATE_EPOCH` makes it reproducible.
    public var referenceDay = Day.buildReference()
    /// Told when the build has to wait for another one writing the same output folder.
    public var onWait: (@Sendable (String) -> Void)?
    /// Up to this many articles, each one's HTML is made once and kept for its page and its feeds;
    /// beyond, it is made again for each (the same bytes), so that 100,000 articles fit in 2 GiB.
    var articlesWithHTMLKept = 20_000

    public init(sourceRoot: URL, sourceDisplay: String = ".", output: URL, outputDisplay: String = "public",
                templates: URL? = nil, includeDrafts: Bool = false, version: String = PlacardVersion.current) {
        self.sourceRoot = sourceRoot
        self.sourceDisplay = sourceDisplay
        self.output = output
        self.outputDisplay = outputDisplay
        self.templates = templates
        self.includeDrafts = includeDrafts
        self.version = version
        self.cache = nil
    }
}

public enum PlacardVersion {
    public static let current = "0.1.0"
}

/// A site loaded and planned: what `check` maps its findings back through.
public struct PreparedSite: Sendable {
    public let rendered: RenderedSite
    public var site: Site { rendered.site }
    let contexts: PageContexts
    public let theme: Theme
    public let themeURL: URL
    let planned: [PlannedPage]
    /// The images pages show, and the sizes to write of them.
    let images: ImagePlan

    /// Every page the build writes, with the content it comes from.
    public var pages: [PageRecord] {
        planned.map { page in
            PageRecord(file: SitePaths.file(for: page.path), template: theme.displayPath + "/" + page.template + ".mustache",
                       source: page.source, links: page.links)
        }
    }
}

/// A page of the output and where it comes from.
public struct PageRecord: Sendable {
    /// Path in the output folder (`articles/x/index.html`).
    public let file: String
    /// The template file that laid it out.
    public let template: String
    /// The content it shows: an article, page or registry entry (nil for indexes).
    public let source: SourceLocation?
    /// Links written in its Markdown, with their lines in `source`'s file.
    public let links: [Link]
}

/// What a build did.
public struct BuildReport: Sendable {
    public var pages: Int
    public var files: Int
    public var seconds: Double
    public var warnings: [Diagnostic]
    /// What was built, for `check` to read without loading it again.
    public var prepared: PreparedSite
}

/// content/ + templates/ → a complete output folder, or the previous one untouched.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions) async throws(DiagnosticList) -> BuildReport {
        let started = ContinuousClock.now
        let output = try checkedOutput(options)
        let lock = try await lockOutput(output, options)
        defer { withExtendedLifetime(lock) {} }
        options.cache?.beginBuild()
        let prepared = try await prepare(options)
        try refuseWarningsIfStrict(prepared, options)
        let (site, theme, planned) = (prepared.site, prepared.theme, prepared.planned)
        let (contexts, cache) = (prepared.contexts, options.cache)
        let render = { @Sendable (page: PlannedPage) -> Result<Data, Diagnostic> in
            do throws(Diagnostic) {
                let context = page.context(contexts)
                let render = { () throws(Diagnostic) -> Data in Data(try theme.render(page.template, context).utf8) }
                guard let cache else { return .success(try render()) }
                let key = BuildCache.PageKey(theme: theme.signature, template: page.template, context: context)
                return .success(try cache.page(key, render: render))
            } catch {
                return .failure(error)
            }
        }

        let generated = await GeneratedFiles.all(prepared.rendered, pages: planned.map(\.path))
        let generatedPaths = Set(generated.map(\.path))
        let pagePaths = Set(planned.map { SitePaths.file(for: $0.path) })
        let images = try await ImageFiles.files(prepared.images, previousOutput: output.url)
        let others = otherFiles(prepared, options: options, images: images, generated: generated, pagePaths: pagePaths)

        let staged: StagedOutput
        do {
            staged = try StagedOutput(output, paths: pagePaths.union(others.keys))
        } catch {
            throw DiagnosticList([.error(SourceLocation(file: options.outputDisplay), "cannot write the output: \(error)")])
        }
        // Pages are rendered and written a batch at a time, so memory holds one batch of them.
        var failures: [Diagnostic] = []
        do {
            // Of pages with one path, the last is written, as with every other file.
            let last = Dictionary(planned.indices.map { (SitePaths.file(for: planned[$0].path), $0) },
                                  uniquingKeysWith: { _, later in later })
            for start in stride(from: 0, to: planned.count, by: Self.pagesPerBatch) {
                let batch = Array(planned[start..<min(start + Self.pagesPerBatch, planned.count)])
                var files: [(path: String, file: StagedOutput.File)] = []
                for (offset, (page, result)) in zip(batch, await parallelMap(batch, render)).enumerated() {
                    switch result {
                    case .success(let data):
                        let path = SitePaths.file(for: page.path)
                        if !generatedPaths.contains(path), last[path] == start + offset { files.append((path, .data(data))) }
                    case .failure(let error): failures.append(error)
                    }
                }
                if failures.isEmpty { try await staged.write(files) }
            }
            if failures.isEmpty {
                try await staged.write(others.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
                try staged.swapIn()
                options.cache?.finishBuild()
            }
        } catch {
            staged.abandon()
            throw DiagnosticList([.error(SourceLocation(file: options.outputDisplay), "cannot write the output: \(error)")])
        }
        if !failures.isEmpty {
            staged.abandon()
            throw DiagnosticList(Array(Set(failures)).sorted { $0.description < $1.description })
        }
        let fileCount = pagePaths.union(others.keys).count
        let elapsed = ContinuousClock.now - started
        return BuildReport(pages: planned.count, files: fileCount,
                           seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                           warnings: site.warnings, prepared: prepared)
    }

    /// What is written besides pages: theme static files, assets, image derivatives and generated
    /// files, by path. Later kinds win (content over theme, generated over pages), so paths that a
    /// page takes are left out.
    static func otherFiles(_ prepared: PreparedSite, options: BuildOptions, images: [(path: String, file: StagedOutput.File)],
                           generated: [GeneratedFile], pagePaths: Set<String>) -> [String: StagedOutput.File] {
        var others: [String: StagedOutput.File] = [:]
        for file in copiedFiles(prepared, options) { others[file.path] = file.file }
        for image in images { others[image.path] = image.file }
        for path in pagePaths { others[path] = nil }
        for file in generated { others[file.path] = .data(file.data) }
        return others
    }

    /// Writes every file into a new folder, then swaps it in whole.
    static func write(_ files: [String: StagedOutput.File], to output: OutputFolder) async throws {
        let staged = try StagedOutput(output, paths: files.keys)
        do {
            try await staged.write(files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            try staged.swapIn()
        } catch {
            staged.abandon()
            throw error
        }
    }

    /// Waits for, then holds, the lock of the output folder.
    static func lockOutput(_ output: OutputFolder, _ options: BuildOptions) async throws(DiagnosticList) -> OutputLock {
        do {
            try FileManager.default.createDirectory(at: output.url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            return try await OutputLock.acquire(output.lockFile, onWait: options.onWait)
        } catch {
            throw DiagnosticList([.error(SourceLocation(file: options.outputDisplay), "cannot write the output: \(error)")])
        }
    }

    /// With `--strict`, warnings fail the build as errors.
    static func refuseWarningsIfStrict(_ prepared: PreparedSite, _ options: BuildOptions) throws(DiagnosticList) {
        guard options.strict, prepared.site.warnings.contains(where: { $0.severity == .warning }) else { return }
        throw DiagnosticList(prepared.site.warnings.map { warning in
            var promoted = warning
            if promoted.severity == .warning { promoted.severity = .error }
            return promoted
        })
    }

    /// The theme's static files, then the content's assets (which win over them): copied as they are.
    static func copiedFiles(_ prepared: PreparedSite, _ options: BuildOptions) -> [(path: String, file: StagedOutput.File)] {
        let theme = prepared.themeURL.appendingPathComponent("static")
        let content = options.sourceRoot.appendingPathComponent("content")
        return prepared.theme.staticFiles.map { ($0, .copy(theme.appendingPathComponent($0))) }
            + prepared.site.assets.map { ($0.path, .copy(content.appendingPathComponent($0.path))) }
    }

    /// Refuses, as a usage error, an output folder whose replacement could lose what Placard did not write.
    public static func checkOutput(_ options: BuildOptions) throws(DiagnosticList) {
        _ = try checkedOutput(options)
    }

    static func checkedOutput(_ options: BuildOptions) throws(DiagnosticList) -> OutputFolder {
        do {
            return try OutputFolder.checked(options.output, displayPath: options.outputDisplay,
                                            siteRoot: options.sourceRoot, templates: options.templates)
        } catch {
            throw DiagnosticList([error], isUsageError: true)
        }
    }

    /// Loads content and theme and plans every page, without rendering or writing anything.
    public static func prepare(_ options: BuildOptions) async throws(DiagnosticList) -> PreparedSite {
        var site = try SiteLoader(root: options.sourceRoot, displayRoot: options.sourceDisplay, cache: options.cache?.content).load()
        try await convertSources(&site, cache: options.cache)
        if !options.includeDrafts {
            site.articles.removeAll(where: \.draft)
            site.pages.removeAll(where: \.draft)
        }
        let themeURL = options.templates ?? options.sourceRoot.appendingPathComponent("templates")
        let themeDisplay = options.templates.map(\.path) ?? join(options.sourceDisplay, "templates")
        let theme = if let cache = options.cache {
            try cache.theme(themeURL, displayPath: themeDisplay, siteRoot: options.sourceRoot)
        } else {
            try Theme.load(from: themeURL, displayPath: themeDisplay, siteRoot: options.sourceRoot)
        }
        site.warnings += theme.warnings
        let (images, problems) = ImagePlan.make(site, theme: theme, themeURL: themeURL, root: options.sourceRoot,
                                                display: options.sourceDisplay)
        let imageErrors = problems.filter { $0.severity == .error }
        if !imageErrors.isEmpty { throw DiagnosticList(imageErrors) }
        site.warnings += problems
        var rendered = await render(site, cache: options.cache, today: options.referenceDay, version: options.version,
                                    articlesWithHTMLKept: options.articlesWithHTMLKept)
        rendered.images = images.images
        let contexts = PageContexts(rendered)
        return PreparedSite(rendered: rendered, contexts: contexts, theme: theme, themeURL: themeURL,
                            planned: BuildPlan.pages(for: rendered, theme: theme), images: images)
    }

    /// Converts, in memory, each raw document that no reviewed article names as its `source.file`.
    static func convertSources(_ site: inout Site, cache: BuildCache?) async throws(DiagnosticList) {
        let reviewed = Set(site.articles.compactMap(\.source?.file))
        let pending = site.sources.filter { !reviewed.contains($0.file) }
        guard !pending.isEmpty else { return }
        let ingester = Ingester(site: site)
        var hasher = Hasher()
        hasher.combine(site.organizations)
        hasher.combine(site.people)
        hasher.combine(site.events)
        hasher.combine(site.config.ingestRemovePatterns)
        let registries = hasher.finalize()
        let outcomes = await parallelMap(pending) { source in
            cache?.converted(source, registries: registries) { ingester.convert(source) } ?? ingester.convert(source)
        }
        var errors: [Diagnostic] = []
        var slugs = Set(site.articles.map(\.slug))
        for outcome in outcomes {
            errors += outcome.diagnostics.filter { $0.severity == .error }
            site.warnings += outcome.diagnostics.filter { $0.severity != .error }
            guard var article = outcome.article else { continue }
            let base = article.slug
            var number = 2
            while slugs.contains(article.slug) {
                article.slug = "\(base)-\(number)"
                number += 1
            }
            slugs.insert(article.slug)
            site.articles.append(article)
        }
        if !errors.isEmpty { throw DiagnosticList(errors) }
    }

    /// Renders all Markdown once, in parallel, each for the page it is shown on.
    static func render(_ site: Site, cache: BuildCache?, today: Day, version: String,
                       articlesWithHTMLKept: Int = .max) async -> RenderedSite {
        let unsafe = site.config.unsafeHTML
        let document: @Sendable (String, RenderOptions) -> MarkdownDocument = { source, options in
            cache?.markdown(source, options: options) ?? MarkdownDocument(source, options: options)
        }
        let on: @Sendable (String) -> RenderOptions = { RenderOptions(unsafeHTML: unsafe, pagePath: $0) }
        // A large site's articles are rendered to HTML again when written, rather than all held at once.
        let keepsHTML = site.articles.count <= articlesWithHTMLKept
        let articles = await parallelMap(site.articles) { article in
            let options = on(SitePaths.article(article.slug))
            return RenderedArticle(article, document: keepsHTML ? document(article.body, options)
                : MarkdownDocument(article.body, options: options, keepsHTML: false))
        }
        let pages = await parallelMap(site.pages) { RenderedPage($0, document: document($0.body, on(SitePaths.page($0.slug)))) }
        let organizations = await parallelMap(site.organizations.compactMap { o in o.description.map { (o.id, $0) } }) {
            ($0.0, document($0.1, on(SitePaths.organization($0.0))))
        }
        let events = await parallelMap(site.events.compactMap { e in e.description.map { (e.id, $0) } }) {
            ($0.0, document($0.1, on(SitePaths.event($0.0))))
        }
        let intro = site.config.description.map { document($0, on(SitePaths.home)) }
        return RenderedSite(site: site, articles: articles, pages: pages,
                            organizationDescriptions: Dictionary(organizations, uniquingKeysWith: { a, _ in a }),
                            eventDescriptions: Dictionary(events, uniquingKeysWith: { a, _ in a }), intro: intro,
                            today: today, version: version)
    }

    /// Pages rendered before they are written: enough to keep the cores busy, few enough to hold.
    static let pagesPerBatch = 512

    /// `name` under a folder as the user wrote it: `public`, `site/public`.
    public static func join(_ root: String, _ name: String) -> String {
        root == "." || root.isEmpty ? name : (root.hasSuffix("/") ? root + name : root + "/" + name)
    }
}
