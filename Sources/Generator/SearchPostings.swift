/// The word → entries half of the search index: every word, sorted, with the entries that have it
/// as distances from the entry before (entry 0, 3, 4 is `[0, 3, 1]`).
struct Postings: Equatable {
    let words: [String]
    let deltas: [[Int]]

    /// `wordsOfEntries[i]`: the normalized words of entry `i`. Stop words are left out.
    init(_ wordsOfEntries: [Set<String>]) {
        var entriesOfWord: [String: [Int]] = [:]
        for (entry, words) in wordsOfEntries.enumerated() {
            for word in words where !StopWords.all.contains(word) {
                entriesOfWord[word, default: []].append(entry)
            }
        }
        // Sorted by UTF-16 code units, as JavaScript compares strings.
        words = entriesOfWord.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        deltas = words.map { word in
            var previous = 0
            return entriesOfWord[word]!.map { entry in
                defer { previous = entry }
                return entry - previous
            }
        }
    }

    /// The entries that have `word`, in order.
    func entries(of word: String) -> [Int] {
        guard let position = words.firstIndex(of: word) else { return [] }
        var entry = 0
        return deltas[position].map { entry += $0; return entry }
    }
}

/// English words too common to find anything by. The index leaves them out and the search script
/// (which reads this list from the index) ignores them in a query that has other words.
enum StopWords {
    static let all: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has",
        "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "not", "of", "on",
        "or", "our", "she", "so", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "to", "was", "we", "were", "which", "will", "with", "would", "you", "your",
    ]
}
