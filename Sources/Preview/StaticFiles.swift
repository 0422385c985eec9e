import Foundation
import Generator

/// Maps request paths to the files the preview holds, else to files of the output folder, and
/// never to anything outside it.
struct StaticFiles: Sendable {
    let root: URL

    enum Resolution: Equatable {
        case file(URL)
        /// A file of the build in memory, with its path in the output folder.
        case held(String, ServedFile)
        /// A folder asked for without its trailing slash: relative links need it.
        case redirect(String)
        case notFound
    }

    /// `owned` paths are Placard's: served from `held` or not at all.
    func resolve(_ requestPath: String, held: [String: ServedFile] = [:], owned: Set<String> = []) -> Resolution {
        let decoded = requestPath.removingPercentEncoding ?? requestPath
        let components = decoded.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        guard !components.contains(where: { $0 == ".." || $0.contains("\0") || $0.contains("\\") }) else {
            return .notFound
        }
        let name = components.joined(separator: "/")
        if !name.isEmpty, let file = held[name] { return .held(name, file) }
        let index = name.isEmpty ? "index.html" : name + "/index.html"
        if let page = held[index] {
            guard decoded.hasSuffix("/") || components.isEmpty else { return .redirect(Self.folderLocation(components)) }
            return .held(index, page)
        }
        if owned.contains(name) || owned.contains(index) { return .notFound }
        var url = root
        for component in components { url.appendPathComponent(String(component)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard decoded.hasSuffix("/") || components.isEmpty else { return .redirect(Self.folderLocation(components)) }
            url.appendPathComponent("index.html")
        }
        // Symlinks may not lead out of the folder.
        let real = url.resolvingSymlinksInPath().path
        let realRoot = root.resolvingSymlinksInPath().path
        guard real.hasPrefix(realRoot + "/"), FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory),
              !isDirectory.boolValue else { return .notFound }
        return .file(URL(fileURLWithPath: real))
    }

    /// Where a folder asked for without its slash lives: rebuilt from the decoded names, so it is
    /// always one path on this host (`//a` or `/%2F%2Fa` would make `//a/`, which browsers read as
    /// another host).
    static func folderLocation(_ components: [Substring]) -> String {
        var segment = CharacterSet.urlPathAllowed
        segment.remove("/")
        let names = components.map { $0.addingPercentEncoding(withAllowedCharacters: segment) ?? "" }
        return "/" + names.joined(separator: "/") + "/"
    }
}
