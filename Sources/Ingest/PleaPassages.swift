/// A donation appeal runs over several lines, and only some name money or membership: the lines
/// around a block of pleas that speak the pleas' words, not the article's, belong to it
/// ("Why are the billionaires laughing?" over "… support our nonprofit journalism …").
extension Cleaner {
    func removePleaPassages(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        let kept = lines.indices.filter { roles[$0] == .body || Self.isPlea(reasons[$0]) }
        guard zip(kept, kept.dropFirst()).contains(where: { Self.isPlea(reasons[$0]) && Self.isPlea(reasons[$1]) }) else { return }
        let words = Dictionary(uniqueKeysWithValues: kept.map { ($0, Vocabulary.contentWords(lines[$0].text)) })
        let articleWords = WordTally(kept.filter { roles[$0] == .body }.compactMap { words[$0] })
        var position = 0
        while position < kept.count {
            var end = position
            while end < kept.count, Self.isPlea(reasons[kept[end]]) { end += 1 }
            defer { position = max(end, position + 1) }
            // A block of two pleas or more: one line alone is a sign-up box, not an appeal.
            guard end - position >= 2 else { continue }
            let pleaWords = kept[position..<end].reduce(into: Set<String>()) { $0.formUnion(words[$1] ?? []) }
            let current = roles
            let touchesThePlea = { (index: Int) in
                current[index] == .body && lines[index].text.wordCount(upTo: 60) <= 60 && !lines[index].text.isStandaloneQuotation
                    && !(words[index] ?? []).isDisjoint(with: pleaWords)
            }
            // The lines next to the block that share its words, then fewer of them from the far end
            // until together they share more words with the pleas than with the rest of the page.
            let above = Array(kept[..<position].reversed().prefix { touchesThePlea($0) })
            let below = Array(kept[end...].prefix { touchesThePlea($0) })
            let passage = [above, below].flatMap { side -> ArraySlice<Int> in
                var side = side[...]
                while !side.isEmpty {
                    let sets = side.map { words[$0] ?? [] }
                    let all = sets.reduce(into: Set<String>()) { $0.formUnion($1) }
                    if all.intersection(pleaWords).count > articleWords.shared(all, excluding: sets).count { break }
                    side = side.dropLast()
                }
                return side
            }
            for index in passage {
                roles[index] = .removed
                reasons[index] = "part of a donation appeal: speaks the pleas' words, not the article's"
            }
        }
    }

    static func isPlea(_ reason: String) -> Bool {
        reason == pleaReason || reason == longPleaReason
    }

    static let pleaReason = "newsletter, donation or social plea"
    static let longPleaReason = "donation or membership plea: several pleas addressed to the reader"
}
