import Foundation

/// A reblog's link card: the linked story's headline, the start of its summary and its site's name
/// run together on one line (`Everything Cops Say About Ring Is Scripted or Approved by Ring
/// Amazon’s home security company Ring has garnered … portray Gizmodo`). With no title line above
/// the prose, the card's headline is the text's title.
extension Cleaner {
    static let linkCardReason = "title: the headline of a link card (headline, summary and site run together)"

    /// The first line before the first full paragraph that is a link card.
    static func linkCardLine(_ lines: [SourceLine], kept: [Int]) -> (index: Int, reason: String)? {
        let firstParagraph = kept.first { isFullParagraph(lines[$0].text) } ?? lines.count
        return kept.first { $0 < firstParagraph && linkCardHeadline(lines[$0].text) != nil }.map { ($0, linkCardReason) }
    }

    /// The headline of a card: a run of five to twenty title-case words, lowercase small words among
    /// them, up to the capitalized word that opens the summary; then a summary of eight words or
    /// more, cut off without a stop, and the site's capitalized name.
    static func linkCardHeadline(_ text: String) -> String? {
        guard !text.endsLikeASentence, !text.hasAtLeast(600) else { return nil }
        let words = text.split(separator: " ")
        guard words.count >= 15, let last = words.last, last.first?.isUppercase == true,
              words[words.count - 2].first?.isLowercase == true, words[words.count - 2].last?.isLetter == true,
              let firstLower = words.firstIndex(where: { !isTitleCaseWord($0) }), firstLower >= 2,
              words[firstLower - 1].first?.isUppercase == true else { return nil }
        let headline = words[..<(firstLower - 1)]
        guard (5...20).contains(headline.count), words.count - headline.count >= 10,
              headline.contains(where: { smallWords.contains(String($0)) }),
              headline.last.map({ !smallWords.contains(String($0)) }) == true else { return nil }
        return headline.joined(separator: " ")
    }

    /// A capitalized word, a number, or a small word that title case leaves lowercase.
    private static func isTitleCaseWord(_ word: Substring) -> Bool {
        guard let first = word.first else { return false }
        return first.isUppercase || first.isNumber || "‘'\"“".contains(first) || smallWords.contains(String(word))
    }

    private static let smallWords: Set<String> = [
        "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "vs",
    ]
}
