import Content

/// Every word the search index has met, numbered in the order met, with its JSON and its place
/// in the index's order (UTF-16 code units, as JavaScript compares strings). Kept between preview
/// builds by `SearchCache`; numbers never change while it lives. Not thread-safe: its owner locks.
final class SearchVocabulary: @unchecked Sendable {
    private var numbers: [ExactText: Int32] = [:]
    private var words: [String] = []
    private var jsons: [[UInt8]] = []
    /// Every number, in the index's order of their words.
    private(set) var order: [Int32] = []

    var count: Int { words.count }

    func word(_ number: Int32) -> String { words[Int(number)] }
    func json(_ number: Int32) -> [UInt8] { jsons[Int(number)] }
    func number(of word: String) -> Int32? { numbers[ExactText(word)] }

    /// The numbers of `words`, stop words left out; new words are numbered and put in order.
    func numbers(of words: some Collection<String>) -> [Int32] {
        var found: [Int32] = []
        found.reserveCapacity(words.count)
        var added: [Int32] = []
        for word in words where !StopWords.all.contains(word) {
            if let number = numbers[ExactText(word)] {
                found.append(number)
                continue
            }
            let number = Int32(self.words.count)
            numbers[ExactText(word)] = number
            self.words.append(word)
            jsons.append(Array((ScriptJSON.encode(word) ?? "\"\"").utf8))
            added.append(number)
            found.append(number)
        }
        place(added)
        return found
    }

    /// Puts new numbers in order: one by one when few, else by sorting all again.
    private func place(_ added: [Int32]) {
        guard !added.isEmpty else { return }
        guard added.count < 64 else {
            order += added
            order.sort { precedes($0, $1) }
            return
        }
        for number in added {
            var (low, high) = (0, order.count)
            while low < high {
                let middle = (low + high) / 2
                if precedes(order[middle], number) { low = middle + 1 } else { high = middle }
            }
            order.insert(number, at: low)
        }
    }

    private func precedes(_ a: Int32, _ b: Int32) -> Bool {
        words[Int(a)].utf16.lexicographicallyPrecedes(words[Int(b)].utf16)
    }
}

/// A text compared and hashed by its bytes: strings equal to Swift (é composed or not) may differ
/// in bytes, and the index holds bytes, so a cache keyed by `String` could give another's.
struct ExactText: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: ExactText, b: ExactText) -> Bool { a.text.hasSameBytes(as: b.text) }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
