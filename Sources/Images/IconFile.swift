import Foundation

/// `favicon.ico`: the ICO container around PNG images, which every browser since 2007 reads. The
/// pixels are libvips' PNGs; this writes only the 6-byte header and a 16-byte entry per image.
public enum IconFile {
    /// `images` are PNG bytes with their (square) sizes, at most 256.
    public static func ico(_ images: [(size: Int, png: Data)]) -> Data {
        var file = Data()
        func little16(_ value: Int) { file.append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)]) }
        func little32(_ value: Int) { little16(value & 0xFFFF); little16(value >> 16 & 0xFFFF) }
        little16(0)
        little16(1)
        little16(images.count)
        var offset = 6 + 16 * images.count
        for image in images {
            precondition((1...256).contains(image.size))
            file.append(UInt8(image.size & 0xFF))
            file.append(UInt8(image.size & 0xFF))
            file.append(contentsOf: [0, 0])
            little16(1)
            little16(32)
            little32(image.png.count)
            little32(offset)
            offset += image.png.count
        }
        for image in images { file.append(image.png) }
        return file
    }
}
