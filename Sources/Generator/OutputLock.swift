#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive lock on an output folder, held for a whole build, so that two builds into one
/// folder run one after the other instead of swapping each other's trees away.
final class OutputLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Takes the lock; when another build holds it, says so once and waits for it.
    static func acquire(_ file: URL, onWait: (@Sendable (String) -> Void)?) async throws -> OutputLock {
        let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw LockError(path: file.path, code: errno) }
        var announced = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let code = errno
                close(descriptor)
                throw LockError(path: file.path, code: code)
            }
            if !announced {
                announced = true
                onWait?("another build is writing this output folder; waiting for it to finish")
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return OutputLock(descriptor: descriptor)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    struct LockError: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "cannot lock \(path): \(String(cString: strerror(code)))" }
    }
}
