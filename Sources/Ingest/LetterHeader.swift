import Foundation

/// A letter's addresses and salutation come between its title and its first paragraph and share
/// few words with it, like a teaser; they are the letter's header, and stay.
extension Cleaner {
    static func letterHeaderReason(_ text: String) -> String? {
        guard text.wordCount(upTo: 60) <= 60 else { return nil }
        if text.matches(salutation) { return "letter salutation (header)" }
        if text.matches(addressee) || text.matches(streetAddress) { return "letter address (header)" }
        return nil
    }

    /// `Dear Chairman Cummings and Ranking Member Jordan:`, `To the Members of the Council,`
    private static let salutation = caseSensitiveRegex(#"^(Dear|DEAR|To|TO)( the| THE)?\s+\p{Lu}.{0,150}[:,]$"#)
    /// `The Honorable Elijah Cummings …`, `Hon. Jane Doe`
    private static let addressee = caseSensitiveRegex(#"^(The Honorable|Honorable|The Hon\.|Hon\.)\s+\p{Lu}"#)
    /// `2157 Rayburn House Office Building Washington, D.C. 20515`, `95 Washington Street, Suite 104`
    private static let streetAddress = caseSensitiveRegex(#"(\b\d{1,5}\s+(\p{Lu}[\p{L}.'’-]*\s+){1,4}(Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Way|Place|Building|Plaza|Suite)\b|\b(D\.C\.|[A-Z]{2})\s+\d{5}(-\d{4})?$)"#)
}
