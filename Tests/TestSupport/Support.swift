import Generator
import Content
import Foundation

public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
public let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures")
public let defaultTheme = repositoryRoot.appendingPathComponent("templates")

public func temporaryFolder(_ name: String = "out") -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("placard-\(name)-\(UUID().uuidString)")
}

/// Removes scratch folders; for `defer`.
public func removeFolders(_ folders: URL...) {
    for folder in folders { try? FileManager.default.removeItem(at: folder) }
}

/// Builds a site root into `output` with the default theme unless the site has its own.
@discardableResult
public func build(_ root: URL, into output: URL, drafts: Bool = false, today: Day? = nil) async throws -> BuildReport {
    let ownTheme = FileManager.default.fileExists(atPath: root.appendingPathComponent("templates").path)
    var options = BuildOptions(sourceRoot: root, output: output, templates: ownTheme ? nil : defaultTheme,
                               includeDrafts: drafts, version: "test")
    if let today { options.referenceDay = today }
    return try await SiteBuilder.build(options)
}

/// Every file under a folder, relative, sorted.
public func files(in folder: URL) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var found: [String] = []
    while let path = walker.nextObject() as? String {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
        if !isDirectory.boolValue { found.append(path) }
    }
    return found.sorted()
}

public func read(_ folder: URL, _ path: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
}

/// Copies a fixture site to a scratch folder so that a test may change it.
public func scratchCopy(of fixture: String) throws -> URL {
    let copy = temporaryFolder(fixture)
    try FileManager.default.copyItem(at: fixtures.appendingPathComponent(fixture), to: copy)
    return copy
}
