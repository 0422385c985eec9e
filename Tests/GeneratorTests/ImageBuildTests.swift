import Check
import Content
import Foundation
import Generator
import Images
import TestSupport
import Testing

/// Images end to end: the sizes written are decoded again, pages name them with their true sizes,
/// every page has a favicon that exists, builds are byte-identical, bad images are located errors.
@Suite struct ImageBuildTests {
    /// Every `<picture>` of a page: its `<source>` and `<img>` attributes.
    static func pictures(_ html: String) -> [String] {
        html.components(separatedBy: "<picture>").dropFirst().compactMap { $0.components(separatedBy: "</picture>").first }
    }

    static func attribute(_ name: String, in tag: Substring) -> String? {
        (" " + tag).components(separatedBy: " \(name)=\"").dropFirst().first?.components(separatedBy: "\"").first
    }

    /// Checks each srcset candidate of a page: it exists, decodes, is in the format of its name and
    /// as wide as its descriptor says; returns how many it checked.
    static func checkSrcsets(_ html: String, page: String, output: URL) throws -> Int {
        let folder = output.appendingPathComponent(page).deletingLastPathComponent()
        var checked = 0
        for picture in pictures(html) {
            for tag in picture.split(separator: "<").map({ "<" + $0 }) {
                guard let srcset = attribute("srcset", in: tag[...]) else { continue }
                for candidate in srcset.components(separatedBy: ", ") {
                    let parts = candidate.split(separator: " ")
                    let file = folder.appendingPathComponent(String(parts[0])).standardizedFileURL
                    let header = try Images.header(of: Data(contentsOf: file))
                    let expected: ImageFormat = file.pathExtension == "webp" ? .webp : file.pathExtension == "jpg" ? .jpeg : .png
                    #expect(header.format == expected, "\(file.path)")
                    if tag.hasPrefix("<source") { #expect(header.format == .webp) }
                    if let descriptor = parts.dropFirst().first, descriptor.hasSuffix("w") {
                        #expect("\(header.width)w" == descriptor, "\(file.lastPathComponent)")
                    }
                    checked += 1
                }
            }
            let img = try #require(picture.components(separatedBy: "<img ").dropFirst().first?.prefix { $0 != ">" })
            let src = try #require(attribute("src", in: img))
            let header = try Images.header(of: Data(contentsOf: folder.appendingPathComponent(src)))
            let (width, height) = (try #require(attribute("width", in: img).flatMap(Double.init)),
                                   try #require(attribute("height", in: img).flatMap(Double.init)))
            if header.format == .svg {
                // Shown as it is, at the size the attributes give: the same shape.
                #expect(abs(width / height - Double(header.width) / Double(header.height)) < 0.02, "\(page): \(img)")
            } else {
                #expect(Int(width) == header.width && Int(height) == header.height, "\(page): \(img)")
            }
            #expect(attribute("alt", in: img) != nil, "\(page): \(img)")
        }
        return checked
    }

    @Test func theBundledCampaignShowsItsCoversInEverySizeAndFormat() async throws {
        let output = temporaryFolder("bundled-images")
        defer { removeFolders(output) }
        try await build(repositoryRoot, into: output)
        let articles = files(in: output).filter { $0.hasPrefix("articles/") && $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 3 }
        #expect(articles.count == 5)
        for page in articles {
            let html = try read(output, page)
            let cover = try #require(Self.pictures(html).first { $0.contains("1600w") }, "\(page) has no cover")
            #expect(cover.contains("<source type=\"image/webp\" srcset=\"") && cover.contains(" sizes=\""))
            #expect(!cover.contains("loading=\"lazy\""), "the cover is at the top: loaded at once")
            #expect(try Self.checkSrcsets(html, page: page, output: output) >= 8)
            // The share card: 1200 × 630, with the cover's alt text.
            let card = try #require(html.components(separatedBy: "<meta property=\"og:image\" content=\"https://example.org/").dropFirst().first?
                .components(separatedBy: "\"").first)
            let header = try Images.header(of: Data(contentsOf: output.appendingPathComponent(card)))
            #expect(header == ImageHeader(format: .jpeg, width: 1200, height: 630))
            #expect(html.contains("<meta property=\"og:image:width\" content=\"1200\">"))
            #expect(html.contains("<meta property=\"og:image:height\" content=\"630\">"))
            let alt = try #require(html.components(separatedBy: "<meta property=\"og:image:alt\" content=\"").dropFirst().first?
                .components(separatedBy: "\"").first)
            #expect(cover.contains("alt=\"\(alt)\"") && alt.count > 20)
        }
        let list = try read(output, "articles/index.html")
        #expect(Self.pictures(list).filter { $0.contains("-160w.") && $0.contains(" 2x\"") }.count == 5, "a thumbnail per article")
        #expect(try Self.checkSrcsets(list, page: "articles/index.html", output: output) >= 10)
        // Derivatives are no larger than a cover needs: each under 200 KB, the WebP smaller than the JPEG.
        for file in files(in: output) where file.hasPrefix("assets/images/") {
            let size = try #require(try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(file).path)[.size] as? Int)
            #expect(size < 200_000, "\(file): \(size) bytes")
        }
    }

