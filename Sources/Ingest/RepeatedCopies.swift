import Foundation

/// What a page shows twice that is the article's: a paragraph, a letterhead, a line of a list. Its
/// first copy is the article's (an aggregator's summary above the full text, a letter's heading
/// printed again on its second page). Furniture shown twice (a sign-up box, a photo's caption, a
/// promo) speaks a plea's, a caption's or a promo's words, and every copy of it goes. Quotations
/// are left to the pull-quote rule.
extension Cleaner {
    static let repeatedCopyReason = "repeats an earlier line of the article"

    /// A repeated line whose first copy is the article's: not a plea, a caption or a promo.
    static func isArticlesRepeat(_ text: String) -> Bool {
        !text.isStandaloneQuotation && !text.matches(Vocabulary.plea) && !isCaption(text) && !text.matches(furnitureWords)
    }

    /// A caption's or a promo's words: `file photo`, `the latest updates from`, `weekly update`.
    private static let furnitureWords = regex(#"\b((file )?(photo|photograph|picture|image)s?|(latest|free|daily|weekly|email) (updates?|news|headlines|stories|newsletter))\b"#)
}
