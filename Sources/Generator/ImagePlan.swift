import Content
import Foundation
import Images
import Markdown
import Templates

/// Every image a page shows, read once before pages are rendered: the sizes templates give in
/// `srcset`, and the derivatives to write. Derivative names carry a hash of the source bytes and
/// the recipe, so the previous output's copy is reused instead of resized again.
struct ImagePlan: Sendable {
    /// One file to make from a source image.
    struct Derivative: Sendable, Hashable {
        var path: String
        var width: Int
        var height: Int
        var fit: Images.Fit
        var format: ImageFormat
        var enlarge = false
        /// Written at a fixed path (the favicons), so never reused from the previous output.
        var isFixedPath = false
    }

    /// A source image and everything made of it.
    struct Source: Sendable {
        var url: URL
        /// As messages name it (`assets/photos/x.jpg`).
        var name: String
        /// Where content names it first, for messages.
        var location: SourceLocation
        var derivatives: [Derivative]
        /// `favicon.ico` holds this PNG (a derivative above) in an ICO container.
        var icoFrom: String?
    }

    var images = SiteImages()
    var sources: [Source] = []

    /// Bumped when a recipe changes, so that no earlier derivative is reused.
    static let recipe = "placard-images-1"
    static let coverWidths = [480, 800, 1200, 1600]
    /// Thumbnails are 160 × 90 CSS pixels, logos 64 CSS pixels high; each at 1x and 2x.
    static let thumbnailSize = (width: 160, height: 90)
    static let logoHeight = 64
    static let folder = "assets/images/"

