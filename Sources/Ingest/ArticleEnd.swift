import Foundation

/// What follows the article's last paragraph of prose: told by place and shape, not by a site's
/// words. A page closes its article with widgets, labels, link lists, pleas and comments; an
/// article closes with sentences about what it reported, and names what it spoke of.
extension Cleaner {
    func removeAfterTheArticlesEnd(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        let body = lines.indices.filter { roles[$0] == .body }
        let prose = body.filter { Self.isFullParagraph(lines[$0].text) }
        guard !prose.isEmpty else { return }
        let addressing = prose.filter { Self.addressesTheReader(lines[$0].text) }
        // The article's end: its last paragraph of prose; a plea to "you" after it is the page's,
        // unless the article speaks to its reader before that too (a guide, an appeal).
        let lastPlain = prose.last { !addressing.contains($0) }
        let speaksToItsReader = lastPlain.map { plain in addressing.contains { $0 < plain } } ?? true
        guard let end = speaksToItsReader ? prose.last : lastPlain else { return }
        let articleWords = Self.contentWords(lines, body.filter { $0 <= end })
        var previous = end
        for index in body where index > end {
            defer { previous = index }
            let text = lines[index].text
            if isSignatureOrAttribution(text, after: lines[previous].text) { continue }
            let sharesNone = Vocabulary.contentWords(text).isDisjoint(with: articleWords)
            let words = text.wordCount(upTo: 12)
            let reason: String
            if !speaksToItsReader, Self.addressesTheReader(text), !text.contains(where: { "\"“”«»".contains($0) }) {
                reason = "after the article's end: speaks to the reader, which the article does not"
            } else if words <= 10, !text.endsLikeASentence, sharesNone {
                reason = "after the article's end: a short line, no sentence, none of the article's words"
            } else if words <= 8, sharesNone {
                reason = "after the article's end: a short sentence with none of the article's words"
            } else {
                continue
            }
            roles[index] = .removed
            reasons[index] = reason
        }
    }

    /// `Jane Doe, campaign director at X`, `Jane Doe via Outlet`, `—Jane Doe`, or any line under a
    /// quotation: who said it or who wrote the post, the article's own.
    private func isSignatureOrAttribution(_ text: String, after previous: String) -> Bool {
        if previous.isStandaloneQuotation || previous.hasSuffix("”") || previous.hasSuffix("\"") { return true }
        if Self.isAttributionLine(text) { return true }
        if registryMentions(text).contains(where: { if case .person = $0 { true } else { false } }) { return true }
        let words = text.split(separator: " ", maxSplits: 3)
        guard words.count >= 3 else { return false }
        let named = words.prefix(2).allSatisfy { word in
            word.first?.isUppercase == true && word.dropLast(word.hasSuffix(",") ? 1 : 0).allSatisfy(\.isLetter)
        }
        return named && (words[1].hasSuffix(",") || words[2].first?.isLowercase == true)
    }

    /// Second person outside a quotation: `you`, `your`, `yourself`.
    static func addressesTheReader(_ text: String) -> Bool {
        text.lowercased().words.contains { secondPerson.contains($0) }
    }

    private static let secondPerson: Set<Substring> = ["you", "your", "yours", "yourself", "yourselves"]
}