    @Test func everyPageHasAFaviconThatExists() async throws {
        for (site, svg, basePath) in [(repositoryRoot, true, "/"), (fixtures.appendingPathComponent("image-site"), false, "/"),
                                      (fixtures.appendingPathComponent("minimal"), true, "/campaign/")] {
            let output = temporaryFolder("favicon")
            defer { removeFolders(output) }
            try await build(site, into: output)
            for page in files(in: output) where page.hasSuffix(".html") {
                let html = try read(output, page)
                #expect(html.contains("<link rel=\"icon\" href=\""), "\(page) of \(site.lastPathComponent)")
                #expect(html.contains("type=\"image/svg+xml\"") == svg, "\(page)")
                #expect(html.contains("<link rel=\"apple-touch-icon\" href=\""), "\(page)")
            }
            let ico = try Data(contentsOf: output.appendingPathComponent("favicon.ico"))
            #expect([UInt8](ico.prefix(8)) == [0, 0, 1, 0, 1, 0, 32, 32], "an ICO with one 32 × 32 image")
            #expect(try Images.header(of: ico.dropFirst(22)) == ImageHeader(format: .png, width: 32, height: 32))
            let touch = try Data(contentsOf: output.appendingPathComponent("apple-touch-icon.png"))
            #expect(try Images.header(of: touch) == ImageHeader(format: .png, width: 180, height: 180))
            // check resolves every link, srcset candidates included.
            let broken = OutputLinks(output: output, basePath: basePath).problems
            #expect(broken.isEmpty, "\(broken)")
        }
    }

    @Test func theFixtureShowsLogosThumbnailsAndARasterFavicon() async throws {
        let output = temporaryFolder("image-site")
        defer { removeFolders(output) }
        try await build(fixtures.appendingPathComponent("image-site"), into: output)
        let home = try read(output, "index.html")
        // The coalition wall: the logo (64 and 128 pixels high) and the name beside it.
        let wall = try #require(home.components(separatedBy: "class=\"coalition-wall\"").dropFirst().first)
        #expect(wall.contains("<span>Member Group</span>") && wall.contains("<span>Plain Group</span>"))
        #expect(Self.pictures(wall).count == 1 && Self.pictures(wall)[0].contains(" 2x"))
        #expect(try Self.checkSrcsets(home, page: "index.html", output: output) == 8, "logo and thumbnail, 1x and 2x, PNG/JPEG and WebP")
        let organization = try read(output, "organizations/member/index.html")
        #expect(Self.pictures(organization).count >= 1)
        // A logo's card is the logo on white, at 1200 × 630, as PNG.
        let card = try #require(organization.components(separatedBy: "<meta property=\"og:image\" content=\"https://images.example/").dropFirst()
            .first?.components(separatedBy: "\"").first)
        #expect(try Images.header(of: Data(contentsOf: output.appendingPathComponent(card)))
            == ImageHeader(format: .png, width: 1200, height: 630))
        #expect(organization.contains("<meta property=\"og:image:alt\" content=\"Logo of Member Group\">"))
        let plain = try read(output, "articles/no-image/index.html")
        #expect(Self.pictures(plain).filter { $0.contains("w,") }.isEmpty, "no cover without an image")
    }

    @Test func buildsAreByteIdenticalAndReuseTheirDerivatives() async throws {
        let (first, second) = (temporaryFolder("images-a"), temporaryFolder("images-b"))
        defer { removeFolders(first, second) }
        try await build(repositoryRoot, into: first)
        try await build(repositoryRoot, into: second)
        let names = files(in: first)
        #expect(names == files(in: second))
        for name in names {
            #expect(FileManager.default.contentsEqual(atPath: first.appendingPathComponent(name).path,
                                                      andPath: second.appendingPathComponent(name).path), "\(name)")
        }
        // A rebuild into the same folder links the derivatives it already has instead of making them.
        let derivative = try #require(names.first { $0.hasPrefix("assets/images/") && $0.hasSuffix(".webp") })
        let inode = { () throws -> Int in
            try #require(try FileManager.default.attributesOfItem(atPath: first.appendingPathComponent(derivative).path)[.systemFileNumber] as? Int)
        }
        let before = try inode()
        try await build(repositoryRoot, into: first)
        #expect(try inode() == before)
    }

    func buildErrors(_ site: URL) async -> [String] {
        let output = temporaryFolder("bad-image")
        defer { removeFolders(output) }
        do {
            try await build(site, into: output)
            return []
        } catch let error as DiagnosticList {
            #expect(!FileManager.default.fileExists(atPath: output.path), "nothing written")
            return error.errors.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test(arguments: [("not-an-image.png", "is not an image Placard can read"),
                      ("bomb.svg", "is 30000×30000 pixels; images are limited to 50 megapixels"),
                      ("image.tif", "is in a format Placard does not read"),
                      ("truncated.jpg", "cannot be decoded")])
    func aBadImageIsAnErrorWhereItIsNamed(file: String, message: String) async throws {
        let site = try scratchCopy(of: "image-site")
        defer { removeFolders(site) }
        let photo = site.appendingPathComponent("content/assets/photos/rally.jpg")
        try FileManager.default.removeItem(at: photo)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("images/" + file), to: photo)
        let errors = await buildErrors(site)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("content/articles/rally.md:4:8: error: image 'assets/photos/rally.jpg' ") == true,
                "\(errors)")
        #expect(errors.first?.contains(message) == true, "\(errors)")
    }

    @Test func anImageLinkedFromOutsideTheSiteIsRefused() async throws {
        let site = try scratchCopy(of: "image-site")
        let outside = temporaryFolder("outside.png")
        defer { removeFolders(site, outside) }
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("images/alpha.png"), to: outside)
        let photo = site.appendingPathComponent("content/assets/photos/rally.jpg")
        try FileManager.default.removeItem(at: photo)
        try FileManager.default.createSymbolicLink(atPath: photo.path, withDestinationPath: outside.path)
        let errors = await buildErrors(site)
        #expect(errors.contains { $0.hasPrefix("content/assets/photos/rally.jpg: error: a symbolic link to") }, "\(errors)")
    }
}
