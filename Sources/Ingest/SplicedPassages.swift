import Foundation

/// Paragraphs of something else spliced into the article, an advertisement or another story:
/// a few in a row, inside the article, that share no name and almost no word with it. Short
/// articles share few words between their own paragraphs too, hence the strict bounds.
extension Cleaner {
    func removeSplicedPassages(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        let article = lines.indices.filter { [.body, .title, .subtitle].contains(roles[$0]) }
        let evidence = article.map { Evidence(lines[$0].text) }
        let words = WordTally(evidence.map(\.words))
        let names = WordTally(evidence.map(\.names))
        func unrelated(_ position: Int, besides run: Range<Int>) -> Bool {
            let line = evidence[position]
            guard line.isJudged, roles[article[position]] == .body, !namesRegistryEntry(lines[article[position]].text)
            else { return false }
            let excluded = run.map { evidence[$0] }
            return words.shared(line.words, excluding: excluded.map(\.words)).count * 10 <= line.words.count
                && names.shared(line.names, excluding: excluded.map(\.names)).isEmpty
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
                words.append(words[words.count - 1] + (text?.wordCount ?? 0))
            }
        }

        func admits(_ run: Range<Int>) -> Bool {
            let inside = words[run.upperBound] - words[run.lowerBound]
            let outside = words[words.count - 1] - inside
            return (2...6).contains(run.count) && paragraphs[run.lowerBound] >= 2
                && paragraphs[paragraphs.count - 1] - paragraphs[run.upperBound] >= 1 && inside >= 30 && outside >= 120
        }
    }

    /// A line's content words and capitalized names; judged when it has eight words or more.
    private struct Evidence {
        let words: Set<String>
        let names: Set<String>
        let isJudged: Bool

        init(_ text: String) {
            words = Vocabulary.contentWords(text)
            names = Cleaner.capitalizedNames(text)
            isJudged = words.count >= 5 && text.wordCount >= 8
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
