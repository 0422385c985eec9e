import Foundation

/// The files of a site as Placard may read them: never through a link that leaves the site (a
/// link to /etc/passwd would publish it), never a pipe, socket or device (a read would block).
public struct SiteFiles: Sendable {
    /// Real paths of the folders links may point into: the site root, and a theme given elsewhere.
    public let allowedRoots: [String]

    public init(allowing roots: [URL]) {
        allowedRoots = roots.map { FileSystemEntry.realPath($0.standardizedFileURL.path) }
    }

    /// The file to read at `url`, or nil with the reason in `problems` (nothing when it is missing).
    public func readable(_ url: URL, displayPath: String, problems: inout [Diagnostic]) -> URL? {
        switch FileSystemEntry.classify(url.path, allowedRoots: allowedRoots) {
        case .file(let real):
            return URL(fileURLWithPath: real)
        case .folder:
            problems.append(.warning(SourceLocation(file: displayPath), "skipped: a folder, not a file"))
        case .outside(let target):
            problems.append(Self.leavesTheSite(displayPath, target))
        case .special:
            problems.append(Self.special(displayPath))
        case .missing:
            break
        }
        return nil
    }

    /// Regular files under a folder (links inside the site followed, but never into a folder that
    /// holds them), as sorted relative paths; hidden names are skipped.
    public func regularFiles(under folder: URL, displayFolder: String) -> (files: [String], problems: [Diagnostic]) {
        var files: [String] = []
        var problems: [Diagnostic] = []
        var ancestors: [String] = []
        func walk(_ url: URL, _ relative: String) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                let display = displayFolder + "/" + path
                switch FileSystemEntry.classify(url.appendingPathComponent(name).path, allowedRoots: allowedRoots) {
                case .file:
                    files.append(path)
                case .folder(let real):
                    guard !ancestors.contains(where: { FileSystemEntry.isInside($0, real) }) else { continue }
                    ancestors.append(real)
                    walk(url.appendingPathComponent(name), path)
                    ancestors.removeLast()
                case .outside(let target):
                    problems.append(Self.leavesTheSite(display, target))
                case .special:
                    problems.append(Self.special(display))
                case .missing:
                    problems.append(.warning(SourceLocation(file: display), "skipped: a symbolic link to nothing"))
                }
            }
        }
        switch FileSystemEntry.classify(folder.path, allowedRoots: allowedRoots) {
        case .folder(let real):
            ancestors = [real]
            walk(folder, "")
        case .outside(let target):
            problems.append(Self.leavesTheSite(displayFolder, target))
        default:
            break
        }
        return (files.sorted(), problems)
    }

    static func leavesTheSite(_ displayPath: String, _ target: String) -> Diagnostic {
        .error(SourceLocation(file: displayPath),
               "a symbolic link to '\(target)', outside the site: Placard reads nothing from outside the site")
    }

    static func special(_ displayPath: String) -> Diagnostic {
        .warning(SourceLocation(file: displayPath), "skipped: not a regular file (a pipe, socket or device)")
    }
}
