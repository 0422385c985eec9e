import Foundation

/// Ends the run when one input takes longer than the limit, as a crash would, keeping the input:
/// an input that takes seconds is a hang in the making (the linear code takes milliseconds).
final class Watchdog: @unchecked Sendable {
    private let limit: TimeInterval
    private let lock = NSLock()
    /// The input being run, and since when.
    private var running: (iteration: Int, since: Date, folder: URL, keep: URL)?

    init(limit: TimeInterval) {
        self.limit = limit
        Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.1)
                check()
            }
        }.start()
    }

    /// The input saved in `folder` starts; it is copied to `keep` if it runs too long.
    func begin(_ iteration: Int, savedIn folder: URL, keep: URL) {
        lock.withLock { running = (iteration, Date(), folder, keep) }
    }

    func end() {
        lock.withLock { running = nil }
    }

    private func check() {
        lock.lock()
        guard let running, Date().timeIntervalSince(running.since) > limit else {
            lock.unlock()
            return
        }
        // Held to the end: the input under test must not change while it is kept.
        try? FileManager.default.removeItem(at: running.keep)
        try? FileManager.default.copyItem(at: running.folder, to: running.keep)
        Fuzz.report("iteration \(running.iteration) ran for over \(limit) s: the input is in \(running.keep.path)")
        // Not exit(): its clean-up would pull the libraries from under the input still running.
        _exit(1)
    }
}
