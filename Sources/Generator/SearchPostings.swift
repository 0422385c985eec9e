/// The word → entries half of the search index: every word that some entry has, sorted, with the
/// entries that have it as distances from the entry before (entry 0, 3, 4 is `[0, 3, 1]`).
/// Words are numbers of a `SearchVocabulary`, so that putting the postings together costs no
/// hashing or sorting of strings: a preview edit recounts one entry's words, not every entry's.
struct Postings {
    let vocabulary: SearchVocabulary
    /// Word numbers that some entry has, in the index's order.
    let present: [Int32]
    /// `entries[starts[w] ..< starts[w + 1]]`: the entries that have word number `w`, ascending.
    private let starts: [Int32]
    private let entries: [Int32]

    /// `wordsOfEntries[i]`: the numbers of the words of entry `i`, each once, stop words left out.
    init(_ wordsOfEntries: [[Int32]], vocabulary: SearchVocabulary) {
        self.vocabulary = vocabulary
        // A counting sort: counts per word, where each word's entries start, then the entries.
        var starts = [Int32](repeating: 0, count: vocabulary.count + 1)
        for words in wordsOfEntries {
            for word in words { starts[Int(word) + 1] += 1 }
        }
        for word in 0..<vocabulary.count { starts[word + 1] += starts[word] }
        var next = starts
        var entries = [Int32](repeating: 0, count: Int(starts[vocabulary.count]))
        for (entry, words) in wordsOfEntries.enumerated() {
            for word in words {
                entries[Int(next[Int(word)])] = Int32(entry)
                next[Int(word)] += 1
            }
        }
        present = vocabulary.order.filter { starts[Int($0) + 1] > starts[Int($0)] }
        (self.starts, self.entries) = (starts, entries)
    }

    /// From words as text (tests): stop words are left out.
    init(_ wordsOfEntries: [Set<String>]) {
        let vocabulary = SearchVocabulary()
        let numbered = wordsOfEntries.map { vocabulary.numbers(of: $0) }
        self.init(numbered, vocabulary: vocabulary)
    }

    var words: [String] { present.map { vocabulary.word($0) } }

    var deltas: [[Int]] { present.map { deltas(of: $0) } }

    /// The entries that have `word`, in order.
    func entries(of word: String) -> [Int] {
        guard let number = vocabulary.number(of: word) else { return [] }
        return entries[Int(starts[Int(number)])..<Int(starts[Int(number) + 1])].map(Int.init)
    }

    private func deltas(of word: Int32) -> [Int] {
        var previous: Int32 = 0
        return entries[Int(starts[Int(word)])..<Int(starts[Int(word) + 1])].map { entry in
            defer { previous = entry }
            return Int(entry - previous)
        }
    }

    /// `"postings":[[…],…]` and `"words":[…]` as the index writes them (JSON, no whitespace).
    func writePostings(into json: inout [UInt8]) {
        json.append(UInt8(ascii: "["))
        for (position, word) in present.enumerated() {
            if position > 0 { json.append(UInt8(ascii: ",")) }
            json.append(UInt8(ascii: "["))
            var previous: Int32 = 0
            for index in Int(starts[Int(word)])..<Int(starts[Int(word) + 1]) {
                if index > Int(starts[Int(word)]) { json.append(UInt8(ascii: ",")) }
                Self.writeNumber(Int(entries[index] - previous), into: &json)
                previous = entries[index]
            }
            json.append(UInt8(ascii: "]"))
        }
        json.append(UInt8(ascii: "]"))
    }

    func writeWords(into json: inout [UInt8]) {
        json.append(UInt8(ascii: "["))
        for (position, word) in present.enumerated() {
            if position > 0 { json.append(UInt8(ascii: ",")) }
            json += vocabulary.json(word)
        }
        json.append(UInt8(ascii: "]"))
    }

    static func writeNumber(_ number: Int, into json: inout [UInt8]) {
        if number >= 10 { writeNumber(number / 10, into: &json) }
        json.append(UInt8(ascii: "0") + UInt8(number % 10))
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
