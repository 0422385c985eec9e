/// The names a matcher knows, by key (a name's words lowercased and joined: "mpowerchange"), and
/// whether a text's words so far can still grow into one, so that a scan stops at the first word
/// that starts no name rather than trying every length of the longest name at every word.
struct NameTable<Name: Equatable> {
    /// The registry's names: built once and shared by every document's copy of the matcher.
    private var shared: [String: [Name]] = [:]
    /// The shared keys in order: the keys starting with a text follow it directly.
    private var sharedKeys: [String] = []
    /// Names one document defines for itself ("(ICE)" after a name), kept apart so that adding
    /// them does not copy the registry's table, with every prefix of their keys.
    private var own: [String: [Name]] = [:]
    private var ownPrefixes: Set<String> = []

    init(_ entries: [(key: String, name: Name)] = []) {
        for entry in entries where !(shared[entry.key]?.contains(entry.name) ?? false) {
            shared[entry.key, default: []].append(entry.name)
        }
        sharedKeys = shared.keys.sorted()
    }

    /// A document's own name; false when the table held it already.
    @discardableResult
    mutating func add(_ name: Name, key: String) -> Bool {
        guard !self[key].contains(name) else { return false }
        own[key, default: []].append(name)
        for end in key.indices { ownPrefixes.insert(String(key[...end])) }
        return true
    }

    /// The registry's names for `key`, then the document's.
    subscript(key: String) -> [Name] {
        guard let mine = own[key] else { return shared[key] ?? [] }
        return (shared[key] ?? []) + mine
    }

    func hasName(startingWith prefix: String) -> Bool {
        if ownPrefixes.contains(prefix) { return true }
        var low = 0, high = sharedKeys.count
        while low < high {
            let middle = (low + high) / 2
            if sharedKeys[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        return low < sharedKeys.count && sharedKeys[low].hasPrefix(prefix)
    }
}

extension NameTable: Sendable where Name: Sendable {}
