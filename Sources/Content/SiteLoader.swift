import Foundation

/// Loads and validates `content/` of a site root.
public struct SiteLoader: Sendable {
    /// The site root (the folder holding `content/`).
    public let root: URL
    /// How paths are shown in diagnostics: the root as the user named it.
    public let displayRoot: String

    /// What may be read: nothing through a link that leaves the site root.
    let files: SiteFiles
    /// Kept between loads by `placard serve`: unchanged files are neither read nor parsed again.
    let cache: ContentCache?

    public init(root: URL, displayRoot: String = ".", cache: ContentCache? = nil) {
        self.root = root
        self.displayRoot = displayRoot
        self.cache = cache
        files = SiteFiles(allowing: [root])
    }

    /// Every error of the content, or the site with its warnings.
    public func load() throws(DiagnosticList) -> Site {
        defer { cache?.finishLoad() }
        let sink = DiagnosticSink()
        let content = root.appendingPathComponent("content")
        guard directoryExists(content) else {
            throw DiagnosticList([.error(SourceLocation(file: display("content")),
                                         "no content folder; is '\(displayRoot)' a Placard site?")])
        }
        let config = yamlText("content/site.yaml", sink: sink, required: true)
            .flatMap { text in parsed(text, "config", sink) { SiteConfigLoader(sink: $0).load(text) } }

        let registries = RegistryLoader(sink: sink)
        let (organizationsText, peopleText, eventsText) = (yamlText("content/organizations.yaml", sink: sink),
                                                           yamlText("content/people.yaml", sink: sink),
                                                           yamlText("content/events.yaml", sink: sink))
        // References are checked against what each registry could hold, so that one broken
        // registry is one error, not one more per reference to it.
        let organizations = parsed(organizationsText, "organizations", sink) {
            RegistryLoader(sink: $0).organizations(organizationsText)
        } ?? []
        let organizationIDs = uniqueIDs(organizations.map { ($0.id, $0.location) }, sink: sink)
            .union(idsWritten(in: organizationsText, sink))
        let people = parsed(peopleText, "people", references: organizationIDs.hashValue, sink) {
            RegistryLoader(sink: $0).people(peopleText, organizations: organizationIDs)
        } ?? []
        let events = parsed(eventsText, "events", references: organizationIDs.hashValue, sink) {
            RegistryLoader(sink: $0).events(eventsText, organizations: organizationIDs)
        } ?? []
        let assets = assetFiles(sink: sink)
        let assetPaths = Set(assets.map(\.path))
        let documents = DocumentLoader(sink: sink, registries: registries, organizations: organizationIDs,
                                       people: uniqueIDs(people.map { ($0.id, $0.location) }, sink: sink)
                                           .union(idsWritten(in: peopleText, sink)),
                                       events: uniqueIDs(events.map { ($0.id, $0.location) }, sink: sink)
                                           .union(idsWritten(in: eventsText, sink)),
                                       assets: assetPaths)

        let references = cache == nil ? 0 : documents.referencesSignature
        let articles = markdownFiles("content/articles", documents, sink: sink) { loader, file, fileSink in
            cached(file, isArticle: true, loader, references, fileSink) {
                $0.article(text: file.text, path: file.path, fileStem: file.stem)
            }
        }
        let pages = markdownFiles("content/pages", documents, sink: sink) { loader, file, fileSink in
            cached(file, isArticle: false, loader, references, fileSink) {
                $0.page(text: file.text, path: file.path, fileStem: file.stem)
            }
        }
        _ = uniqueIDs(articles.map { ($0.slug, $0.location) }, sink: sink, what: "article slug")
        _ = uniqueIDs(pages.map { ($0.slug, $0.location) }, sink: sink, what: "page slug")
        for page in pages where Self.reservedSlugs.contains(page.slug) {
            sink.error(page.location, "page slug '\(page.slug)' is taken by a section of the site; choose another")
        }
        let sources = SourceLoader(sink: sink, files: files, folder: content.appendingPathComponent("sources"),
                                   displayFolder: display("content/sources"), assets: assetPaths, cache: cache).load()
        for article in articles {
            guard let file = article.source?.file else { continue }
            if !sources.contains(where: { $0.file == file }) {
                sink.warning(article.location, "source.file '\(file)' is not a file under content/")
            }
        }
        if let image = config?.image, let location = config?.imageLocation {
            ImageField.check(image, assets: assetPaths, at: location, sink: sink)
        }
        for (file, location) in [(config?.logo, config?.logoLocation), (config?.favicon, config?.faviconLocation)] {
            if let file, let location, !assetPaths.contains(Self.assetPath(file)) {
                sink.error(location, "'\(file)' is not a file under content/assets/")
            }
        }
        checkLogos(organizations, assets: assetPaths, sink: sink)

        if config == nil, !sink.hasErrors {
            // Skipped with a warning (a pipe, a link to nothing): a site cannot do without it.
            sink.error(SourceLocation(file: display("content/site.yaml")), "site.yaml cannot be read as a file")
        }
        guard let config, !sink.hasErrors else { throw DiagnosticList(sink.diagnostics) }
        return Site(config: config, organizations: organizations, people: people, events: events,
                    articles: articles, pages: pages, assets: assets, sources: sources, warnings: sink.diagnostics)
    }

