import Foundation
import Images
import Testing

/// Derivatives decoded again: their format from the magic bytes, their size from libvips' header.
@Suite struct ImagesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/images").standardizedFileURL

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    @Test func headerGivesFormatAndSize() throws {
        let photo = try Images.header(of: Self.fixture("photo.jpg"))
        #expect(photo == ImageHeader(format: .jpeg, width: 800, height: 450))
        let logo = try Images.header(of: Self.fixture("alpha.png"))
        #expect(logo == ImageHeader(format: .png, width: 300, height: 200))
    }

    @Test(arguments: [ImageFormat.webp, .jpeg, .png])
    func derivativeHasTheFormatAndSizeAsked(_ format: ImageFormat) throws {
        let data = try Images.derivative(of: Self.fixture("photo.jpg"), width: 400, height: 225, fit: .crop, format: format)
        let magic = [UInt8](data.prefix(12))
        switch format {
        case .webp: #expect(magic[0..<4] == [0x52, 0x49, 0x46, 0x46] && magic[8..<12] == [0x57, 0x45, 0x42, 0x50])
        case .jpeg: #expect(magic[0..<3] == [0xFF, 0xD8, 0xFF])
        default: #expect(magic[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        }
        #expect(try Images.header(of: data) == ImageHeader(format: format, width: 400, height: 225))
        #expect(data.count < 40_000)
    }

    @Test func cropAndPadBothGiveTheExactSize() throws {
        let card = try Images.derivative(of: Self.fixture("photo.jpg"), width: 1200, height: 630, fit: .crop,
                                         format: .jpeg, enlarge: true)
        #expect(try Images.header(of: card) == ImageHeader(format: .jpeg, width: 1200, height: 630))
        let padded = try Images.derivative(of: Self.fixture("alpha.png"), width: 1200, height: 630, fit: .pad,
                                           format: .png, enlarge: true)
        #expect(try Images.header(of: padded) == ImageHeader(format: .png, width: 1200, height: 630))
        // Not enlarged unless asked: the small image sits on white at the size asked.
        let small = try Images.derivative(of: Self.fixture("alpha.png"), width: 600, height: 400, fit: .pad, format: .webp)
        #expect(try Images.header(of: small) == ImageHeader(format: .webp, width: 600, height: 400))
    }

    @Test func svgIsRasterized() throws {
        let svg = Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"><rect width="64" height="32" fill="red"/></svg>"#.utf8)
        #expect(try Images.header(of: svg) == ImageHeader(format: .svg, width: 64, height: 32))
        let png = try Images.derivative(of: svg, width: 32, height: 32, fit: .pad, format: .png)
        #expect(try Images.header(of: png) == ImageHeader(format: .png, width: 32, height: 32))
    }

    @Test func encodingIsDeterministic() throws {
        let source = try Self.fixture("alpha.png")
        for format in [ImageFormat.webp, .jpeg, .png] {
            let first = try Images.derivative(of: source, width: 150, height: 100, fit: .crop, format: format)
            let second = try Images.derivative(of: source, width: 150, height: 100, fit: .crop, format: format)
            #expect(first == second, "\(format)")
        }
    }

    @Test func badImagesAreErrorsNotCrashes() throws {
        #expect(throws: ImageError.notAnImage) { try Images.header(of: Self.fixture("not-an-image.png")) }
        #expect(throws: ImageError.notAnImage) { try Images.header(of: Data()) }
        #expect(throws: ImageError.tooManyPixels(width: 30000, height: 30000)) {
            try Images.header(of: Self.fixture("bomb.svg"))
        }
        #expect(throws: ImageError.tooManyPixels(width: 30000, height: 30000)) {
            try Images.derivative(of: Self.fixture("bomb.svg"), width: 100, height: 100, fit: .crop, format: .png)
        }
        let (tiff, truncated) = (try Self.fixture("image.tif"), try Self.fixture("truncated.jpg"))
        do throws(ImageError) {
            _ = try Images.header(of: tiff)
            Issue.record("a TIFF was read")
        } catch {
            #expect(error.description.contains("does not read"))
        }
        do throws(ImageError) {
            _ = try Images.derivative(of: truncated, width: 100, height: 50, fit: .crop, format: .webp)
            Issue.record("a truncated JPEG was resized")
        } catch {
            guard case .damaged = error else { Issue.record("\(error)"); return }
        }
        #expect(throws: ImageError.tooLarge(bytes: Images.maxBytes + 1)) {
            try Images.header(of: Data(count: Images.maxBytes + 1))
        }
    }

    @Test func icoWrapsPNGs() throws {
        let png = try Images.derivative(of: Self.fixture("alpha.png"), width: 32, height: 32, fit: .pad, format: .png)
        let ico = IconFile.ico([(32, png)])
        #expect([UInt8](ico.prefix(8)) == [0, 0, 1, 0, 1, 0, 32, 32])
        #expect(ico.count == 22 + png.count)
        #expect(ico.suffix(png.count) == png)
    }

    @Test func fingerprintIsSHA256() {
        #expect(Images.fingerprint(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
