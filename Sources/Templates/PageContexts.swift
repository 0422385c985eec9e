import Content
import Markdown

/// Builds the context of every page kind (docs/templates.md is the contract).
/// Every URL it gives is relative to the page being rendered.
public struct PageContexts: Sendable {
    public let rendered: RenderedSite
    public var site: Site { rendered.site }
    public var index: SiteIndex { rendered.index }
    public var version: String { rendered.version }
    public var today: Day { rendered.today }
    /// Theme stylesheet, as a site path.
    public static let stylesheet = "assets/placard.css"
    static let listLength = 5

    /// Each article's summary as lists show it, by slug, shortened once rather than on every page.
    let listSummaries: [String: String]
    /// The nav's links, read once rather than twice on every page.
    let navLinks: [(title: String, link: SiteLink)]

    public init(_ rendered: RenderedSite) {
        self.rendered = rendered
        navLinks = rendered.site.config.nav.map { ($0.title, SiteLink(sitePath: $0.url)) }
        listSummaries = Dictionary(rendered.articles.compactMap { article in
            article.summary.map { (article.slug, $0.truncated(to: 300)) }
        }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: - Common values

    /// Values every page has. `path` is the page's site path; `title` nil for the home page.
    /// `image` is the page's own share image (a path under `content/assets/`, or a URL), `type` its Open Graph type.
    func common(path: String, title: String?, description: String?, image: ShareImage? = nil,
                type: String = "website") -> TemplateObject {
        let links = Links(from: path, notFoundRoot: path == SitePaths.notFound ? notFoundRoot : nil)
        // Room for the page kind's own keys too.
        var context = TemplateObject(capacity: 24)
        var siteValues = TemplateObject(capacity: 8)
        siteValues["title"] = site.config.title
        siteValues["description"] = site.config.description
        siteValues["language"] = site.config.language
        siteValues["base_url"] = site.config.baseURL
        siteValues.flag("archived", site.config.archived)
        siteValues.set("cta", site.config.callToAction.map { callToAction($0, links: links) })
        siteValues.set("logo", picture(site.config.logo, as: .logo, alt: "", links: links, eager: true))
        context.set("site", siteValues)
        context["root"] = links.root
        context["home_url"] = links.to(SitePaths.home)
        context.list("nav", navLinks.map { item in
            var nav = TemplateObject(capacity: 3)
            nav["title"] = item.title
            nav["url"] = links.href(item.link)
            nav.flag("current", item.link.sitePath == path)
            return nav
        })
        context["page_title"] = title
        context["description"] = (description ?? site.config.description).map { $0.truncated(to: 200) }
        let canonical = path == SitePaths.notFound ? nil : rendered.absoluteURL(for: path)
        context["canonical"] = canonical
        context.set("share", share(title: title ?? site.config.title, description: context["description"],
                                   url: canonical, image: image, type: type))
        context["stylesheet"] = links.to(Self.stylesheet)
        context.set("favicon", favicon(links: links))
        context["generator"] = "Placard \(version)"
        if rendered.hasAbsoluteURLs { context["feed_url"] = links.to(SitePaths.feed) }
        context["search_url"] = links.to(SitePaths.search)
        return context
    }

    /// An image as content names it (`cards/x.png`, `assets/cards/x.png`, or a URL), absolute.
    func imageURL(_ written: String) -> String? {
        URLPolicy.isExternal(written) ? written : rendered.absoluteURL(for: SiteLoader.assetPath(written))
    }

    /// A page's own share image: a wide card, or a logo that platforms show small and square.
    struct ShareImage {
        var written: String
        var isLogo = false
        /// What it shows (`og:image:alt`).
        var alt: String? = nil
    }

    /// Open Graph and Twitter card values. The image is the page's own when platforms can show it,
    /// else the site's; it needs `baseURL`.
    private func share(title: String, description: String?, url: String?, image: ShareImage?, type: String) -> TemplateObject {
        var value = TemplateObject(capacity: 12)
        value["title"] = title
        value["description"] = description
        value["url"] = url
        value["type"] = type
        value["site_name"] = site.config.title
        value["locale"] = site.config.language.replacingOccurrences(of: "-", with: "_")
        let own = image.flatMap { card($0) == nil ? nil : $0 }
        let chosen = own ?? site.config.image.map { ShareImage(written: $0, alt: site.config.imageAlt) }
        let shown = chosen.flatMap(card)
        value["image"] = shown?["url"]
        value["image_width"] = shown?["width"]
        value["image_height"] = shown?["height"]
        value["image_type"] = shown?["type"]
        value["image_alt"] = shown?["alt"]
        value["card"] = value["image"] == nil || chosen?.isLogo == true ? "summary" : "summary_large_image"
        return value
    }

    /// `site.cta`: the call to action, with its sign-up form when it has one.
    func callToAction(_ cta: SiteConfig.CallToAction, links: Links) -> TemplateObject {
        var value = TemplateObject()
        value["title"] = cta.title
        value["text"] = cta.text
        value["url"] = links.resolve(cta.url)
        if let form = cta.form {
            var formValue = TemplateObject()
            formValue["action"] = form.action
            formValue["method"] = form.method.rawValue
            formValue["submit"] = form.submit
            formValue.list("fields", form.fields.map { field in
                var item = TemplateObject()
                item["id"] = "cta-" + field.name
                item["name"] = field.name
                item["label"] = field.label
                item["type"] = field.kind.inputType
                item["autocomplete"] = field.kind.autocomplete
                item.flag("required", field.required)
                return item
            })
            value.set("form", formValue)
        }
        return value
    }

    /// The root of a 404 page, which a server shows at any depth.
    var notFoundRoot: String { site.config.basePath }

}

/// Relative links from one page.
struct Links {
    let from: String
    /// Set on the 404 page, whose links must work at any depth.
    let notFoundRoot: String?

    var root: String { notFoundRoot ?? SiteLink.rootPrefix(from: from) }

    func to(_ sitePath: String) -> String {
        href(.fromRoot(path: sitePath, suffix: ""))
    }

    /// A nav or call-to-action URL: a site path, a fragment or query of this page, or elsewhere.
    func resolve(_ written: String) -> String {
        href(SiteLink(sitePath: written))
    }

    func href(_ link: SiteLink) -> String {
        if let notFoundRoot, case .fromRoot(let path, let suffix) = link { return notFoundRoot + path + suffix }
        return link.href(from: from)
    }
}

import Foundation
