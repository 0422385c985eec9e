import Foundation
import Markdown

/// Reads `content/site.yaml`.
struct SiteConfigLoader {
    let sink: DiagnosticSink

    func load(_ source: YAMLText) -> SiteConfig? {
        let before = sink.diagnostics.count
        guard let root = source.compose(into: sink) else {
            if sink.diagnostics.count == before {
                sink.error(source.location(nil), "site.yaml is empty; it needs at least a 'title'")
            }
            return nil
        }
        guard let fields = YAMLFields(root, source: source, sink: sink, what: "site.yaml") else { return nil }
        fields.warnUnknownKeys(allowed: ["title", "description", "baseURL", "language", "nav", "call_to_action",
                                         "unsafe_html", "archived", "ingest", "image", "image_alt", "logo", "favicon"])
        let title = fields.string("title", required: true)
        let nav = fields.list("nav").compactMap { node -> SiteConfig.NavItem? in
            guard let item = YAMLFields(node, source: source, sink: sink, what: "each nav item") else { return nil }
            item.warnUnknownKeys(allowed: ["title", "url"])
            guard let title = item.string("title", required: true), let url = item.url("url", required: true)
            else { return nil }
            return SiteConfig.NavItem(title: title, url: url)
        }
        let removePatterns = ingestPatterns(fields)
        let baseURL = baseURL(fields)
        if fields.value("baseURL") == nil {
            sink.warning(fields.location, "no 'baseURL': feeds, the sitemap, canonical URLs and share-card images "
                + "need absolute URLs and are left out")
        }
        guard let title else { return nil }
        var config = SiteConfig(title: title, description: fields.string("description"), baseURL: baseURL,
                                language: fields.string("language") ?? "en", nav: nav,
                                callToAction: callToAction(fields), unsafeHTML: fields.bool("unsafe_html") ?? false,
                                archived: fields.bool("archived") ?? false, ingestRemovePatterns: removePatterns)
        config.image = fields.url("image").map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }
        config.imageLocation = config.image.map { _ in fields.location(of: "image") }
        config.imageAlt = fields.string("image_alt")
        config.logo = fields.string("logo")
        config.logoLocation = config.logo.map { _ in fields.location(of: "logo") }
        config.favicon = fields.string("favicon")
        config.faviconLocation = config.favicon.map { _ in fields.location(of: "favicon") }
        return config
    }

    /// `ingest: {remove: [regex, …]}`: each must compile.
    private func ingestPatterns(_ fields: YAMLFields) -> [String] {
        guard let ingest = fields.fields("ingest") else { return [] }
        ingest.warnUnknownKeys(allowed: ["remove"])
        return ingest.strings("remove").compactMap { pattern in
            do {
                _ = try NSRegularExpression(pattern: pattern.value)
                return pattern.value
            } catch {
                sink.error(pattern.location, "'\(pattern.value)' is not a valid regular expression")
                return nil
            }
        }
    }

    private func baseURL(_ fields: YAMLFields) -> String? {
        guard let url = fields.string("baseURL") else { return nil }
        guard Self.isBaseURL(url) else {
            sink.error(fields.location(of: "baseURL"), "baseURL must be an absolute http(s) URL with a host and "
                + "no query or fragment, such as 'https://example.org/campaign/', not '\(URLPolicy.visible(url))'")
            return nil
        }
        return url.hasSuffix("/") ? url : url + "/"
    }

    /// Every absolute URL of the site (sitemap, feeds, canonical links) starts with the base, so
    /// it holds only characters that need no escaping anywhere: no spaces, quotes, `<`, `&`, `?`, `#`.
    static func isBaseURL(_ url: String) -> Bool {
        let plain = url.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || "-._~:/%".unicodeScalars.contains(scalar))
        }
        guard plain, url.removingPercentEncoding != nil, let parts = URLComponents(string: url),
              let scheme = parts.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && !(parts.host ?? "").isEmpty
    }

    private func callToAction(_ fields: YAMLFields) -> SiteConfig.CallToAction? {
        guard let cta = fields.fields("call_to_action") else { return nil }
        cta.warnUnknownKeys(allowed: ["title", "text", "url", "form"])
        let form = cta.fields("form").flatMap(SignUpFormLoader(sink: sink).load)
        guard let title = cta.string("title", required: true), let url = cta.url("url", required: true)
        else { return nil }
        return SiteConfig.CallToAction(title: title, text: cta.string("text"), url: url, form: form)
    }
}
