import Content
import Foundation

/// A new output folder filled in batches, then swapped in whole: pages go to disk as they are
/// rendered, so a build never holds every page in memory.
struct StagedOutput {
    enum File: Sendable {
        case data(Data)
        case copy(URL)
    }

    struct WriteError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    let output: OutputFolder
    let staging: URL

    /// Makes the staging folder and every folder that `paths` need.
    init(_ output: OutputFolder, paths: some Sequence<String>) throws {
        self.output = output
        staging = try output.makeStaging()
        do {
            let folders = Set(paths.map { ($0 as NSString).deletingLastPathComponent }).sorted()
            for folder in folders where !folder.isEmpty {
                try FileManager.default.createDirectory(at: staging.appending(path: folder, directoryHint: .isDirectory),
                                                        withIntermediateDirectories: true)
            }
        } catch {
            abandon()
            throw error
        }
    }

    /// Writes files whose paths are distinct; creating files is mostly kernel time, which the cores share well.
    func write(_ files: [(path: String, file: File)]) async throws {
        let (staging, previousRoot) = (staging, output.url)
        let failures = await parallelMap(files) { path, file -> String? in
            // Named as files: `appendingPathComponent` asks the file system whether each is a folder.
            let destination = staging.appending(path: path, directoryHint: .notDirectory)
            let previous = previousRoot.appending(path: path, directoryHint: .notDirectory)
            do {
                // A file whose bytes did not change is linked, not rewritten: rebuilds touch only
                // what changed, and deploy tools see the rest as it was.
                switch file {
                case .data(let data):
                    if FileManager.default.contents(atPath: previous.path) == data, Self.link(previous, destination) { return nil }
                    try data.write(to: destination)
                case .copy(let written):
                    // Assets are written as regular files: a link in public/ could point anywhere.
                    let origin = URL(fileURLWithPath: FileSystemEntry.realPath(written.path))
                    if FileManager.default.contentsEqual(atPath: origin.path, andPath: previous.path),
                       Self.link(previous, destination) { return nil }
                    try FileManager.default.copyItem(at: origin, to: destination)
                }
                return nil
            } catch {
                return "\(path): \(error.localizedDescription)"
            }
        }.compactMap { $0 }
        if let failure = failures.first { throw WriteError(message: failure) }
    }

    func swapIn() throws {
        try output.swapIn(staging)
    }

    func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }

    private static func link(_ existing: URL, _ destination: URL) -> Bool {
        !FileSystemEntry.isSymbolicLink(existing.path)
            && (try? FileManager.default.linkItem(at: existing, to: destination)) != nil
    }
}
