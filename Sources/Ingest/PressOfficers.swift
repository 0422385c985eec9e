import Foundation

/// Where the text introduces a spokesperson and whom they speak for: `an Amazon spokeswoman`, `a
/// spokesperson for Ring`, or `a spokeswoman for the Portland police` (no registry organization).
/// `the spokeswoman said` later is the one introduced last: she speaks for the company the text has
/// just named only when she was introduced for it, and for no one when she speaks for no registry
/// organization, whatever company the text named since.
struct PressOfficers {
    private var introductions: [(position: TextPosition, organization: EntityRef?)] = []

    init(paragraphs: [String], marks: [QuoteMarks], matcher: MentionMatcher) {
        for (number, paragraph) in paragraphs.enumerated() {
            let quoted = Spans(marks[number].spans.map(\.range))
            let tokens = matcher.tokens(of: paragraph)
            var mentions: [Mention]?
            for (index, token) in tokens.enumerated() where AttributionVocabulary.pressOfficers.contains(token.key) {
                guard !quoted.overlaps(token.range), index == 0 || !AttributionVocabulary.definite.contains(tokens[index - 1].key) else { continue }
                if mentions == nil { mentions = matcher.mentions(in: paragraph).filter { !$0.entity.isPerson } }
                introductions.append((TextPosition(paragraph: number, index: token.range.lowerBound),
                                      Self.organization(of: index, tokens, in: paragraph, mentions ?? [])))
            }
        }
    }

    /// Whom the spokesperson introduced last before `position` speaks for: nil when none was
    /// introduced, `.some(nil)` when they speak for no registry organization.
    func introduced(before position: TextPosition) -> EntityRef?? {
        introductions.last { $0.position < position }.map(\.organization)
    }

    /// `an Amazon spokeswoman` (a name ending just before the noun) or `spokesperson for Ring` (right after it).
    private static func organization(of index: Int, _ tokens: [Token], in paragraph: String, _ mentions: [Mention]) -> EntityRef? {
        let noun = tokens[index]
        let start = tokens[max(0, index - 2)].range.lowerBound
        if let before = mentions.last(where: { $0.range.upperBound <= noun.range.lowerBound && $0.range.lowerBound >= start }),
           paragraph[before.range.upperBound..<noun.range.lowerBound].allSatisfy({ $0.isWhitespace || $0 == "'" || $0 == "’" || $0 == "s" }) {
            return before.entity
        }
        guard index + 2 < tokens.count, ["for", "at", "with", "from"].contains(tokens[index + 1].key) else { return nil }
        let objectStart = tokens[index + 2].key == "the" && index + 3 < tokens.count ? tokens[index + 3] : tokens[index + 2]
        return mentions.first { $0.range.lowerBound == objectStart.range.lowerBound }?.entity
    }
}