    /// Reads the headers of the images that `site` shows; bad ones are errors where they are named.
    static func make(_ site: Site, theme: Theme, themeURL: URL, root: URL, display: String)
        -> (plan: ImagePlan, problems: [Diagnostic]) {
        var plan = ImagePlan()
        var problems: [Diagnostic] = []
        let assets = Set(site.assets.map(\.path))
        let files = SiteFiles(allowing: [root, themeURL])
        var read: [URL: (header: ImageHeader, fingerprint: String, index: Int)?] = [:]

        /// The source at `url`, read and added once; nil (with a problem) when it is no image.
        func source(_ url: URL, shownAs name: String, at location: SourceLocation) -> (ImageHeader, String, Int)? {
            if let known = read[url] { return known.map { ($0.header, $0.fingerprint, $0.index) } }
            var found: (header: ImageHeader, fingerprint: String, index: Int)?
            defer { read[url] = found }
            guard let readable = files.readable(url, displayPath: name, problems: &problems) else { return nil }
            let size = (try? readable.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
            guard size <= Images.maxBytes else {
                problems.append(.error(location, "image '\(name)' \(ImageError.tooLarge(bytes: size))"))
                return nil
            }
            do {
                let data = try Data(contentsOf: readable)
                let header = try Images.header(of: data)
                plan.sources.append(Source(url: readable, name: name, location: location, derivatives: []))
                found = (header, Images.fingerprint(data), plan.sources.count - 1)
            } catch let error as ImageError {
                problems.append(.error(location, "image '\(name)' \(error)"))
            } catch {
                problems.append(.error(location, "image '\(name)' cannot be read: \(error.localizedDescription)"))
            }
            return found.map { ($0.header, $0.fingerprint, $0.index) }
        }

        func asset(_ written: String?, at location: SourceLocation) -> (path: String, ImageHeader, String, Int)? {
            guard let written, !URLPolicy.isExternal(written) else { return nil }
            let path = SiteLoader.assetPath(written)
            guard assets.contains(path) else { return nil }
            let url = root.appendingPathComponent("content").appendingPathComponent(path)
            return source(url, shownAs: path, at: location).map { (path, $0.0, $0.1, $0.2) }
        }

        for article in site.articles {
            guard let (path, header, fingerprint, index) = asset(article.image, at: article.imageLocation ?? article.location)
            else { continue }
            plan.show(path, as: .cover, header, fingerprint, index)
            plan.show(path, as: .thumbnail, header, fingerprint, index)
            plan.card(path, fit: .crop, header, fingerprint, index)
        }
        for organization in site.organizations {
            guard let (path, header, fingerprint, index) = asset(organization.logo, at: organization.location) else { continue }
            plan.show(path, as: .logo, header, fingerprint, index)
            plan.card(path, fit: .pad, header, fingerprint, index)
        }
        let config = site.config
        let configLocation = SourceLocation(file: join(display, "content/site.yaml"))
        if let (path, header, fingerprint, index) = asset(config.logo, at: config.logoLocation ?? configLocation) {
            plan.show(path, as: .logo, header, fingerprint, index)
        }
        if let (path, header, fingerprint, index) = asset(config.image, at: config.imageLocation ?? configLocation) {
            plan.card(path, fit: .crop, header, fingerprint, index)
        }
        // `favicon:` of site.yaml, else the theme's `static/favicon.svg` or `static/favicon.png`.
        if config.favicon != nil {
            if let (path, header, _, index) = asset(config.favicon, at: config.faviconLocation ?? configLocation) {
                plan.favicon(shown: path, header, index)
            }
        } else if let name = ["favicon.svg", "favicon.png"].first(where: theme.staticFiles.contains) {
            let display = theme.displayPath + "/static/" + name
            let url = themeURL.appendingPathComponent("static").appendingPathComponent(name)
            if let (header, _, index) = source(url, shownAs: display, at: SourceLocation(file: display)) {
                plan.favicon(shown: name, header, index)
            }
        }
        return (plan, problems)
    }

    // MARK: - Uses

    private mutating func show(_ path: String, as use: ImageUse, _ header: ImageHeader, _ fingerprint: String, _ index: Int) {
        guard images.shown(path, as: use) == nil else { return }
        let sizes: [(width: Int, height: Int)]
        switch use {
        case .cover:
            let widths = Self.coverWidths.filter { $0 < header.width } + [min(header.width, Self.coverWidths.last!)]
            sizes = widths.map { ($0, Self.scaled(header.height, $0, header.width)) }
        case .thumbnail:
            let (width, height) = Self.thumbnailSize
            sizes = header.format == .svg ? [(width, Self.scaled(header.height, width, header.width))]
                : [1, 2].map { ($0 * width, $0 * height) }.filter { $0.0 <= max(header.width, width) }
        case .logo:
            let heights = [1, 2].map { $0 * Self.logoHeight }.filter { $0 <= max(header.height, Self.logoHeight) }
            sizes = (header.format == .svg ? [Self.logoHeight] : heights).map { (Self.scaled(header.width, $0, header.height), $0) }
        }
        if header.format == .svg {
            images.shown[use, default: [:]][path] = ShownImage(files: [ImageFile(path: path, width: sizes[0].width,
                                                                                height: sizes[0].height)],
                                                               webp: [], mediaType: header.format.mediaType)
            return
        }
        let format: ImageFormat = header.format == .jpeg ? .jpeg : .png
        func files(_ format: ImageFormat) -> [ImageFile] {
            sizes.map { size in
                let derivative = derive(path, fingerprint, index, width: size.width, height: size.height, fit: .crop, format: format)
                return ImageFile(path: derivative.path, width: size.width, height: size.height)
            }
        }
        images.shown[use, default: [:]][path] = ShownImage(files: files(format), webp: files(.webp), mediaType: format.mediaType)
    }

    private mutating func card(_ path: String, fit: Images.Fit, _ header: ImageHeader, _ fingerprint: String, _ index: Int) {
        guard images.cards[path] == nil else { return }
        let (width, height) = (SiteImages.cardWidth, SiteImages.cardHeight)
        let derivative = derive(path, fingerprint, index, width: width, height: height, fit: fit,
                                format: header.format == .jpeg ? .jpeg : .png, enlarge: true, name: "card")
        images.cards[path] = ImageFile(path: derivative.path, width: width, height: height)
    }

    /// `favicon.ico` (32 pixels) and the touch icon (180) of the source at `index`, shown at `shown` (an output path).
    private mutating func favicon(shown: String, _ header: ImageHeader, _ index: Int) {
        let ico = Derivative(path: "favicon-32.png", width: 32, height: 32, fit: .pad, format: .png, enlarge: true, isFixedPath: true)
        let touch = Derivative(path: Favicon.touchIcon, width: 180, height: 180, fit: .pad, format: .png, enlarge: true,
                               isFixedPath: true)
        sources[index].derivatives += [ico, touch]
        sources[index].icoFrom = ico.path
        images.favicon = Favicon(svg: header.format == .svg ? shown : nil)
    }

    // MARK: - Names

    private mutating func derive(_ path: String, _ fingerprint: String, _ index: Int, width: Int, height: Int,
                                 fit: Images.Fit, format: ImageFormat, enlarge: Bool = false, name: String? = nil)
        -> Derivative {
        let recipe = [Self.recipe, Images.libraryVersion, fingerprint, "\(width)x\(height)", "\(fit)", format.rawValue,
                      "\(enlarge)"].joined(separator: " ")
        let stem = Slug.from(((path as NSString).lastPathComponent as NSString).deletingPathExtension)
        let label = name ?? "\(width)w"
        let output = Self.folder + (stem.isEmpty ? "" : stem + "-") + label + "."
            + Images.fingerprint(Data(recipe.utf8)).prefix(12) + "." + format.fileExtension
        let derivative = Derivative(path: output, width: width, height: height, fit: fit, format: format, enlarge: enlarge)
        if !sources[index].derivatives.contains(derivative) { sources[index].derivatives.append(derivative) }
        return derivative
    }

    /// `length × numerator / denominator`, rounded, at least 1.
    private static func scaled(_ length: Int, _ numerator: Int, _ denominator: Int) -> Int {
        max(1, Int((Double(length) * Double(numerator) / Double(denominator)).rounded()))
    }

    private static func join(_ root: String, _ name: String) -> String {
        SiteBuilder.join(root, name)
    }
}
