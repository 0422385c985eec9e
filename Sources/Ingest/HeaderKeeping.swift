import Foundation

/// Header lines that rules of place and shape took for furniture on pages they had not seen: a
/// standfirst that shares no words with a short excerpt's article, a dateline alone on its line,
/// contact details, and a byline that opens "Written by". Losing a header line is worse than
/// keeping a teaser.
extension Cleaner {
    static let loneDatelineReason = "dateline alone on its line (the place the story was filed)"

    /// `A congressional subcommittee is demanding documents.`: a sentence of six words or more is
    /// the article's standfirst even when the excerpt below it is too short to share its words. A
    /// teaser is a label, a button or another story's headline, which ends in no full stop:
    /// `Add to list`, `Listen to story`, `Quarterly fund letters, conferences and more`.
    static func isStandfirstShaped(_ text: String) -> Bool {
        (6...60).contains(text.wordCount(upTo: 61)) && mayBeTitle(text) && text.endsLikeASentence
            && !text.hasSuffix(":") && !text.isStandaloneQuotation
    }

    static let contactDetailsReason = "contact details (a phone number or an address to write to)"

    /// `Jane Doe, 555-123-4567`, `press@example.org`: who to call, under a release's title.
    static func isContactDetails(_ text: String) -> Bool {
        text.wordCount(upTo: 13) <= 12 && text.matches(contactDetails)
    }

    private static let contactDetails = regex(#"(\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\b[\w.+-]+@[\w-]+\.[\w.]+\b|\[email\s*protected\])"#)

    /// `WASHINGTON —`, `SEATTLE (AP) —`, `PORTLAND, Maine -`: a dateline on a line of its own.
    static func isLoneDateline(_ text: String) -> Bool {
        text.count <= 60 && text.matches(loneDateline)
    }

    private static let loneDateline = caseSensitiveRegex(#"^\s*\p{Lu}[\p{Lu}.'’ -]{1,30}(,\s*\p{Lu}[\p{L}.]{1,20}(\s\p{Lu}[\p{L}.]{1,20})?)?(\s*\([\p{L}. ]{1,20}\))?\s*(—|–|--|-)\s*$"#)
}

/// A letter's closing (`Sincerely,`) and the signatures under it: the letter's own lines, which
/// the rules for what follows an article's end would take for a page's short lines.
extension Cleaner {
    static let signatureReason = "letter's closing and signatures"

    /// Puts back what weak rules of place and shape removed after a closing: the closing and the
    /// short lines under it, up to the next paragraph or the next line a page's vocabulary removed.
    func keepLetterSignatures(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        guard let closing = lines.indices.first(where: { lines[$0].text.matches(Self.letterClosing) }) else { return }
        for index in closing..<min(lines.count, closing + 30) where !lines[index].text.isEmpty {
            let text = lines[index].text
            if index > closing, Self.isFullParagraph(text) || text.wordCount(upTo: 16) > 15 || text.matches(Self.button) { break }
            if roles[index] == .removed {
                guard Self.weakEndReasons.contains(where: { reasons[index].hasPrefix($0) }) else { break }
                roles[index] = .body
                reasons[index] = Self.signatureReason
            } else if roles[index] == .body {
                reasons[index] = Self.signatureReason
            }
        }
    }

    private static let letterClosing = regex(#"^(sincerely( yours)?|respectfully( submitted| yours)?|yours (truly|sincerely|faithfully)|(best|kind|warm) regards|regards|in solidarity|with (respect|gratitude))\s*[,.]?$"#)
    /// `Share on Facebook`, `Print`, `Page 2 of 2`: a page's button or number under the letter,
    /// where its signatures end.
    private static let button = regex(#"(^(share|tweet|e-?mail|print|follow|like|comment|subscribe|download|save)\b|^(page\s+)?\d{1,3}(\s+of\s+\d{1,3})?$)"#)
    /// Rules that judge a line by its place and shape alone, not by a page's words.
    /// A signature block repeats its signers' titles (`United States Senator`), which is no page's furniture.
    private static let weakEndReasons = ["after the article's end", "image alt text", "symbols without words",
                                         repeatedCopyReason, "repeated line"]
}
