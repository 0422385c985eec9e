import Content
import Templates

enum Feeds {
    static func files(_ contexts: PageContexts) -> [GeneratedFile] { [] }
}
