import Foundation

/// `work`, run on a thread of its own: a test that runs for minutes on the few threads of the
/// concurrency pool keeps the pool from noticing that its time limit has passed. Nil when the
/// limit cancels the test first; the thread then runs on until the process ends.
func onItsOwnThread<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value? {
    let once = ResumeOnce<Value>()
    return await withTaskCancellationHandler {
        await withCheckedContinuation { continuation in
            once.set(continuation)
            Thread { once.resume(with: work()) }.start()
        }
    } onCancel: {
        once.resume(with: nil)
    }
}

/// Resumes a continuation once, from whichever comes first: the work or the cancellation.
private final class ResumeOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value?, Never>?
    private var result: Value??

    func set(_ continuation: CheckedContinuation<Value?, Never>) {
        lock.lock()
        defer { lock.unlock() }
        if let result { continuation.resume(returning: result) } else { self.continuation = continuation }
    }

    func resume(with value: Value?) {
        lock.lock()
        defer { lock.unlock() }
        guard result == nil else { return }
        result = .some(value)
        continuation?.resume(returning: value)
        continuation = nil
    }
}
