/// In how many of a text's lines each word stands: what the other lines share with one or a few,
/// found in time that does not grow with the number of lines.
struct WordTally {
    private var counts: [String: Int] = [:]

    init(_ lines: [Set<String>]) {
        for words in lines {
            for word in words { counts[word, default: 0] += 1 }
        }
    }

    /// The words of `words` that some line holds besides the `excluded` ones.
    func shared(_ words: Set<String>, excluding excluded: [Set<String>]) -> Set<String> {
        words.filter { word in (counts[word] ?? 0) > excluded.filter { $0.contains(word) }.count }
    }
}
