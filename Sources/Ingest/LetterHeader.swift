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

    /// A letter to several people sets out one address each, and their chambers and cities repeat
    /// (`United States Senate`, `Washington, DC 20510`): the lines from the first `The Honorable …`
    /// to the salutation, all short, are the letter's header however often one of them recurs.
    static func letterAddressBlock(_ lines: [SourceLine], kept: [Int]) -> Set<Int> {
        guard let first = kept.firstIndex(where: { lines[$0].text.matches(addressee) }) else { return [] }
        let rest = kept[first...].prefix(maximumAddressLines)
        guard let end = rest.firstIndex(where: { lines[$0].text.matches(salutation) }),
              rest[..<end].allSatisfy({ lines[$0].text.wordCount(upTo: 12) <= 12
                  && (!lines[$0].text.endsLikeASentence || lines[$0].text.matches(abbreviationEnd)) })
        else { return [] }
        return Set(kept[first...end])
    }

    /// `18th Floor` or `United States` under `125 Broad Street` or `New York, NY 10004`: a short line
    /// of an address set out over several, which names no street itself.
    static func continuesAnAddress(_ text: String, previous: String?, next: String?) -> Bool {
        guard let previous, text.wordCount(upTo: 4) <= 4, !text.endsLikeASentence,
              text.first.map({ $0.isUppercase || $0.isNumber }) == true,
              previous.matches(streetAddress) || previous.matches(addressee) else { return false }
        return next.map { $0.matches(streetAddress) } == true || previous.matches(zipAtEnd) && text.matches(placeName)
    }

    /// `WASHINGTON, DC 20510`, `Seattle, WA 98109`: a place and its postal code, a letterhead's or an
    /// address's line (in capitals too), not a promo.
    static func isPostalLine(_ text: String) -> Bool {
        text.wordCount(upTo: 9) <= 8 && text.matches(postalEnd)
    }

    static let addressBlockReason = "letter address (header): a line of an address set out over several"

    /// Lines an address block may run to: five addressees of three lines, a date and a salutation.
    private static let maximumAddressLines = 40
    /// `Dear Chairman Cummings and Ranking Member Jordan:`, `To the Members of the Council,`
    private static let salutation = caseSensitiveRegex(#"^(Dear|DEAR|To|TO)( the| THE)?\s+\p{Lu}.{0,150}[:,]$"#)
    /// `The Honorable Elijah Cummings …`, `Hon. Jane Doe`
    private static let addressee = caseSensitiveRegex(#"^(The Honorable|Honorable|The Hon\.|Hon\.)\s+\p{Lu}"#)
    /// `2157 Rayburn House Office Building Washington, D.C. 20515`, `95 Washington Street, Suite 104`
    private static let streetAddress = caseSensitiveRegex(#"(\b\d{1,5}\s+(\p{Lu}[\p{L}.'’-]*\s+){1,4}(Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Way|Place|Building|Plaza|Suite)\b|\b(D\.C\.|[A-Z]{2})\s+\d{5}(-\d{4})?$)"#)
    /// `Amazon.com, Inc.`, `Jane Doe, Jr.`: a name's abbreviation, no sentence's end.
    private static let abbreviationEnd = regex(#"\b(inc|ltd|llc|co|corp|jr|sr|esq|ph\.d|m\.d)\.$"#)
    private static let postalEnd = caseSensitiveRegex(#"\b(D\.C\.|DC|[A-Z]{2}|[A-Z][a-z]+)\.?,?\s+\d{5}(-\d{4})?$"#)
    private static let zipAtEnd = caseSensitiveRegex(#"\b\d{5}(-\d{4})?$"#)
    /// `United States`, `USA`: capitalized words only.
    private static let placeName = caseSensitiveRegex(#"^\p{Lu}[\p{L}.]*(\s+\p{Lu}[\p{L}.]*){0,2}$"#)
}
