import Content
import Templates

enum Sitemap {
    static func files(_ contexts: PageContexts) -> [GeneratedFile] { [] }
}
