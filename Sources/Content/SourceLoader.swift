import Foundation

/// Reads `content/sources/*.txt` and their sidecars `*.yaml`.
struct SourceLoader {
    let sink: DiagnosticSink
    let files: SiteFiles
    let folder: URL
    /// `content/sources` as shown in messages.
    let displayFolder: String
    /// Output paths of the assets, for `image:`.
    let assets: Set<String>
    var cache: ContentCache? = nil

    func load() -> [RawSource] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let sidecars = Set(names.filter { $0.hasSuffix(".yaml") })
        for name in sidecars.sorted() where !names.contains(String(name.dropLast(5)) + ".txt") {
            sink.warning(SourceLocation(file: displayFolder + "/" + name), "sidecar without a matching .txt file")
        }
        return names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted().compactMap { name in
            let path = displayFolder + "/" + name
            guard let text = TextFile.read(path: folder.path + "/" + name, displayPath: path, files: files, sink: sink, cache: cache)
            else { return nil }
            let stem = String(name.dropLast(4))
            let sidecar = sidecars.contains(stem + ".yaml") ? self.sidecar(stem + ".yaml") : nil
            return RawSource(file: "sources/" + name, text: text, sidecar: sidecar, location: SourceLocation(file: path))
        }
    }

    private func sidecar(_ name: String) -> SourceSidecar? {
        let path = displayFolder + "/" + name
        guard let text = TextFile.read(path: folder.path + "/" + name, displayPath: path, files: files, sink: sink, cache: cache) else {
            return nil
        }
        let yaml = YAMLText(path: path, text: text)
        guard let root = yaml.compose(into: sink),
              let fields = YAMLFields(root, source: yaml, sink: sink, what: "a sidecar") else { return nil }
        fields.warnUnknownKeys(allowed: ["title", "subtitle", "date", "updated", "publisher", "url", "author", "slug",
                                         "offline", "image", "image_alt"])
        let slug = fields.string("slug")
        if let slug, !Slug.isValid(slug) {
            sink.error(fields.location(of: "slug"), "slug '\(slug)' may only hold lowercase letters, digits and single hyphens")
        }
        let date = fields.day("date")
        var sidecar = SourceSidecar(title: fields.string("title"), subtitle: fields.string("subtitle"), date: date,
                                    updated: fields.updatedDay(after: date), publisher: fields.string("publisher"),
                                    url: fields.url("url"), author: fields.string("author"), slug: slug)
        sidecar.offline = fields.bool("offline") ?? false
        (sidecar.image, sidecar.imageAlt, sidecar.imageLocation) = ImageField.read(fields, assets: assets, sink: sink)
        return sidecar
    }
}
