import Markdown

/// An image named in content (a share card): a file under `content/assets/`, or an http(s) URL.
enum ImageField {
    /// `image:` and `image_alt:` of front matter or a sidecar; a local image without alt text is
    /// a warning, since screen readers would announce its file name.
    static func read(_ fields: YAMLFields, assets: Set<String>, sink: DiagnosticSink)
        -> (image: String?, alt: String?, location: SourceLocation?) {
        guard let image = fields.url("image") else {
            if fields.value("image_alt") != nil {
                sink.warning(fields.location(of: "image_alt"), "'image_alt' without an 'image'")
            }
            return (nil, nil, nil)
        }
        let location = fields.location(of: "image")
        check(image, assets: assets, at: location, sink: sink)
        let alt = fields.value("image_alt") == nil ? nil : (fields.string("image_alt") ?? "")
        if alt == nil, !URLPolicy.isExternal(image) {
            sink.warning(location, "image '\(image)' has no 'image_alt': say what it shows (\"\" for a decorative image)")
        }
        return (image, alt, location)
    }

    static func check(_ written: String, assets: Set<String>, at location: SourceLocation, sink: DiagnosticSink) {
        if let scheme = URLPolicy.scheme(of: written) {
            if scheme != "http" && scheme != "https" {
                sink.error(location, "image '\(written)' is refused: an image is a file under content/assets/ or an http(s) URL")
            }
        } else if !URLPolicy.isExternal(written), !assets.contains(SiteLoader.assetPath(written)) {
            sink.warning(location, "image '\(written)' is not a file under content/assets/")
        }
    }
}
