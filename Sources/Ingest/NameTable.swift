/// The names a matcher knows, by key (a name's words lowercased and joined: "mpowerchange"), and
/// whether a text's words so far can still grow into one, so that a scan stops at the first word
/// that starts no name rather than trying every length of the longest name at every word.
struct NameTable<Name: Equatable> {
    /// The registry's names: built once and shared by every document's copy of the matcher.
    private var shared: [String: [Name]] = [:]
    /// The shared keys in order: the keys starting with a text follow it directly.
    private var sharedKeys: [String] = []
    /// Every prefix of the shared ASCII keys, and the other shared keys in order: an ASCII text
    /// (most of them) is looked up in a set, and searched for among the few others only.
    private var sharedASCIIPrefixes: Set<String> = []
    private var sharedOtherKeys: [String] = []
    /// Names one document defines for itself ("(ICE)" after a name), kept apart so that adding
    /// them does not copy the registry's table, with every prefix of their keys.
    private var own: [String: [Name]] = [:]
    private var ownPrefixes: Set<String> = []

    init(_ entries: [(key: String, name: Name)] = []) {
        for entry in entries where !(shared[entry.key]?.contains(entry.name) ?? false) {
            shared[entry.key, default: []].append(entry.name)
        }
        sharedKeys = shared.keys.sorted()
        for key in sharedKeys {
            guard key.utf8.allSatisfy({ $0 < 0x80 }) else {
                sharedOtherKeys.append(key)
                continue
            }
            sharedASCIIPrefixes.insert("")
            for end in key.indices { sharedASCIIPrefixes.insert(String(key[...end])) }
        }
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
        if ownPrefixes.contains(prefix) || sharedASCIIPrefixes.contains(prefix) { return true }
        // No ASCII key starts with an ASCII prefix that the set lacks; a key that is not ASCII may.
        return Self.hasKey(startingWith: prefix, in: prefix.utf8.allSatisfy { $0 < 0x80 } ? sharedOtherKeys : sharedKeys)
    }

    private static func hasKey(startingWith prefix: String, in keys: [String]) -> Bool {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low].hasPrefix(prefix)
    }
}

extension NameTable: Sendable where Name: Sendable {}
