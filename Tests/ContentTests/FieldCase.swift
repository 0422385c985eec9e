/// One field of the content, for table-driven tests: a file whose `template` holds `VALUE` where
/// the field's value goes, other files the site needs, and the line and column of the value.
struct FieldCase: Sendable, CustomStringConvertible {
    var description: String
    var file: String
    var template: String
    var others: [String: String] = [:]
    var at: String

    func files(_ value: String) -> [String: String] {
        others.merging([file: template.replacingOccurrences(of: "VALUE", with: value)]) { _, new in new }
    }

    /// `file:line:col`, as messages write it.
    var place: String { "\(file):\(at)" }
}
