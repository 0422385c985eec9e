import Mustache

// The values a context hands to swift-mustache, shaped so that its name lookup and rendering
// settle each value with their first protocol checks: every check is a conformance lookup in the
// runtime, and a page makes thousands of them.

/// An object: found by the lookup's `MustacheParent` check, without a dictionary's conditional
/// conformance. A struct: casting a class instance also looks for a boxed value and walks superclasses.
struct MustacheObject: MustacheParent, MustacheTransformable {
    let fields: [String: Any]

    func child(named name: String) -> Any? { fields[name] }

    /// `count`, `empty`, `enumerated` and `sorted`, as for a dictionary.
    func transform(_ name: String) -> Any? { fields.transform(name) }
}

/// A string: rendered by the `MustacheCustomRenderable` check rather than after every other cast
/// and `String(describing:)`; a section on it looks nothing up in it, as on a `String`.
struct MustacheText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String

    var renderText: String { text }
    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    /// `empty`, `capitalized`, `lowercased`, `uppercased` and `reversed`, as for a `String`.
    func transform(_ name: String) -> Any? { text.transform(name) }
}

/// `null`: found (so the lookup stops climbing to enclosing contexts), then represented as nothing.
/// A struct rather than `NSNull`, whose checks walk its class hierarchy.
struct MustacheNull: MustacheCustomRepresentation {
    var representation: Any? { nil }
}