    /// Top-level names the build writes itself.
    public static let reservedSlugs: Set = ["articles", "organizations", "events", "people", "assets", "404",
                                            "feed", "sitemap", "robots", "index", "search", "share"]

    // MARK: - Files

    private func display(_ relative: String) -> String {
        displayRoot == "." || displayRoot.isEmpty ? relative
            : (displayRoot.hasSuffix("/") ? displayRoot : displayRoot + "/") + relative
    }

    private func directoryExists(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private func yamlText(_ relative: String, sink: DiagnosticSink, required: Bool = false) -> YAMLText? {
        let url = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required { sink.error(SourceLocation(file: display(relative)), "missing file") }
            return nil
        }
        return TextFile.read(path: url.path, displayPath: display(relative), files: files, sink: sink, cache: cache)
            .map { YAMLText(path: display(relative), text: $0) }
    }

    private struct MarkdownFile {
        var path: String
        var stem: String
        var text: String
    }

    /// Reads and loads the Markdown files of a folder on every core; findings keep the order of a
    /// serial load (every file's reading problems, then every file's loading problems).
    private func markdownFiles<Document>(_ folder: String, _ documents: DocumentLoader, sink: DiagnosticSink,
                                         load: (DocumentLoader, MarkdownFile, DiagnosticSink) -> Document?) -> [Document] {
        let url = root.appendingPathComponent(folder)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        let folderPath = url.path
        let loaded = concurrentMap(names) { name -> (document: Document?, read: [Diagnostic], loaded: [Diagnostic]) in
            let path = display("\(folder)/\(name)")
            let (reading, loading) = (DiagnosticSink(), DiagnosticSink())
            guard let text = TextFile.read(path: folderPath + "/" + name, displayPath: path, files: files, sink: reading,
                                           cache: cache)
            else { return (nil, reading.diagnostics, []) }
            let document = load(documents.reporting(to: loading),
                                MarkdownFile(path: path, stem: String(name.dropLast(3)), text: text), loading)
            return (document, reading.diagnostics, loading.diagnostics)
        }
        for file in loaded { sink.append(file.read) }
        for file in loaded { sink.append(file.loaded) }
        return loaded.compactMap(\.document)
    }

    /// A document as `load` makes it, taken from the cache when its text and references are unchanged.
    private func cached<Value>(_ file: MarkdownFile, isArticle: Bool, _ documents: DocumentLoader, _ references: Int,
                               _ sink: DiagnosticSink,
                               load: (DocumentLoader) -> Value?) -> Value? {
        guard let cache else { return load(documents) }
        let key = ContentCache.ParseKey(path: file.path, stem: file.stem, kind: isArticle ? "article" : "page",
                                        references: references)
        return cache.parsed(key, text: file.text, sink: sink) { load(documents.reporting(to: $0)) }
    }

    /// What a YAML file parses into, taken from the cache when its text and references are unchanged.
    private func parsed<Value>(_ source: YAMLText?, _ kind: String, references: Int = 0, _ sink: DiagnosticSink,
                               parse: (DiagnosticSink) -> Value?) -> Value? {
        guard let cache, let source else { return parse(sink) }
        let key = ContentCache.ParseKey(path: source.path, kind: kind, references: references)
        return cache.parsed(key, text: source.text, sink: sink, load: parse)
    }

    private func idsWritten(in source: YAMLText?, _ sink: DiagnosticSink) -> Set<String> {
        parsed(source, "ids", sink) { _ in RegistryLoader.idsWritten(in: source) } ?? []
    }

    private func assetFiles(sink: DiagnosticSink) -> [Asset] {
        let found = files.regularFiles(under: root.appendingPathComponent("content/assets"),
                                       displayFolder: display("content/assets"))
        sink.append(found.problems)
        return found.files.map { Asset(path: "assets/" + $0) }
    }

    /// Regular files under a folder Placard wrote itself, as sorted relative paths; hidden files and
    /// folders are skipped. Content and themes are walked through `SiteFiles` instead.
    public static func regularFiles(under folder: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            if (relative as NSString).lastPathComponent.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path,
                                               isDirectory: &isDirectory)
            if !isDirectory.boolValue { files.append(relative) }
        }
        return files.sorted()
    }

    private func checkLogos(_ organizations: [Organization], assets: Set<String>, sink: DiagnosticSink) {
        for organization in organizations {
            guard let logo = organization.logo else { continue }
            if !assets.contains(Self.assetPath(logo)) {
                sink.error(organization.location, "logo '\(logo)' of '\(organization.id)' is not a file under content/assets/")
            }
        }
    }

    /// A logo or image path as written (`logos/x.svg` or `assets/logos/x.svg`) → its output path.
    public static func assetPath(_ written: String) -> String {
        written.hasPrefix("assets/") ? written : "assets/" + written
    }

    private func uniqueIDs(_ items: [(String, SourceLocation)], sink: DiagnosticSink, what: String = "id")
        -> Set<String> {
        var seen: [String: SourceLocation] = [:]
        for (id, location) in items {
            if let first = seen[id] {
                sink.error(location, "duplicate \(what) '\(id)' (first defined at \(first))")
            } else {
                seen[id] = location
            }
        }
        return Set(seen.keys)
    }
}
