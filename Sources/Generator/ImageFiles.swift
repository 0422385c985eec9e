import Content
import Foundation
import Images

/// Writes the derivatives an `ImagePlan` names, in parallel, one source at a time per task.
enum ImageFiles {
    /// Each derivative, taken from the previous output when it has the file (its name is a hash of
    /// the source bytes and the recipe, so the same name is the same image), else made by libvips.
    static func files(_ plan: ImagePlan, previousOutput: URL, cache: BuildCache? = nil) async throws(DiagnosticList)
        -> [(path: String, file: StagedOutput.File)] {
        let previousRoot = FileSystemEntry.realPath(previousOutput.path)
        let results = await parallelMap(plan.sources) { source -> Result<[(String, StagedOutput.File)], Diagnostic> in
            var made: [(String, StagedOutput.File)] = []
            var data: Data?
            var pngs: [String: Data] = [:]
            for derivative in source.derivatives {
                let previous = previousOutput.appendingPathComponent(derivative.path)
                if !derivative.isFixedPath, !FileSystemEntry.isSymbolicLink(previous.path),
                   case .file = FileSystemEntry.classify(previous.path, allowedRoots: [previousRoot]) {
                    made.append((derivative.path, .copy(previous)))
                    continue
                }
                do {
                    let bytes = try data ?? Data(contentsOf: source.url)
                    data = bytes
                    let derive = {
                        try Images.derivative(of: bytes, width: derivative.width, height: derivative.height,
                                              fit: derivative.fit, format: derivative.format, enlarge: derivative.enlarge)
                    }
                    let image = try cache?.image(.init(source: bytes, derivative: derivative), derive: derive) ?? derive()
                    if derivative.path == source.icoFrom {
                        pngs[derivative.path] = image
                    } else {
                        made.append((derivative.path, .data(image)))
                    }
                } catch {
                    return .failure(.error(source.location, "image '\(source.name)' \(error)"))
                }
            }
            if let ico = source.icoFrom, let png = pngs[ico] {
                made.append((Favicon.ico, .data(IconFile.ico([(32, png)]))))
            }
            return .success(made)
        }
        var files: [(path: String, file: StagedOutput.File)] = []
        var errors: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let made): files += made.map { (path: $0.0, file: $0.1) }
            case .failure(let error): errors.append(error)
            }
        }
        if !errors.isEmpty { throw DiagnosticList(errors) }
        return files
    }
}
