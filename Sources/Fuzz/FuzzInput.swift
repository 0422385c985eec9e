import Foundation

/// One input of a run, made from the corpus by the iteration's own random generator.
enum FuzzInput {
    /// A Markdown document, rendered as the build renders articles.
    case markdown([UInt8], unsafeHTML: Bool)
    /// A raw document, converted with the registries of one of the corpus's sites.
    case source([UInt8], site: Int, dated: Bool)
    /// A whole site, loaded from disk, its sources converted and its Markdown rendered.
    case site([String: [UInt8]])

    init(from corpus: Corpus, using random: inout SplitMix64) {
        let donors = corpus.markdown + corpus.sources + corpus.yaml
        let donor = donors.randomElement(using: &random)!
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<3:
            let document = corpus.markdown.randomElement(using: &random)!
            self = .markdown(Mutator.mutate(document, donor: donor, using: &random), unsafeHTML: Bool.random(using: &random))
        case 3..<6:
            let text = corpus.sources.randomElement(using: &random)!
            self = .source(Mutator.mutate(text, donor: donor, using: &random),
                           site: Int.random(in: 0..<corpus.sites.count, using: &random), dated: Bool.random(using: &random))
        default:
            var files = corpus.sites.randomElement(using: &random)!
            let texts = files.keys.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".md") || $0.hasSuffix(".txt") }.sorted()
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                guard let path = texts.randomElement(using: &random) else { break }
                files[path] = Mutator.mutate(files[path]!, donor: donor, using: &random)
            }
            self = .site(files)
        }
    }

    var kind: String {
        switch self {
        case .markdown(_, let unsafeHTML): "markdown (unsafe_html: \(unsafeHTML))"
        case .source(_, let site, let dated): "raw source (registries of corpus site \(site), \(dated ? "dated by a sidecar" : "no sidecar"))"
        case .site: "site"
        }
    }

    /// Writes the input under `folder` (emptied first): where it is when the run dies on it.
    func save(in folder: URL, about: String) throws {
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data((about + "\n" + kind + "\n").utf8).write(to: folder.appendingPathComponent("ABOUT"))
        switch self {
        case .markdown(let bytes, _):
            try Data(bytes).write(to: folder.appendingPathComponent("input.md"))
        case .source(let bytes, _, _):
            try Data(bytes).write(to: folder.appendingPathComponent("input.txt"))
        case .site(let files):
            for (path, bytes) in files {
                let url = folder.appendingPathComponent("site/" + path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
        }
    }
}
