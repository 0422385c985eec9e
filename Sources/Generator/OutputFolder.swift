import Content
import Foundation

/// The output folder: checked before anything is written, filled beside itself, then swapped in
/// whole. Placard replaces only folders that carry its marker, and deletes nothing beside the
/// output but the staging folders it made itself.
struct OutputFolder {
    /// The file inside every folder Placard writes: the proof that replacing it loses nothing.
    static let markerName = ".placard-output"
    static let markerText = "This folder was written by Placard (placard build), which replaces it whole on every build.\n"

    let url: URL
    let displayPath: String

    /// Refuses, as usage errors, folders whose replacement could lose anything that is not Placard's.
    static func checked(_ output: URL, displayPath: String, siteRoot: URL, templates: URL?)
        throws(Diagnostic) -> OutputFolder {
        let location = SourceLocation(file: displayPath)
        func refuse(_ reason: String) -> Diagnostic {
            .error(location, "refusing to use '\(displayPath)' as the output folder: \(reason)")
        }
        let written = output.standardizedFileURL
        if FileSystemEntry.isSymbolicLink(written.path) {
            throw refuse("it is a symbolic link; give the folder it points to, or another one")
        }
        let target = FileSystemEntry.resolvingParent(of: written)
        let root = FileSystemEntry.realPath(siteRoot.standardizedFileURL.path)
        var protected = [root, root + "/content", root + "/templates"]
        if let templates { protected.append(FileSystemEntry.realPath(templates.standardizedFileURL.path)) }
        if isSystemFolder(target) {
            throw refuse("it is a system folder")
        }
        if protected.contains(where: { FileSystemEntry.isInside($0, target) }) {
            throw refuse("it holds the site, its content or its templates")
        }
        if FileSystemEntry.isInside(target, root + "/content") || FileSystemEntry.isInside(target, root + "/templates")
            || protected.dropFirst(3).contains(where: { FileSystemEntry.isInside(target, $0) }) {
            throw refuse("it is inside content/ or the templates")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw refuse("it exists and is not a folder") }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
            if !entries.isEmpty && !entries.contains(markerName) && !writtenByAnEarlierPlacard(target) {
                throw refuse("it is not empty and Placard did not write it (it has no \(markerName) file); "
                    + "remove it or choose another folder")
            }
        } else if !FileManager.default.fileExists(atPath: (target as NSString).deletingLastPathComponent),
                  !FileSystemEntry.isInside(target, root) {
            throw refuse("its parent folder does not exist, and Placard creates folders only inside the site root")
        }
        return OutputFolder(url: URL(fileURLWithPath: target), displayPath: displayPath)
    }

    /// Output of a Placard from before the marker: its home page names Placard as its generator.
    private static func writtenByAnEarlierPlacard(_ folder: String) -> Bool {
        let page = folder + "/index.html"
        // Never a pipe or a link: reading one could block, or read another folder's page.
        guard !FileSystemEntry.isSymbolicLink(page), case .file = FileSystemEntry.classify(page, allowedRoots: [folder]),
              let handle = FileHandle(forReadingAtPath: page) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 16_384)) ?? Data(), as: UTF8.self)
        return head.contains(#"<meta name="generator" content="Placard "#)
    }

    /// `/`, its top-level folders, what lies directly under `/usr`, `/var` and `/etc`, and the home
    /// folder with everything above it.
    private static func isSystemFolder(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        if components.count <= 1 { return true }
        if components.count == 2, ["usr", "var", "etc"].contains(components[0]) { return true }
        let home = FileSystemEntry.realPath(FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.path)
        return FileSystemEntry.isInside(home, path)
    }

    private var parent: URL { url.deletingLastPathComponent() }
    private var stagingPrefix: String { "." + url.lastPathComponent + ".placard-" }

    /// The lock file beside the output that serializes builds into it.
    var lockFile: URL { parent.appendingPathComponent(stagingPrefix + "lock") }

    /// A new empty, marked folder beside the output, after clearing those a killed build left.
    func makeStaging() throws -> URL {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        for name in (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? [] where isStagingName(name) {
            let leftover = parent.appendingPathComponent(name)
            if !FileSystemEntry.isSymbolicLink(leftover.path),
               fileManager.fileExists(atPath: leftover.appendingPathComponent(Self.markerName).path) {
                try? fileManager.removeItem(at: leftover)
            }
        }
        let staging = parent.appendingPathComponent(stagingPrefix + "new-\(ProcessInfo.processInfo.processIdentifier)")
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        try Data(Self.markerText.utf8).write(to: staging.appendingPathComponent(Self.markerName))
        return staging
    }

    /// `.public.placard-new-123` or `.public.placard-old-123`: names only a build gives.
    private func isStagingName(_ name: String) -> Bool {
        guard name.hasPrefix(stagingPrefix) else { return false }
        let rest = name.dropFirst(stagingPrefix.count)
        for kind in ["new-", "old-"] where rest.hasPrefix(kind) {
            let digits = rest.dropFirst(kind.count)
            return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
        }
        return false
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
