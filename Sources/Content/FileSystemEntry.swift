#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a path is on disk, looked at without trusting links: content is untrusted, and a link may
/// point anywhere, or at a pipe that would block a read forever.
public enum FileSystemEntry: Equatable, Sendable {
    /// A regular file, or a folder, at this real path (links resolved).
    case file(realPath: String)
    case folder(realPath: String)
    /// A link whose target is outside every allowed folder.
    case outside(target: String)
    /// A pipe, socket or device: never read.
    case special
    /// Nothing there, or a link to nothing.
    case missing

    /// Classifies `path`, following links (its own or a folder's above it) only to places inside
    /// one of `allowedRoots` (real paths).
    public static func classify(_ path: String, allowedRoots: [String]) -> FileSystemEntry {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        if isLink(info), stat(path, &info) != 0 { return .missing }
        let real = realPath(path)
        guard allowedRoots.contains(where: { isInside(real, $0) }) else { return .outside(target: real) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(realPath: real)
        case S_IFDIR: return .folder(realPath: real)
        default: return .special
        }
    }

    public static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && isLink(info)
    }

    /// The path with every link resolved; the path itself when it does not exist.
    public static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The path with its parent's links resolved but not its own last component.
    public static func resolvingParent(of url: URL) -> String {
        let parent = url.deletingLastPathComponent().path
        let resolved = realPath(parent)
        return (resolved == "/" ? "" : resolved) + "/" + url.lastPathComponent
    }

    public static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    private static func isLink(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFLNK }
}
