import Content
import Foundation
import Templates

/// A file of the output as the preview holds it.
public enum ServedFile: Sendable, Equatable {
    case data(Data)
    /// Copied as it is from this file (of the content, the theme, or the output's own images).
    case copy(URL)
}

/// What a preview rebuild did.
public struct LiveBuildReport: Sendable {
    public var pages: Int
    /// Pages rendered again because their inputs changed.
    public var rendered: Int
    /// Files written to, or deleted from, the output folder.
    public var written: Int
    public var seconds: Double
    public var warnings: [Diagnostic]
}

/// `placard serve`'s build: the site stays in memory between rebuilds. A rebuild reads only the
/// files that changed (`ContentCache`), renders only the pages whose inputs changed (`PageInputs`),
/// and writes only the files whose bytes changed; what it holds and writes is what a clean build
/// of the same tree writes, byte for byte. Rebuilds run one at a time (the preview's session).
public final class LiveBuild: @unchecked Sendable {
    private var options: BuildOptions
    private let lock = NSLock()
    private var served: [String: ServedFile] = [:]
    private var owned: Set<String> = []
    /// Each page's inputs and bytes, by output path.
    private var pages: [String: (key: Int, data: Data)] = [:]
    private var feeds: [String: (key: Int, data: Data)] = [:]
    private var listings: (key: Int, files: [GeneratedFile])?
    private var searchIndex: (key: Int, files: [GeneratedFile])?
    private var output: OutputUpdate?
    private var bodies = BodyVersions()
    private let search = SearchCache()

    public init(options: BuildOptions) {
        var options = options
        if options.cache == nil { options.cache = BuildCache() }
        self.options = options
    }

    /// Every file of the last good build, by path in the output folder.
    public var files: [String: ServedFile] { lock.withLock { served } }

    /// Paths that Placard's builds write, or wrote and may not have deleted yet: never to be
    /// served from the output folder, whose files change one at a time while the build in memory
    /// changes at once.
    public var ownedPaths: Set<String> { lock.withLock { owned } }

    /// Builds again; on failure, the last good build stays as it was, in memory and on disk.
    public func rebuild() async throws(DiagnosticList) -> LiveBuildReport {
        let started = ContinuousClock.now
        let folder = try SiteBuilder.checkedOutput(options)
        let outputLock = try await SiteBuilder.lockOutput(folder, options)
        defer { withExtendedLifetime(outputLock) {} }
        options.cache?.beginBuild()
        let prepared = try await SiteBuilder.prepare(options)
        try SiteBuilder.refuseWarningsIfStrict(prepared, options)
        let inputs = PageInputs(prepared, version: options.version, bodies: &bodies)
        // The search index, the longest of these after an edit, is put together while pages render.
        async let searching = searchFiles(prepared, inputs)
        let (newPages, rendered) = try await renderPages(prepared, inputs)
        let newFeeds = await feedFiles(prepared, inputs)
        let newListings = listingFiles(prepared, inputs)
        let newSearch = await searching

        // Later entries win, as in a clean build's staging.
        var files: [String: StagedOutput.File] = [:]
        files.reserveCapacity(newPages.count + newFeeds.written.count + 64)
        for (path, file) in SiteBuilder.copiedFiles(prepared, options) { files[path] = file }
        for (path, file) in try await ImageFiles.files(prepared.images, previousOutput: folder.url, cache: options.cache) {
            files[path] = file
        }
        for (path, page) in newPages { files[path] = .data(page.data) }
        for (path, data) in newFeeds.written { files[path] = .data(data) }
        for file in newListings.files + newSearch.files { files[file.path] = .data(file.data) }
        let snapshot = files.mapValues { source -> ServedFile in
            switch source {
            case .data(let data): .data(data)
            case .copy(let url): .copy(url)
            }
        }
        let before = lock.withLock { (served, owned) }
        lock.withLock { (served, owned) = (snapshot, before.1.union(snapshot.keys)) }
        let written: Int
        do {
            let update = output.flatMap { $0.folder.url.path == folder.url.path ? $0 : nil } ?? OutputUpdate(folder: folder)
            written = try await update.apply(files)
            output = update
        } catch {
            output = nil
            lock.withLock { served = before.0 }
            throw DiagnosticList([.error(SourceLocation(file: options.outputDisplay), "cannot write the output: \(error)")])
        }
        options.cache?.finishBuild()
        (pages, feeds, listings, searchIndex) = (newPages, newFeeds.byPath, newListings, newSearch)
        lock.withLock { owned = Set(snapshot.keys) }
        let elapsed = ContinuousClock.now - started
        return LiveBuildReport(pages: prepared.planned.count, rendered: rendered, written: written,
                               seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                               warnings: prepared.site.warnings)
    }

