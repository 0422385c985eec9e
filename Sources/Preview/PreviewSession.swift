import Generator
import Content
import Foundation

/// The state of a preview: the site of the last good rebuild, the errors of the last rebuild, and
/// the rebuilds themselves, one at a time, after a burst of changes has settled.
public actor PreviewSession {
    let options: BuildOptions
    /// The site in memory, rebuilt from what changed.
    nonisolated let live: LiveBuild
    let broadcaster = ReloadBroadcaster()
    private let log: @Sendable (String) -> Void
    /// Empty when the last rebuild succeeded.
    private(set) var errors: [Diagnostic] = []
    private(set) var builds = 0
    private var changes = 0
    private var debouncing = false
    private var rebuilding = false
    private var rebuildAgain = false
    /// Quiet time after the last change before rebuilding: editors save in bursts.
    static let settle: Duration = .milliseconds(120)

    init(options: BuildOptions, log: @escaping @Sendable (String) -> Void) {
        var options = options
        options.cache = BuildCache()
        self.options = options
        live = LiveBuild(options: options)
        self.log = log
    }

    func noteChange() {
        changes += 1
        guard !debouncing else { return }
        debouncing = true
        Task { await settleThenRebuild() }
    }

    private func settleThenRebuild() async {
        var seen = -1
        while seen != changes {
            seen = changes
            try? await Task.sleep(for: Self.settle)
        }
        debouncing = false
        await rebuild()
    }

    /// Builds into the output folder; a failure keeps the last good output and shows the errors.
    /// One rebuild at a time: a change seen during one starts another when it is done.
    func rebuild() async {
        guard !rebuilding else {
            rebuildAgain = true
            return
        }
        rebuilding = true
        repeat {
            rebuildAgain = false
            await rebuildOnce()
        } while rebuildAgain
        rebuilding = false
    }

    private func rebuildOnce() async {
        do {
            let report = try await live.rebuild()
            errors = []
            log("Built \(report.pages) pages in " + String(format: "%.3f s", report.seconds)
                + " (\(report.rendered) rendered, \(report.written) files written)")
            for warning in report.warnings { log(warning.description) }
        } catch {
            errors = error.errors.isEmpty ? error.diagnostics : error.errors
            for diagnostic in error.diagnostics { log(diagnostic.description) }
            log("rebuild failed: serving the last good site")
        }
        builds += 1
        await broadcaster.broadcast(event: "reload", data: String(builds))
    }
}
