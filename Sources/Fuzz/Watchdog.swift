import Foundation

/// Ends the run when one input takes longer than the limit, as a crash would, keeping the input:
/// an input that takes seconds is a hang in the making (the linear code takes milliseconds to a
/// second). The time is the processor time of the thread that runs the inputs, which does not grow
/// when other work takes the machine; and, for an input that waits rather than works, six times
/// the limit on the clock.
final class Watchdog: @unchecked Sendable {
    private let limit: TimeInterval
    private let clock = ThreadClock()
    private let lock = NSLock()
    /// The input being run, and since when.
    private var running: (iteration: Int, processor: TimeInterval, wall: Date, folder: URL, keep: URL)?

    /// To be made on the thread that runs the inputs.
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
        lock.withLock { running = (iteration, clock.seconds(), Date(), folder, keep) }
    }

    /// The input ended: the processor time it took.
    func end() -> TimeInterval {
        lock.withLock {
            defer { running = nil }
            return clock.seconds() - (running?.processor ?? 0)
        }
    }

    private func check() {
        lock.lock()
        guard let running, clock.seconds() - running.processor > limit || Date().timeIntervalSince(running.wall) > 6 * limit
        else {
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

/// The processor time of the thread that made it, readable from any thread (the clock on the
/// wall where the platform has no such clock).
struct ThreadClock: Sendable {
    #if os(Linux)
    private let id: clockid_t

    init() {
        var id = clockid_t()
        pthread_getcpuclockid(pthread_self(), &id)
        self.id = id
    }

    func seconds() -> TimeInterval {
        var time = timespec()
        clock_gettime(id, &time)
        return TimeInterval(time.tv_sec) + TimeInterval(time.tv_nsec) / 1e9
    }
    #else
    func seconds() -> TimeInterval { Date().timeIntervalSinceReferenceDate }
    #endif
}
