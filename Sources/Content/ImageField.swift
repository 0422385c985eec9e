import Markdown

/// An image named in content (a share card): a file under `content/assets/`, or an http(s) URL.
enum ImageField {
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
