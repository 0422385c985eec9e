import Content
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
        var value = TemplateObject(capacity: 6)
        value["url"] = url
        value["title"] = title
        let text = title + " " + url
        let values = Values(title: encoded(title), url: encoded(url), text: encoded(text))
        value.list("links", targets.compactMap { target in
            let href = fill(target.template, values)
            guard URLPolicy.allows(href) else { return nil }
            var item = TemplateObject()
            item["name"] = target.name
            item["url"] = href
            return item
        })
        value["mastodon_url"] = links.to(SitePaths.shareMastodon) + "?text=" + values.text
        value["script_url"] = links.to(script)
        return value
    }

    /// The theme's script for the Web Share API, "Copy link" and the Mastodon page.
    static let script = "assets/share.js"

    /// What a template's `{title}`, `{url}` and `{text}` become, encoded once for every target.
    struct Values {
        var title: String
        var url: String
        var text: String
    }

    static func fill(_ template: String, title: String, url: String, text: String) -> String {
        fill(template, Values(title: encoded(title), url: encoded(url), text: encoded(text)))
    }

    /// Every `{title}`, `{url}` and `{text}` of `template` replaced in one pass (the encoded values
    /// have no braces, so none of them can make a placeholder that another replacement would see).
    static func fill(_ template: String, _ values: Values) -> String {
        var filled = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            filled += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let placeholder: (value: String, length: Int)? = after.hasPrefix("title}") ? (values.title, 6)
                : after.hasPrefix("url}") ? (values.url, 4) : after.hasPrefix("text}") ? (values.text, 5) : nil
            if let placeholder {
                filled += placeholder.value
                rest = after.dropFirst(placeholder.length)
            } else {
                filled += "{"
                rest = after
            }
        }
        return filled + rest
    }

    /// Percent-encoded for a query value: every UTF-8 byte but RFC 3986's unreserved characters
    /// as `%XX` (what Foundation's `addingPercentEncoding` gives, without its trip through NSString).
    static func encoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): true
        default: false
        }
    }
}
