import Foundation

/// Paragraphs of something else spliced into the article, an advertisement or another story:
/// a few in a row, inside the article, that share no name and almost no word with it. Short
/// articles share few words between their own paragraphs too, hence the strict bounds.
extension Cleaner {
    func removeSplicedPassages(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        let article = lines.indices.filter { [.body, .title, .subtitle].contains(roles[$0]) }
        let lineWords = article.map { Vocabulary.contentWords(lines[$0].text) }
        let words = WordTally(lineWords)
        let current = roles
        func fewSharedWords(_ position: Int, besides run: Range<Int>) -> Bool {
            let own = lineWords[position]
            return current[article[position]] == .body && own.count >= 5 && lines[article[position]].text.wordCount(upTo: 8) >= 8
                && words.shared(own, excluding: run.map { lineWords[$0] }).count * 10 <= own.count
        }
        // Names and registry entries are read only when two such lines stand together.
        let candidates = article.indices.map { fewSharedWords($0, besides: $0..<($0 + 1)) }
        guard zip(candidates, candidates.dropFirst()).contains(where: { $0 && $1 }) else { return }
        let lineNames = article.map { Self.capitalizedNames(lines[$0].text) }
        let names = WordTally(lineNames)
        func unrelated(_ position: Int, besides run: Range<Int>) -> Bool {
            fewSharedWords(position, besides: run) && names.shared(lineNames[position], excluding: run.map { lineNames[$0] }).isEmpty
                && registryMentions(lines[article[position]].text).isEmpty
        }
        let bounds = SpliceBounds(article.map { roles[$0] == .body ? lines[$0].text : nil })
        var position = 0
        while position < article.count {
            var end = position
            while end < article.count, unrelated(end, besides: end..<(end + 1)) { end += 1 }
            defer { position = max(end, position + 1) }
            let run = position..<end
            // Judged again without the whole run: two spliced lines may share words with each other.
            guard bounds.admits(run), run.allSatisfy({ unrelated($0, besides: run) }) else { continue }
            for index in run.map({ article[$0] }) {
                roles[index] = .removed
                reasons[index] = "spliced passage: shares no name and few words with the article"
            }
        }
    }

    /// Two to six lines of thirty words or more in all, with two full paragraphs of the article
    /// before them and one after, and the article itself long enough to judge by: counted once,
    /// as running totals, for every run.
    private struct SpliceBounds {
        /// Before each position: the full paragraphs and the words of the body.
        private var paragraphs = [0]
        private var words = [0]

        init(_ body: [String?]) {
            for text in body {
                paragraphs.append(paragraphs[paragraphs.count - 1] + (text.map(Cleaner.isFullParagraph) == true ? 1 : 0))
                words.append(words[words.count - 1] + (text?.wordCount(upTo: 200) ?? 0))
            }
        }

        func admits(_ run: Range<Int>) -> Bool {
            let inside = words[run.upperBound] - words[run.lowerBound]
            let outside = words[words.count - 1] - inside
            return (2...6).contains(run.count) && paragraphs[run.lowerBound] >= 2
                && paragraphs[paragraphs.count - 1] - paragraphs[run.upperBound] >= 1 && inside >= 30 && outside >= 120
        }
    }

    /// Capitalized words inside sentences (not their first word), lowercased: names, mostly.
    static func capitalizedNames(_ text: String) -> Set<String> {
        var names = Set<String>()
        for sentence in sentences(text) {
            for word in sentence.words.dropFirst() where word.first?.isUppercase == true && word.count >= 3 {
                let name = word.lowercased()
                if !Vocabulary.stopwords.contains(name) { names.insert(name) }
            }
        }
        return names
    }
}
