#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a file looked like on disk: the same stamp later means the same bytes, unless the file was
/// written again within the clock tick of the first look (see `isSettled`).
public struct FileStamp: Sendable, Hashable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: Timestamp
    let changed: Timestamp
    /// The entry itself, when it is a link: re-pointing a link changes this.
    let linkChanged: Timestamp
    let linkInode: UInt64
    let linkIsRegular: Bool

    struct Timestamp: Hashable {
        var seconds: Int
        var nanoseconds: Int

        var interval: Double { Double(seconds) + Double(nanoseconds) / 1e9 }
    }

    /// The stamp of the file at `path` (links followed), or nil when there is none.
    public init?(path: String) {
        var entry = stat()
        guard lstat(path, &entry) == 0 else { return nil }
        // One look for a plain file; a link is followed to what it points at.
        var target = entry
        if entry.st_mode & S_IFMT == S_IFLNK, stat(path, &target) != 0 { return nil }
        device = UInt64(target.st_dev)
        inode = UInt64(target.st_ino)
        size = Int64(target.st_size)
        modified = Timestamp(seconds: target.st_mtim.tv_sec, nanoseconds: target.st_mtim.tv_nsec)
        changed = Timestamp(seconds: target.st_ctim.tv_sec, nanoseconds: target.st_ctim.tv_nsec)
        linkChanged = Timestamp(seconds: entry.st_ctim.tv_sec, nanoseconds: entry.st_ctim.tv_nsec)
        linkInode = UInt64(entry.st_ino)
        linkIsRegular = entry.st_mode & S_IFMT == S_IFREG
    }

    /// The entry is a regular file itself, not a link to one.
    public var isPlainFile: Bool { linkInode == inode && linkIsRegular }

    /// File times advance in clock ticks: a write in the same tick as a read leaves the stamp as it
    /// was. A stamp is trusted only when the file had not changed for a while before it was read.
    public func isSettled(readAt moment: Date) -> Bool {
        max(changed.interval, linkChanged.interval) < moment.timeIntervalSince1970 - Self.settleSeconds
    }

    static let settleSeconds = 1.0
}
