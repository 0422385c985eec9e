import Content
import Foundation

/// Each search entry's words and JSON, kept by the entry itself (title, texts, body bytes), so that
/// a preview rebuild after one edit works out one entry again and only puts the index together.
/// A clean build uses a fresh one: both go through the same code, so they write the same bytes.
final class SearchCache: @unchecked Sendable {
    struct Indexed: Sendable {
        /// Word numbers in `vocabulary`, each once, stop words left out.
        let words: [Int32]
        let json: [UInt8]
    }

    /// An entry compared by the bytes of its texts (strings equal to Swift may differ in bytes, and
    /// the index holds bytes); its body hashed by its length and ends.
    struct Key: Hashable, Sendable {
        let entry: SearchIndex.Entry
        /// Worked out once: a rebuild looks each key up several times.
        private let hashed: Int

        init(_ entry: SearchIndex.Entry) {
            self.entry = entry
            var fields = entry
            fields.bodyMarkdown = ""
            var hasher = Hasher()
            hasher.combine(fields)
            hasher.combineEnds(of: entry.bodyMarkdown)
            hashed = hasher.finalize()
        }

        static func == (a: Key, b: Key) -> Bool {
            guard a.hashed == b.hashed else { return false }
            let (x, y) = (a.entry, b.entry)
            return x.kind == y.kind && x.title.hasSameBytes(as: y.title) && x.url.hasSameBytes(as: y.url)
                && x.text.hasSameBytes(as: y.text) && x.terms.hasSameBytes(as: y.terms)
                && x.byline.hasSameBytes(as: y.byline) && x.bodyMarkdown.hasSameBytes(as: y.bodyMarkdown)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hashed)
        }
    }

    static let entriesPerBatch = 2_048
    private let lock = NSLock()
    private var known: [Key: Indexed] = [:]
    private var vocabulary = SearchVocabulary()
    private var worked = 0
    private var summaries: [ExactText: String] = [:]
    private var usedSummaries: [ExactText: String] = [:]

    init() {}

    /// Entries whose words were worked out (not found here), since it was made.
    var computed: Int { lock.withLock { worked } }

    /// `SearchIndex.shortened(summary)`, from the last build when it had the same summary.
    func shortened(_ summary: String) -> String {
        let key = ExactText(summary)
        if let known = lock.withLock({ summaries[key] }) {
            lock.withLock { usedSummaries[key] = known }
            return known
        }
        let short = SearchIndex.shortened(summary)
        lock.withLock { usedSummaries[key] = short }
        return short
    }

    /// The index's postings and each entry's JSON; what `entries` no longer have is forgotten.
    func indexed(_ entries: [SearchIndex.Entry]) async -> (postings: Postings, json: [[UInt8]]) {
        let keys = entries.map(Key.init)
        var known = lock.withLock { self.known }
        let missing = Array(Set(keys.filter { known[$0] == nil }))
        // A few thousand entries' words at a time: the word sets of 100,000 articles at once took gigabytes.
        for start in stride(from: 0, to: missing.count, by: Self.entriesPerBatch) {
            let batch = Array(missing[start..<min(start + Self.entriesPerBatch, missing.count)])
            // Each entry's JSON is written on every core too: only numbering words needs the lock.
            let results = await parallelMap(batch) { ($0.entry.distinctWords, Array((ScriptJSON.encode($0.entry.json) ?? "[]").utf8)) }
            lock.withLock {
                for (key, (words, json)) in zip(batch, results) {
                    known[key] = Indexed(words: vocabulary.numbers(of: words), json: json)
                }
            }
        }
        return lock.withLock {
            worked += missing.count
            let indexed = keys.map { known[$0]! }
            let postings = Postings(indexed.map(\.words), vocabulary: vocabulary)
            self.known = Dictionary(zip(keys, indexed), uniquingKeysWith: { a, _ in a })
            (summaries, usedSummaries) = (usedSummaries, [:])
            // Words of entries long gone only take room: past a point, start again.
            if vocabulary.count > 4 * postings.present.count + 4096 {
                (self.known, vocabulary) = ([:], SearchVocabulary())
            }
            return (postings, indexed.map(\.json))
        }
    }
}
