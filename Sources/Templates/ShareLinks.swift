import Content
import Foundation
import Markdown

/// Share links of an article or event page: plain links to each platform's own share address,
/// which load nothing until the visitor follows one, and Mastodon through the site's own page
/// that asks for the visitor's server. They need the page's absolute URL, so `baseURL`.
enum ShareLinks {
    struct Target {
        var name: String
        /// The share address, with `{url}`, `{title}` and `{text}` (title and URL) to fill in.
        var template: String
    }

    static let targets = [
        Target(name: "Email", template: "mailto:?subject={title}&body={text}"),
        Target(name: "Bluesky", template: "https://bsky.app/intent/compose?text={text}"),
        Target(name: "X", template: "https://x.com/intent/tweet?text={title}&url={url}"),
        Target(name: "Facebook", template: "https://www.facebook.com/sharer/sharer.php?u={url}"),
        Target(name: "WhatsApp", template: "https://wa.me/?text={text}"),
        Target(name: "LinkedIn", template: "https://www.linkedin.com/sharing/share-offsite/?url={url}"),
    ]

    /// The `share_links` value: `url`, `title`, `links` (`name`, `url`), `mastodon_url`, `script_url`.
    static func context(title: String, url: String, links: Links) -> TemplateObject {
        var value = TemplateObject()
        value["url"] = url
        value["title"] = title
        let text = title + " " + url
        value.list("links", targets.compactMap { target in
            let href = fill(target.template, title: title, url: url, text: text)
            guard URLPolicy.allows(href) else { return nil }
            var item = TemplateObject()
            item["name"] = target.name
            item["url"] = href
            return item
        })
        value["mastodon_url"] = links.to(SitePaths.shareMastodon) + "?text=" + encoded(text)
        value["script_url"] = links.to(script)
        return value
    }

    /// The theme's script for the Web Share API, "Copy link" and the Mastodon page.
    static let script = "assets/share.js"

    static func fill(_ template: String, title: String, url: String, text: String) -> String {
        template.replacingOccurrences(of: "{title}", with: encoded(title))
            .replacingOccurrences(of: "{url}", with: encoded(url))
            .replacingOccurrences(of: "{text}", with: encoded(text))
    }

    /// Percent-encoded for a query value: everything but RFC 3986's unreserved characters.
    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
