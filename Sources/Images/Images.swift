import CVips
import Foundation

/// Image derivatives made by libvips: read a header, resize and encode, hash the bytes. Bytes in,
/// bytes out: no files, no network (only the PNG, JPEG, WebP, GIF and SVG loaders are unblocked,
/// and they read the buffer given). Thread-safe; libvips' operation cache is off.
public enum Images {
    /// Larger files are refused before libvips sees them.
    public static let maxBytes = 30_000_000
    /// Decompression bombs: a small file that claims more pixels is refused from its header.
    public static let maxPixels = 50_000_000

    /// How a derivative takes its exact size.
    public enum Fit: Sendable, Hashable {
        /// Fills the size, cropping what overflows around the centre.
        case crop
        /// Fits inside the size, centred on white.
        case pad
    }

    /// Keeps libvips from loading its plug-in modules (HEIF, JPEG XL, ImageMagick, OpenSlide,
    /// Poppler) when it starts: Placard blocks every loader they add, and loading them and their
    /// libraries costs each process about 80 ms of CPU and 5 MB. libvips looks for them under
    /// `$VIPSHOME/lib`; under /dev/null there is no folder. Call it before any other thread starts
    /// (setenv is not thread-safe); without it, images are made the same, only later.
    public static func skipPluginModules() {
        setenv("VIPSHOME", "/dev/null", 1)
    }

    /// libvips started once for the process (its `VIPS_INIT`).
    private static let started: Bool = placard_vips_start() == 0

    /// Format and shown size, from the header alone.
    public static func header(of data: Data) throws(ImageError) -> ImageHeader {
        try start()
        guard data.count <= maxBytes else { throw .tooLarge(bytes: data.count) }
        return try data.withUnsafeBytes { buffer in Result { () throws(ImageError) in try header(buffer) } }.get()
    }

    /// The image at exactly `width` × `height`, encoded as `format` (PNG, JPEG or WebP), without
    /// metadata. Enlarges only when `enlarge` (a share card from a small picture).
    public static func derivative(of data: Data, width: Int, height: Int, fit: Fit, format: ImageFormat,
                                  enlarge: Bool = false) throws(ImageError) -> Data {
        precondition(format.isWritten && width > 0 && height > 0)
        try start()
        guard data.count <= maxBytes else { throw .tooLarge(bytes: data.count) }
        // libvips reads the buffer lazily: everything happens while it is borrowed.
        return try data.withUnsafeBytes { buffer in Result { () throws(ImageError) -> Data in
            _ = try header(buffer)
            let (base, length) = (buffer.baseAddress!, buffer.count)
            var image: OpaquePointer?
            guard placard_vips_thumbnail(base, length, &image, Int32(width), Int32(height),
                                         fit == .crop ? 1 : 0, enlarge ? 1 : 0) == 0, var current = image else {
                throw .damaged(lastError())
            }
            defer { g_object_unref(UnsafeMutableRawPointer(current)) }
            let opaque = fit == .pad || format == .jpeg
            if opaque, vips_image_hasalpha(current) != 0 {
                current = try step(current) { placard_vips_flatten_white($0, &$1) }
            }
            if Int(vips_image_get_width(current)) != width || Int(vips_image_get_height(current)) != height {
                current = try step(current) { placard_vips_pad_white($0, &$1, Int32(width), Int32(height)) }
            }
            return try encode(current, format)
        } }.get()
    }

    /// Lowercase hexadecimal SHA-256 of the bytes: what derivatives are named and reused by.
    public static func fingerprint(_ data: Data) -> String {
        data.withUnsafeBytes { buffer in
            guard let text = placard_sha256(buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), buffer.count)
            else { return "" }
            defer { g_free(text) }
            return String(cString: text)
        }
    }

    /// The libvips version, part of every derivative's key: another encoder may write other bytes.
    public static var libraryVersion: String {
        _ = started
        return String(cString: vips_version_string())
    }

    // MARK: - libvips

    private static func start() throws(ImageError) {
        guard started else { throw .damaged("libvips could not start") }
    }

    private static func header(_ buffer: UnsafeRawBufferPointer) throws(ImageError) -> ImageHeader {
        guard let base = buffer.baseAddress, buffer.count > 0 else { throw .notAnImage }
        guard let loader = vips_foreign_find_load_buffer(base, buffer.count) else {
            vips_error_clear()
            throw .notAnImage
        }
        let loaderName = String(cString: loader)
        guard let format = ImageFormat.reading(loader: loaderName) else {
            throw .unsupported(loaderName.replacingOccurrences(of: "VipsForeignLoad", with: ""))
        }
        guard let image = placard_vips_header(base, buffer.count) else { throw .damaged(lastError()) }
        defer { g_object_unref(UnsafeMutableRawPointer(image)) }
        var (width, height) = (Int(vips_image_get_width(image)), Int(vips_image_get_height(image)))
        if vips_image_get_orientation_swap(image) != 0 { swap(&width, &height) }
        guard width > 0, height > 0 else { throw .damaged("it has no pixels") }
        guard width.multipliedReportingOverflow(by: height).partialValue <= maxPixels, width <= 100_000, height <= 100_000 else {
            throw .tooManyPixels(width: width, height: height)
        }
        return ImageHeader(format: format, width: width, height: height)
    }

    /// Applies one operation, releasing its input.
    private static func step(_ input: OpaquePointer,
                             _ operation: (OpaquePointer, inout OpaquePointer?) -> Int32)
        throws(ImageError) -> OpaquePointer {
        var output: OpaquePointer?
        let status = operation(input, &output)
        guard status == 0, let output else { throw .damaged(lastError()) }
        g_object_unref(UnsafeMutableRawPointer(input))
        return output
    }

    private static func encode(_ image: OpaquePointer, _ format: ImageFormat) throws(ImageError) -> Data {
        var bytes: UnsafeMutableRawPointer?
        var length = 0
        let status: Int32 = switch format {
        case .webp: placard_vips_webp(image, &bytes, &length, 80)
        case .jpeg: placard_vips_jpeg(image, &bytes, &length, 82)
        default: placard_vips_png(image, &bytes, &length)
        }
        guard status == 0, let bytes else { throw .damaged(lastError()) }
        defer { g_free(bytes) }
        return Data(bytes: bytes, count: length)
    }

    /// libvips' message, on one line; the buffer is cleared for the next failure.
    private static func lastError() -> String {
        guard let copy = vips_error_buffer_copy() else { return "unknown libvips error" }
        defer { g_free(copy) }
        let text = String(cString: copy).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        return text.isEmpty ? "unknown libvips error" : text.joined(separator: "; ")
    }
}
