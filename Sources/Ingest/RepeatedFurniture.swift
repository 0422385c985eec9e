import Foundation

/// Furniture found by repetition and by the lists of links that close a page.
extension Cleaner {
    /// A heading such as "Related Content" or "More from …" in the second half of the page opens
    /// the links to other pages: it and all after it go, when what follows is short lines, not
    /// the article's paragraphs.
    func removeRelatedLinks(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String],
                            _ document: inout CleanedDocument) {
        guard let start = lines.indices.first(where: { index in
            index >= lines.count / 2 && roles[index] == .body && lines[index].text.wordCount <= 10
                && lines[index].text.matches(Vocabulary.relatedHeading) && Self.isFollowedByList(lines, roles, after: index)
        }) else { return }
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

    /// A line the page shows twice or more (a sign-up box, a promo between paragraphs) is
    /// furniture, every copy; quotations are left to the pull-quote rule, very short lines alone.
    func removeRepeatedLines(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String],
                             title: String?) {
        let body = lines.indices.filter { roles[$0] == .body }
        let comparable = body.map { lines[$0].text.comparable }
        let counts = comparable.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        let title = title?.comparable
        for (index, comparable) in zip(body, comparable) {
            let text = lines[index].text
            if comparable == title {
                roles[index] = .removed
                reasons[index] = "repeats the title"
            } else if let count = counts[comparable], count >= 2, text.wordCount >= 3, !text.isStandaloneQuotation {
                roles[index] = .removed
                reasons[index] = "repeated line: shown \(count) times, site furniture"
            }
        }
    }
}
