import Content
import Templates

enum Calendars {
    static func files(_ contexts: PageContexts) -> [GeneratedFile] { [] }
}
