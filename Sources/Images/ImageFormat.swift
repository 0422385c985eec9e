/// The formats Placard reads (everything else is refused) and writes.
public enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case png, jpeg, webp, gif, svg

    /// libvips' loader class for each format, the only loaders left unblocked.
    static func reading(loader: String) -> ImageFormat? {
        switch loader {
        case "VipsForeignLoadPngBuffer": .png
        case "VipsForeignLoadJpegBuffer": .jpeg
        case "VipsForeignLoadWebpBuffer": .webp
        case "VipsForeignLoadNsgifBuffer": .gif
        case "VipsForeignLoadSvgBuffer": .svg
        default: nil
        }
    }

    /// `jpg` for JPEG, the name otherwise.
    public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }

    public var mediaType: String { self == .svg ? "image/svg+xml" : "image/" + rawValue }

    /// Whether Placard can write it.
    public var isWritten: Bool { self == .png || self == .jpeg || self == .webp }
}

/// What a file holds, read from its header without decoding pixels.
public struct ImageHeader: Sendable, Hashable {
    public var format: ImageFormat
    /// As shown: after the orientation a camera recorded.
    public var width: Int
    public var height: Int

    public init(format: ImageFormat, width: Int, height: Int) {
        self.format = format
        self.width = width
        self.height = height
    }
}

/// Why an image cannot be used; the caller adds where it is.
public enum ImageError: Error, Sendable, Hashable, CustomStringConvertible {
    case notAnImage
    case unsupported(String)
    case tooLarge(bytes: Int)
    case tooManyPixels(width: Int, height: Int)
    case damaged(String)

    public var description: String {
        switch self {
        case .notAnImage:
            "is not an image Placard can read (PNG, JPEG, WebP, GIF or SVG)"
        case .unsupported(let loader):
            "is in a format Placard does not read (\(loader)); use PNG, JPEG, WebP, GIF or SVG"
        case .tooLarge(let bytes):
            "is \(bytes / 1_000_000) MB; images are limited to \(Images.maxBytes / 1_000_000) MB"
        case .tooManyPixels(let width, let height):
            "is \(width)×\(height) pixels; images are limited to \(Images.maxPixels / 1_000_000) megapixels"
        case .damaged(let detail):
            "cannot be decoded: \(detail)"
        }
    }
}