    /// Every page by output path: the last bytes when its inputs are unchanged, else rendered again.
    private func renderPages(_ prepared: PreparedSite, _ inputs: PageInputs)
        async throws(DiagnosticList) -> ([String: (key: Int, data: Data)], Int) {
        let previous = pages
        let keyed = prepared.planned.map { (page: $0, path: SitePaths.file(for: $0.path), key: inputs.key(of: $0)) }
        let stale = keyed.filter { previous[$0.path]?.key != $0.key }
        let (theme, contexts) = (prepared.theme, prepared.contexts)
        let results = await parallelMap(stale) { item -> Result<Data, Diagnostic> in
            do throws(Diagnostic) {
                return .success(Data(try theme.render(item.page.template, item.page.context(contexts)).utf8))
            } catch {
                return .failure(error)
            }
        }
        let failures = results.compactMap { if case .failure(let error) = $0 { error } else { nil } }
        if !failures.isEmpty { throw DiagnosticList(Array(Set(failures)).sorted { $0.description < $1.description }) }
        var pages: [String: (key: Int, data: Data)] = [:]
        for item in keyed { pages[item.path] = previous[item.path] }
        for (item, result) in zip(stale, results) {
            if case .success(let data) = result { pages[item.path] = (item.key, data) }
        }
        return (pages, stale.count)
    }

    /// Feeds whose inputs changed are written again, the others kept.
    private func feedFiles(_ prepared: PreparedSite, _ inputs: PageInputs) async
        -> (byPath: [String: (key: Int, data: Data)], written: [(String, Data)]) {
        let rendered = prepared.rendered
        let previous = feeds
        let plans = Feeds.plans(rendered).map { (plan: $0, key: inputs.key(of: $0)) }
        let stale = plans.filter { previous[$0.plan.path]?.key != $0.key }
        var byPath: [String: (key: Int, data: Data)] = [:]
        for (item, file) in zip(stale, await Feeds.files(rendered, plans: stale.map(\.plan))) {
            byPath[item.plan.path] = (item.key, file.data)
        }
        for item in plans where byPath[item.plan.path] == nil { byPath[item.plan.path] = previous[item.plan.path] }
        return (byPath, plans.map { ($0.plan.path, byPath[$0.plan.path]!.data) })
    }

    /// The sitemap, robots.txt and calendars, made again when what they list changed.
    private func listingFiles(_ prepared: PreparedSite, _ inputs: PageInputs) -> (key: Int, files: [GeneratedFile]) {
        let paths = prepared.planned.map(\.path)
        let key = inputs.key(ofListingsFor: paths)
        if let listings, listings.key == key { return listings }
        return (key, GeneratedFiles.listings(prepared.rendered, pages: paths))
    }

    /// The search index, put together again (from the entries that did not change, as they were)
    /// when any article or page changed.
    private func searchFiles(_ prepared: PreparedSite, _ inputs: PageInputs) async -> (key: Int, files: [GeneratedFile]) {
        let key = inputs.searchIndex
        if let searchIndex, searchIndex.key == key { return searchIndex }
        return (key, await SearchIndex.files(prepared.rendered, cache: search))
    }
}
