import Foundation

/// A value handed to a template: what Mustache can show, and nothing else. `Sendable`, so that
/// contexts can be built on any thread.
public enum TemplateValue: Sendable, Hashable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// A value the page does not have. Unlike a missing key, it stops Mustache from looking the
    /// name up in enclosing contexts, so a list item without a logo never shows its page's logo.
    case null

    /// The form swift-mustache walks (see MustacheShapes.swift).
    var mustacheValue: Any {
        switch self {
        case .string(let text): MustacheText(text: text)
        case .bool(let flag): flag
        case .int(let number): number
        case .list(let items): items.map(\.mustacheValue)
        case .object(let fields): MustacheObject(fields: fields.mapValues(\.mustacheValue))
        case .null: MustacheNull()
        }
    }

    public subscript(key: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }
}

/// Builds a template object; nil values and empty lists are `null`, and each list gets a
/// `has_<name>` flag, so that templates can leave out empty sections.
public struct TemplateObject: Sendable {
    public private(set) var fields: [String: TemplateValue] = [:]

    /// `capacity`: the keys it will have, when known, so that the fields are not rehashed as they grow.
    public init(capacity: Int = 0) {
        if capacity > 0 { fields.reserveCapacity(capacity) }
    }

    public subscript(key: String) -> String? {
        get { if case .string(let text)? = fields[key] { text } else { nil } }
        set { fields[key] = newValue.map(TemplateValue.string) ?? .null }
    }

    public mutating func set(_ key: String, _ value: TemplateValue?) {
        fields[key] = value ?? .null
    }

    public mutating func set(_ key: String, _ object: TemplateObject?) {
        fields[key] = object.map { .object($0.fields) } ?? .null
    }

    public mutating func flag(_ key: String, _ value: Bool) {
        fields[key] = value ? .bool(true) : .null
    }

    public mutating func list(_ key: String, _ items: [TemplateObject]) {
        fields[key] = items.isEmpty ? .null : .list(items.map { .object($0.fields) })
        flag("has_\(key)", !items.isEmpty)
    }

    public var value: TemplateValue { .object(fields) }
}
