/// How a page shows an image: which sizes the build writes of it. The Generator fills it, once
/// the files are read; templates get it through `RenderedSite.images`.
public enum ImageUse: String, Sendable, Hashable, CaseIterable {
    /// An article's image at the top of its page: as wide as the text.
    case cover
    /// An article's image in lists: small, cropped to 16:9.
    case thumbnail
    /// An organization's or the site's logo: a fixed height.
    case logo
}

/// One file the build writes of an image.
public struct ImageFile: Sendable, Hashable {
    /// Output path (`assets/images/one-year-ban-800w.1a2b3c4d5e6f.webp`).
    public var path: String
    public var width: Int
    public var height: Int

    public init(path: String, width: Int, height: Int) {
        self.path = path
        self.width = width
        self.height = height
    }
}

/// The files of one image in one use: smallest first, in the source's own format (JPEG for a
/// JPEG, else PNG; an SVG as it is) and in WebP.
public struct ShownImage: Sendable, Hashable {
    public var files: [ImageFile]
    /// Empty for an SVG, which is shown as it is.
    public var webp: [ImageFile]
    /// `image/jpeg`, `image/png` or `image/svg+xml`.
    public var mediaType: String

    public init(files: [ImageFile], webp: [ImageFile], mediaType: String) {
        self.files = files
        self.webp = webp
        self.mediaType = mediaType
    }
}

/// The favicon files: `favicon.ico` and `apple-touch-icon.png` at the root, and the SVG when the
/// source is one.
public struct Favicon: Sendable, Hashable {
    public var svg: String?

    public init(svg: String?) {
        self.svg = svg
    }

    public static let ico = "favicon.ico"
    public static let touchIcon = "apple-touch-icon.png"
}

/// Every image the pages show, by use and by asset path (`assets/covers/x.jpg`).
public struct SiteImages: Sendable, Hashable {
    public var shown: [ImageUse: [String: ShownImage]] = [:]
    /// 1200 × 630 share cards, by asset path.
    public var cards: [String: ImageFile] = [:]
    public var favicon: Favicon?

    public init() {}

    public func shown(_ path: String, as use: ImageUse) -> ShownImage? {
        shown[use]?[path]
    }

    public static let cardWidth = 1200
    public static let cardHeight = 630
}
