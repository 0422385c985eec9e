import Content
import Markdown

/// Images as templates show them: a `<picture>` shape, the favicon links, the share card.
extension PageContexts {
    /// How wide a cover is shown: the text column (`--measure` less padding), else the viewport.
    static let coverSizes = "(min-width: 44rem) 40rem, calc(100vw - 2rem)"

    /// `src`, `srcset`, `webp_srcset`, `sizes`, `width`, `height`, `alt`, `type` of an asset shown
    /// as `use`; nil for a URL or a file that is not shown.
    /// Loaded lazily unless `eager` (what the top of a page shows).
    func picture(_ written: String?, as use: ImageUse, alt: String, links: Links, eager: Bool = false) -> TemplateObject? {
        guard let written, let shown = rendered.images.shown(SiteLoader.assetPath(written), as: use),
              let first = shown.files.first else { return nil }
        let main = use == .cover ? shown.files.first { $0.width >= 800 } ?? shown.files.last! : first
        func srcset(_ files: [ImageFile]) -> String? {
            guard files.count > 1 || (use == .cover && !files.isEmpty && files != [main]) else { return nil }
            return files.map { file in
                links.to(file.path) + (use == .cover ? " \(file.width)w" : " \(file.width / first.width)x")
            }.joined(separator: ", ")
        }
        var value = TemplateObject()
        value["src"] = links.to(main.path)
        value.set("width", .int(main.width))
        value.set("height", .int(main.height))
        value["alt"] = alt
        value["type"] = shown.mediaType
        value["srcset"] = srcset(shown.files)
        value["webp_srcset"] = shown.webp.isEmpty ? nil : srcset(shown.webp) ?? links.to(shown.webp[0].path)
        value.flag("lazy", use != .cover && !eager)
        value["sizes"] = use == .cover && (srcset(shown.files) != nil) ? Self.coverSizes : nil
        return value
    }

    /// `ico_url`, `svg_url` (when the favicon is an SVG) and `touch_url`, or nil without a favicon.
    func favicon(links: Links) -> TemplateObject? {
        guard let favicon = rendered.images.favicon else { return nil }
        var value = TemplateObject()
        value["ico_url"] = links.to(Favicon.ico)
        value["svg_url"] = favicon.svg.map(links.to)
        value["touch_url"] = links.to(Favicon.touchIcon)
        return value
    }

    /// The share card of an image as content names it: the 1200 × 630 card made of a file of the
    /// site, or a URL as it is written; absolute, so nil without `baseURL`.
    func card(_ image: ShareImage) -> TemplateObject? {
        var value = TemplateObject()
        if URLPolicy.isExternal(image.written) {
            guard ShareCardImage.isShown(image.written) else { return nil }
            value["url"] = image.written
        } else {
            guard let card = rendered.images.cards[SiteLoader.assetPath(image.written)],
                  let url = rendered.absoluteURL(for: card.path) else { return nil }
            value["url"] = url
            value["width"] = String(card.width)
            value["height"] = String(card.height)
            value["type"] = card.path.hasSuffix(".jpg") ? "image/jpeg" : "image/png"
        }
        value["alt"] = image.alt.flatMap { $0.isEmpty ? nil : $0 }
        return value
    }
}
