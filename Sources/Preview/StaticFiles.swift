import Foundation

/// Maps request paths to files of the output folder, and never to anything outside it.
struct StaticFiles: Sendable {
    let root: URL

    enum Resolution: Equatable {
        case file(URL)
        /// A folder asked for without its trailing slash: relative links need it.
        case redirect(String)
        case notFound
    }

    func resolve(_ requestPath: String) -> Resolution {
        let decoded = requestPath.removingPercentEncoding ?? requestPath
        let components = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !components.contains(where: { $0 == ".." || $0.contains("\0") || $0.contains("\\") }) else {
            return .notFound
        }
        var url = root
        for component in components { url.appendPathComponent(String(component)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard decoded.hasSuffix("/") || components.isEmpty else { return .redirect(requestPath + "/") }
            url.appendPathComponent("index.html")
        }
        // Symlinks may not lead out of the folder.
        let real = url.resolvingSymlinksInPath().path
        let realRoot = root.resolvingSymlinksInPath().path
        guard real.hasPrefix(realRoot + "/"), FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory),
              !isDirectory.boolValue else { return .notFound }
        return .file(URL(fileURLWithPath: real))
    }
}
