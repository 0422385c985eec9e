import Yams

/// YAML aliases (`*name`) repeat what an anchor (`&name`) holds, so ten short lines of them can
/// stand for a billion values ("billion laughs"); Yams hashes every mapping key whole, and one such
/// key hangs it. A text with aliases is read first with them turned into plain words, which cannot
/// expand: where that reading fails, so would the real one (after hashing the keys), and its error
/// is the text's; where it succeeds, the values the aliases would add are counted.
enum YAMLAliases {
    static let limit = 100_000

    /// Aliases that would repeat more than `limit` values.
    struct TooManyValues: Error {
        var mark: Mark?
        var problem: String { "its aliases ('*name') repeat more than \(YAMLAliases.limit) values; repeat fewer" }
    }

    /// Throws the error of the text read without its aliases (a `YamlError`), or `TooManyValues`.
    static func check(_ text: String) throws {
        guard let defused = defused(text) else { return }
        let parser = try Parser(yaml: defused, encoding: YAMLText.encoding)
        guard let root = try parser.singleRoot() else { return }
        var expansion = Expansion()
        withExtendedLifetime(parser) { _ = expansion.size(of: root) }  // the parser holds the anchors
        if expansion.added > limit { throw TooManyValues(mark: expansion.mark) }
    }

    /// The text with every `*` that may start an alias turned into `~`, the same length, so that
    /// the would-be aliases are read as plain words; nil when there are none.
    private static func defused(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        var found = false
        for index in bytes.indices.dropLast() where bytes[index] == UInt8(ascii: "*") && isAnchorByte(bytes[index + 1]) {
            bytes[index] = UInt8(ascii: "~")
            found = true
        }
        return found ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// The characters of an anchor's name in libyaml.
    private static func isAnchorByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }

    /// Sizes of nodes as the aliases would make them, counted up to just past the limit.
    private struct Expansion {
        /// Anchors seen so far, and the size of what they hold.
        var anchors: [String: Int] = [:]
        var added = 0
        /// The alias that takes the count past the limit.
        var mark: Mark?

        mutating func size(of node: Node) -> Int {
            var size = 1
            switch node {
            case .scalar(let scalar):
                if scalar.style == .plain, scalar.string.hasPrefix("~"), let held = anchors[String(scalar.string.dropFirst())] {
                    size = held
                    added = capped(added + held)
                    if added > YAMLAliases.limit, mark == nil { mark = scalar.mark }
                }
            case .sequence(let sequence):
                for item in sequence { size = capped(size + self.size(of: item)) }
            case .mapping(let mapping):
                for (key, value) in mapping { size = capped(size + self.size(of: key) + self.size(of: value)) }
            case .alias:
                break  // there are none left
            }
            if let anchor = node.anchor { anchors[anchor.rawValue] = size }
            return size
        }

        private func capped(_ count: Int) -> Int { min(count, YAMLAliases.limit + 1) }
    }
}
