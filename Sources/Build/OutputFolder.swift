import Content
import Foundation

/// The output folder: checked before anything is written, filled beside itself, then swapped in whole.
struct OutputFolder {
    let url: URL
    let displayPath: String

    /// Refuses folders whose replacement would destroy the site itself or anything above it.
    static func checked(_ output: URL, displayPath: String, siteRoot: URL) throws(Diagnostic) -> OutputFolder {
        let target = output.standardizedFileURL.resolvingSymlinksInPath().path
        let root = siteRoot.standardizedFileURL.resolvingSymlinksInPath().path
        let protected = [root, root + "/content", root + "/templates"]
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath().path
        func isInside(_ path: String, _ folder: String) -> Bool {
            path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
        }
        let location = SourceLocation(file: displayPath)
        if target == "/" || target == home || protected.contains(where: { isInside($0, target) }) {
            throw .error(location, "refusing to use '\(displayPath)' as the output folder: it holds the site or its sources")
        }
        if isInside(target, root + "/content") || isInside(target, root + "/templates") {
            throw .error(location, "refusing to write the output inside content/ or templates/")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .error(location, "output '\(displayPath)' exists and is not a folder")
        }
        return OutputFolder(url: URL(fileURLWithPath: target), displayPath: displayPath)
    }

    private var parent: URL { url.deletingLastPathComponent() }
    private var stagingPrefix: String { "." + url.lastPathComponent + ".placard-" }

    /// A new empty folder beside the output, after clearing those a killed build may have left.
    func makeStaging() throws -> URL {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        for name in (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        where name.hasPrefix(stagingPrefix) {
            try? fileManager.removeItem(at: parent.appendingPathComponent(name))
        }
        let staging = parent.appendingPathComponent(stagingPrefix + "new-\(ProcessInfo.processInfo.processIdentifier)")
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        return staging
    }

    /// Puts the complete staging tree in place of the output; the old output survives any failure.
    func swapIn(_ staging: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: url.path) else {
            try fileManager.moveItem(at: staging, to: url)
            return
        }
        let old = parent.appendingPathComponent(stagingPrefix + "old-\(ProcessInfo.processInfo.processIdentifier)")
        try fileManager.moveItem(at: url, to: old)
        do {
            try fileManager.moveItem(at: staging, to: url)
        } catch {
            try? fileManager.moveItem(at: old, to: url)
            throw error
        }
        try? fileManager.removeItem(at: old)
    }
}
