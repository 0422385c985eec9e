import Synchronization

/// A text compared byte for byte: equal Strings may differ in their bytes (composed or decomposed
/// accents), and a scan's ranges are indices into the very bytes it read.
struct ExactText: Hashable, Sendable {
    var text: String

    static func == (a: ExactText, b: ExactText) -> Bool {
        a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// What one document's matcher found in each text it scanned: the same paragraph is scanned by
/// the ingester, the quote reader, the antecedents and the suggestions. One per document (made by
/// `MentionMatcher.memoizing()`); when the document teaches the matcher a name, a new memo keeps
/// the scans the name cannot change (this one may still be shared by a copy that knows the old names).
final class ScanMemo<Value: Sendable>: Sendable {
    private let table = Mutex<[ExactText: Value]>([:])

    func value(for text: String, _ compute: () -> Value) -> Value {
        let key = ExactText(text: text)
        if let known = table.withLock({ $0[key] }) { return known }
        let value = compute()
        table.withLock { $0[key] = value }
        return value
    }

    func known(for text: String) -> Value? {
        table.withLock { $0[ExactText(text: text)] }
    }

    /// A new memo with the values that `isStill` says hold.
    func keeping(_ isStill: (Value) -> Bool) -> ScanMemo {
        let kept = ScanMemo()
        kept.table.withLock { $0 = table.withLock { $0.filter { isStill($0.value) } } }
        return kept
    }
}
