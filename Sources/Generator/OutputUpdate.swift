#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Content
import Foundation

/// The preview's output folder, kept equal to a clean build by writing only what changed: the
/// first build (and any that finds the folder not as it left it) replaces the folder whole, as
/// `placard build` does; later ones write each changed file beside itself and rename it into
/// place, and delete the files Placard wrote that are gone. Nothing is written through a link or
/// outside the folder.
final class OutputUpdate {
    let folder: OutputFolder
    private enum Written {
        case data(Data)
        /// Copied from `source`, whose stamp was `stamp` just before.
        case copy(source: URL, stamp: FileStamp?, at: Date)
    }

    /// What the folder holds of Placard's, by path; nil until a whole build has been written.
    private var written: [String: Written]?

    init(folder: OutputFolder) {
        self.folder = folder
    }

    /// Makes the folder hold `latest`, by path; returns how many files were written or deleted.
    func apply(_ latest: [String: StagedOutput.File]) async throws -> Int {
        if let written, hasMarker {
            do {
                return try update(written, to: latest)
            } catch {
                self.written = nil
            }
        }
        let whole = latest.mapValues { source -> Written in
            switch source {
            case .data(let data): .data(data)
            case .copy(let url): .copy(source: url, stamp: FileStamp(path: url.path), at: Date())
            }
        }
        try await SiteBuilder.write(latest, to: folder)
        written = whole
        return latest.count
    }

    private var hasMarker: Bool {
        var info = stat()
        return lstat(folder.url.appendingPathComponent(OutputFolder.markerName).path, &info) == 0
            && info.st_mode & S_IFMT == S_IFREG
    }

    private func update(_ before: [String: Written], to latest: [String: StagedOutput.File]) throws -> Int {
        var now = before
        var count = 0
        // Most files are the very buffers of the last build: find the others, then write them in order.
        let changed = latest.filter { path, source in
            if case .data(let data) = source, case .data(let old) = before[path], Self.same(old, data) { return false }
            return true
        }
        for (path, source) in changed.sorted(by: { $0.key < $1.key }) {
            switch source {
            case .data(let data):
                try put(path) { try data.write(to: $0) }
                now[path] = .data(data)
            case .copy(let url):
                let stamp = FileStamp(path: url.path)
                let copy = Written.copy(source: url, stamp: stamp, at: Date())
                if case .copy(let old, let oldStamp, let at) = before[path], old == url, let stamp, stamp == oldStamp,
                   stamp.isSettled(readAt: at) { continue }
                let origin = FileSystemEntry.realPath(url.path)
                let destination = folder.url.appendingPathComponent(path)
                // What Placard wrote there may already be these bytes (a derivative image taken
                // from the output itself, once made).
                if before[path] != nil, !FileSystemEntry.isSymbolicLink(destination.path),
                   FileManager.default.contentsEqual(atPath: origin, andPath: destination.path) {
                    now[path] = copy
                    continue
                }
                try put(path) { try FileManager.default.copyItem(atPath: origin, toPath: $0.path) }
                now[path] = copy
            }
            count += 1
        }
        for path in before.keys.sorted() where latest[path] == nil {
            try remove(path)
            now[path] = nil
            count += 1
        }
        written = now
        return count
    }

    /// Equal bytes; most pages of a rebuild are the very same buffer as before.
    private static func same(_ a: Data, _ b: Data) -> Bool {
        a.count == b.count && a.withUnsafeBytes { x in
            b.withUnsafeBytes { y in
                x.baseAddress == y.baseAddress || x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
            }
        }
    }

    /// Writes a file with `write` beside `path`, then renames it into place.
    private func put(_ path: String, write: (URL) throws -> Void) throws {
        let parent = try folderOf(path, creating: true)!
        let destination = parent.appendingPathComponent((path as NSString).lastPathComponent)
        let temporary = parent.appendingPathComponent(".placard-writing-\(ProcessInfo.processInfo.processIdentifier)")
        unlink(temporary.path)
        do {
            try write(temporary)
            guard rename(temporary.path, destination.path) == 0 else { throw UpdateError.cannotReplace(path) }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// Deletes a file Placard wrote, and the folders it leaves empty.
    private func remove(_ path: String) throws {
        guard var parent = try folderOf(path, creating: false) else { return }
        let file = parent.appendingPathComponent((path as NSString).lastPathComponent)
        var info = stat()
        if lstat(file.path, &info) == 0 {
            guard info.st_mode & S_IFMT != S_IFDIR, unlink(file.path) == 0 else { throw UpdateError.cannotReplace(path) }
        }
        while parent.path != folder.url.path, rmdir(parent.path) == 0 {
            parent.deleteLastPathComponent()
        }
    }

    /// The folder that holds `path`, made when missing if `creating`; nil when missing otherwise.
    /// Every folder on the way must be a real folder: never a link, which could lead out.
    private func folderOf(_ path: String, creating: Bool) throws -> URL? {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !components.isEmpty, !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw UpdateError.cannotReplace(path)
        }
        var url = folder.url
        for component in components.dropLast() {
            url.appendPathComponent(String(component))
            var info = stat()
            if lstat(url.path, &info) != 0 {
                guard creating else { return nil }
                guard mkdir(url.path, 0o755) == 0 else { throw UpdateError.cannotReplace(path) }
            } else if info.st_mode & S_IFMT != S_IFDIR {
                throw UpdateError.cannotReplace(path)
            }
        }
        return url
    }

    enum UpdateError: Error, CustomStringConvertible {
        case cannotReplace(String)
        var description: String {
            switch self {
            case .cannotReplace(let path): "cannot replace \(path) in place"
            }
        }
    }
}
