import Content
import Foundation
import Ingest
import Markdown
import Templates

/// What a long-running process (`placard serve`) keeps between builds, so that a rebuild redoes
/// only the work whose inputs changed. Keys are the inputs themselves, so a hit is always right;
/// each build keeps only what it used, so the cache never outgrows the site.
public final class BuildCache: @unchecked Sendable {
    struct PageKey: Hashable {
        var theme: Int
        var template: String
        var context: TemplateValue
    }

    struct MarkdownKey: Hashable {
        var source: String
        var options: RenderOptions

        static func == (a: MarkdownKey, b: MarkdownKey) -> Bool {
            a.options == b.options && a.source.hasSameBytes(as: b.source)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combineEnds(of: source)
            hasher.combine(options)
        }
    }

    struct SourceKey: Hashable {
        var source: RawSource
        var registries: Int

        static func == (a: SourceKey, b: SourceKey) -> Bool {
            var (x, y) = (a.source, b.source)
            (x.text, y.text) = ("", "")
            return a.registries == b.registries && x == y && a.source.text.hasSameBytes(as: b.source.text)
        }

        func hash(into hasher: inout Hasher) {
            var fields = source
            fields.text = ""
            hasher.combine(fields)
            hasher.combineEnds(of: source.text)
            hasher.combine(registries)
        }
    }

    /// A derived image, by the bytes it was made from and how it was made.
    struct ImageKey: Hashable {
        var source: Data
        var derivative: ImagePlan.Derivative
    }

    /// Files and documents as loaded: a load reads and parses only what changed.
    let content = ContentCache()
    private let lock = NSLock()
    private var theme: (files: ThemeFiles, loadedAt: Date, theme: Theme)?
    private var pages: [PageKey: Data] = [:]
    private var markdown: [MarkdownKey: MarkdownDocument] = [:]
    private var sources: [SourceKey: IngestOutcome] = [:]
    private var images: [ImageKey: Data] = [:]
    private var used = Generation()
    private var pageHits = 0
    private var pageMisses = 0
    /// Pages taken from the cache, and pages rendered, since it was made (read under the lock).
    public var hits: Int { lock.withLock { pageHits } }
    public var misses: Int { lock.withLock { pageMisses } }

    private struct Generation {
        var pages: [PageKey: Data] = [:]
        var markdown: [MarkdownKey: MarkdownDocument] = [:]
        var sources: [SourceKey: IngestOutcome] = [:]
        var images: [ImageKey: Data] = [:]
    }

    public init() {}

    func page(_ key: PageKey, render: () throws(Diagnostic) -> Data) throws(Diagnostic) -> Data {
        if let data = lock.withLock({ pages[key] }) {
            lock.withLock {
                used.pages[key] = data
                pageHits += 1
            }
            return data
        }
        let data = try render()
        lock.withLock {
            used.pages[key] = data
            pageMisses += 1
        }
        return data
    }

    func markdown(_ source: String, options: RenderOptions) -> MarkdownDocument {
        remembered(MarkdownKey(source: source, options: options), in: \.markdown, keep: \.markdown) {
            MarkdownDocument(source, options: options)
        }
    }

    func converted(_ source: RawSource, registries: Int, convert: () -> IngestOutcome) -> IngestOutcome {
        remembered(SourceKey(source: source, registries: registries), in: \.sources, keep: \.sources, make: convert)
    }

    /// An image derived again only when its source's bytes or its recipe changed: the favicon and
    /// touch icon, whose paths do not name their source, would otherwise be made on every rebuild.
    func image(_ key: ImageKey, derive: () throws -> Data) rethrows -> Data {
        try remembered(key, in: \.images, keep: \.images, make: derive)
    }

    /// The value kept under `key` by the last build, else made; either way kept for the next one.
    private func remembered<Key: Hashable, Value>(_ key: Key, in table: KeyPath<BuildCache, [Key: Value]>,
                                                  keep: WritableKeyPath<Generation, [Key: Value]>,
                                                  make: () throws -> Value) rethrows -> Value {
        if let value = lock.withLock({ self[keyPath: table][key] }) {
            lock.withLock { used[keyPath: keep][key] = value }
            return value
        }
        let value = try make()
        lock.withLock { used[keyPath: keep][key] = value }
        return value
    }

    /// What a theme folder holds: its files, with their stamps.
    struct ThemeFiles: Equatable {
        var folder: String
        var displayPath: String
        var files: [String]
        var problems: [Diagnostic]
        var stamps: [FileStamp?]
    }

    /// The theme as last loaded while none of its files changed, else loaded again.
    func theme(_ folder: URL, displayPath: String, siteRoot: URL) throws(DiagnosticList) -> Theme {
        let found = SiteFiles(allowing: [folder, siteRoot]).regularFiles(under: folder, displayFolder: displayPath)
        let files = ThemeFiles(folder: folder.path, displayPath: displayPath, files: found.files, problems: found.problems,
                               stamps: found.files.map { FileStamp(path: folder.appendingPathComponent($0).path) })
        if let cached = lock.withLock({ theme }), cached.files == files,
           files.stamps.allSatisfy({ $0?.isSettled(readAt: cached.loadedAt) ?? false }) {
            return cached.theme
        }
        let loadedAt = Date()
        let loaded = try Theme.load(from: folder, displayPath: displayPath, siteRoot: siteRoot)
        lock.withLock { theme = (files, loadedAt, loaded) }
        return loaded
    }

    /// Starts a build: what a failed build left half-used is forgotten.
    func beginBuild() {
        lock.withLock {
            used = Generation()
            used.markdown.reserveCapacity(markdown.count)
        }
    }

    /// Ends a build: what it did not use is dropped.
    func finishBuild() {
        lock.withLock {
            pages = used.pages
            markdown = used.markdown
            sources = used.sources
            images = used.images
            used = Generation()
        }
    }
}
