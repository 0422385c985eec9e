import Content
import Templates

enum SearchIndex {
    static func files(_ contexts: PageContexts) -> [GeneratedFile] { [] }
}
