import Foundation

/// What the fuzzer starts from: the fixture sites and the bundled campaign, file by file, and the
/// loose Markdown, text and YAML files beside them (the reviewed conversions of the seeds).
struct Corpus {
    /// Each site as its files: paths under the site root (`content/site.yaml`) and their bytes.
    var sites: [[String: [UInt8]]] = []
    var markdown: [[UInt8]] = []
    var sources: [[UInt8]] = []
    var yaml: [[UInt8]] = []
    /// The folders of the sites, to load their registries from.
    var siteRoots: [URL] = []

    init(folders: [URL]) throws {
        for folder in folders {
            let children = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
            for candidate in [folder] + children {
                if Self.isDirectory(candidate.appendingPathComponent("content")) {
                    try addSite(candidate)
                } else if candidate != folder, Self.isDirectory(candidate) {
                    for file in try FileManager.default.contentsOfDirectory(at: candidate, includingPropertiesForKeys: nil)
                        .sorted(by: { $0.path < $1.path }) where !Self.isDirectory(file) {
                        add(file.lastPathComponent, try Array(Data(contentsOf: file)))
                    }
                }
            }
        }
        guard !sites.isEmpty, !markdown.isEmpty, !sources.isEmpty else {
            throw CorpusError(message: "no sites with Markdown and raw sources under \(folders.map(\.path))")
        }
    }

    private mutating func addSite(_ root: URL) throws {
        var files: [String: [UInt8]] = [:]
        for relative in Self.regularFiles(under: root.appendingPathComponent("content")) {
            let bytes = try Array(Data(contentsOf: root.appendingPathComponent("content/" + relative)))
            files["content/" + relative] = bytes
            add(relative, bytes)
        }
        sites.append(files)
        siteRoots.append(root)
    }

    private mutating func add(_ name: String, _ bytes: [UInt8]) {
        if name.hasSuffix(".md") { markdown.append(bytes) }
        if name.hasSuffix(".txt") { sources.append(bytes) }
        if name.hasSuffix(".yaml") { yaml.append(bytes) }
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func regularFiles(under folder: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let relative = walker?.nextObject() as? String {
            if !isDirectory(folder.appendingPathComponent(relative)) { files.append(relative) }
        }
        return files.sorted()
    }
}

struct CorpusError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
