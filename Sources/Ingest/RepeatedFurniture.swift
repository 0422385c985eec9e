import Foundation

/// Furniture found by repetition and by the lists of links that close a page.
extension Cleaner {
    /// A heading such as "Related Content" or "More from …" in the second half of the page opens
    /// the links to other pages: it and all after it go, when what follows is short lines, not
    /// the article's paragraphs.
    func removeRelatedLinks(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String],
                            _ document: inout CleanedDocument) {
        let headings = lines.indices.filter { index in
            index >= lines.count / 2 && (roles[index] == .body || reasons[index] == Self.widgetLinkReason)
                && lines[index].text.wordCount <= 10 && lines[index].text.matches(Vocabulary.relatedHeading)
        }
        let overList = headings.first { Self.isFollowedByList(lines, roles, after: $0) }
        // Judged once, for the first such heading: the words before and after it are the page's.
        let overStory = headings.first { lines[$0].text.matches(Vocabulary.anotherStoryHeading) }
            .flatMap { Self.isFollowedByAnotherStory(lines, roles, after: $0) ? $0 : nil }
        guard let start = [overList, overStory].compactMap({ $0 }).min() else { return }
        for index in start..<lines.count where roles[index] != .removed {
            roles[index] = .removed
            reasons[index] = index == start ? "heading of links to other pages" : "after a heading of links to other pages"
            document.furniture.append(lines[index].text)
        }
    }

    /// Nothing follows, or mostly short lines that are not sentences: link lists, not paragraphs.
    private static func isFollowedByList(_ lines: [SourceLine], _ roles: [LineDecision.Role], after index: Int) -> Bool {
        let next = Array(((index + 1)..<lines.count).lazy.filter { roles[$0] == .body }.prefix(6).map { lines[$0].text })
        let paragraphs = next.filter { isFullParagraph($0) && $0.wordCount >= 20 }
        return paragraphs.count * 2 < next.count || next.isEmpty
    }

    /// A widget heading (`Go deeper`, `Read next`) and, after it, lines that share few words with
    /// the article before it: another story, not the article going on.
    static func isFollowedByAnotherStory(_ lines: [SourceLine], _ roles: [LineDecision.Role], after index: Int) -> Bool {
        let kept = lines.indices.filter { roles[$0] == .body || roles[$0] == .title }
        let after = contentWords(lines, kept.filter { $0 > index })
        let before = contentWords(lines, kept.filter { $0 < index })
        return !after.isEmpty && after.intersection(before).count * 10 < after.count * 3
    }

    /// A line the page shows twice or more (a sign-up box, a promo between paragraphs) is
    /// furniture, every copy; quotations are left to the pull-quote rule, very short lines alone,
    /// and a letter's addresses to the letter.
    func removeRepeatedLines(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String],
                             title: String?) {
        let body = lines.indices.filter { roles[$0] == .body }
        let comparable = body.map { lines[$0].text.comparable }
        let counts = comparable.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        let title = title?.comparable
        let addresses = Self.letterAddressBlock(lines, kept: body)
        var seen = Set<String>()
        for (index, comparable) in zip(body, comparable) where !addresses.contains(index) {
            let text = lines[index].text
            defer { seen.insert(comparable) }
            if comparable == title {
                roles[index] = .removed
                reasons[index] = "repeats the title"
            } else if let count = counts[comparable], count >= 2, text.wordCount >= 3, !text.isStandaloneQuotation {
                guard !Self.isArticlesRepeat(text) else {
                    if seen.contains(comparable) { (roles[index], reasons[index]) = (.removed, Self.repeatedCopyReason) }
                    continue
                }
                roles[index] = .removed
                reasons[index] = "repeated line: shown \(count) times, site furniture"
            }
        }
    }

    static func unquoted(_ text: String) -> String {
        guard text.isStandaloneQuotation else { return text }
        return String(text.dropFirst().dropLast()).trimmedOfSpaces
    }

    /// A quotation that stands alone and repeats what the article says elsewhere is a pull quote.
    func removeRepeatedQuotations(_ lines: [SourceLine], _ roles: inout [LineDecision.Role],
                                          _ reasons: inout [String]) {
        let body = lines.indices.filter { roles[$0] == .body }
        let quotations = body.indices.compactMap { position -> (position: Int, sentences: [[UInt8]])? in
            let text = lines[body[position]].text
            guard text.isStandaloneQuotation else { return nil }
            let sentences = Self.sentences(Self.unquoted(text)).map(\.comparable).filter { $0.count >= 15 }
            return sentences.isEmpty ? nil : (position, sentences.map { Array($0.utf8) })
        }
        guard !quotations.isEmpty else { return }
        let article = TextIndex(lines: Dictionary(uniqueKeysWithValues: body.map { ($0, Array(lines[$0].text.comparable.utf8)) }),
                                for: quotations.flatMap(\.sentences))
        for (position, sentences) in quotations {
            let index = body[position]
            let repeated = sentences.filter { sentence in
                article.anyLine(holds: sentence) { $0 != index && roles[$0] == .body }
            }
            guard repeated.count * 3 >= sentences.count * 2 else { continue }
            roles[index] = .removed
            reasons[index] = "pull quote repeating the article"
            if position + 1 < body.count, Self.isAttributionLine(lines[body[position + 1]].text) {
                roles[body[position + 1]] = .removed
                reasons[body[position + 1]] = "attribution of a removed pull quote"
            }
        }
    }

    /// `—Nicole Ozer, ACLU of Northern California`, `--Evan Greer, Fight for the Future`
    static func isAttributionLine(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "—―–-".contains(first) && text.wordCount <= 14
    }
}
