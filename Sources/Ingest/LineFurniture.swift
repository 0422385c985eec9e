import Foundation

/// Furniture told by one line's own words and shape, wherever it stands.
extension Cleaner {
    /// A licence or copyright line, or a row of legal links: short, not an article's sentence
    /// that happens to name a privacy policy or terms of service.
    static func isFooterLine(_ text: String) -> Bool {
        let words = text.wordCount(upTo: 30)
        if words <= 30, text.matches(Vocabulary.footer), !text.matches(bulletedItem) { return true }
        return words <= 12 && !text.endsLikeASentence && text.matches(Vocabulary.legalLinks)
    }

    /// `© Aaron Schwartz` with two paragraphs of twenty words or more after it: a photo's credit
    /// inside the article, not the copyright line that opens a page's footer.
    static func isCreditAboveProse(_ lines: [SourceLine], at index: Int) -> Bool {
        let text = lines[index].text
        return text.wordCount(upTo: 3) <= 3 && text.matches(copyrightHolder)
            && lines[(index + 1)...].lazy.filter { isFullParagraph($0.text) && $0.text.wordCount(upTo: 20) >= 20 }.prefix(2).count == 2
    }

    /// A photo's caption or credit: `(Photo: X/Getty)`, `Photo by …`, `… (James Pace-Cornsilk)`,
    /// `X is displayed during … on Sept. 25, 2019.`
    static func isCaption(_ text: String) -> Bool {
        let words = text.wordCount(upTo: 60)
        if words <= 60, text.matches(Vocabulary.photoCredit) || text.matches(Vocabulary.gluedCredit) { return true }
        if words <= 9, text.matches(Vocabulary.creditLine) { return true }
        if words <= 3, text.matches(copyrightHolder) { return true }
        if words <= 30, text.hasSuffix(")"), text.matches(nameInParentheses) { return true }
        // Cheap tests first: most lines do not end in a year and a full stop.
        return words <= 45 && text.hasSuffix(".") && text.dropLast().last?.isNumber == true && text.matches(endsWithADate)
            && !text.matches(sentenceBoundary) && !text.contains(where: { "\"“”".contains($0) }) && text.matches(captionVerb)
    }

    /// A widget, form, paywall, comment or service line, by its vocabulary and length.
    static func widgetReason(_ text: String) -> String? {
        // No widget runs to a paragraph of more than 150 words (a court caption may reach 100).
        let words = text.wordCount(upTo: 150)
        if !text.contains(where: { $0.isLetter || $0.isNumber }) { return "symbols without words" }
        // Past 30 words (the longest limit of the phrase rules below but the court caption's),
        // only a court caption can be furniture by a phrase inside the line: one small pattern to scan.
        let phrases = words <= 30 ? anyWidgetPhrase : Vocabulary.courtCaption
        guard words <= 150, text.matches(anyAnchoredWidget) || !text.utf8.contains(0x20) && text.matches(anyOneToken)
            || text.matches(phrases) else { return nil }
        if text.matches(lineNumber) { return "page or line number" }
        if words <= 12, text.matches(Vocabulary.commentWidget) { return commentWidgetReason }
        if words <= 25, text.matches(Vocabulary.commentForm) { return commentFormReason }
        if words <= 25, text.matches(Vocabulary.paywall) { return paywallReason }
        if words <= 6, text.matches(Vocabulary.formLabel) { return formReason }
        if words <= 20, text.matches(Vocabulary.formNote) { return formReason }
        if words <= 15, !text.endsLikeASentence, text.matches(Vocabulary.widgetLink) { return widgetLinkReason }
        if words <= 40, text.matches(Vocabulary.tagList) { return "tags or categories" }
        if text.matches(Vocabulary.kindLabel) { return "label of the page's kind or section" }
        if words <= 60, text.matches(Vocabulary.repostNote) { return repostNoteReason }
        if words <= 40, text.matches(Vocabulary.contactTheNewsroom) { return "how to contact the newsroom" }
        if words <= 15, text.matches(Vocabulary.fileDetails) { return "file viewer details" }
        if words <= 30, text.matches(Vocabulary.serviceNotice) { return "site service notice" }
        if text.matches(Vocabulary.relativeTime) { return "time stamp" }
        if text.matches(Vocabulary.identifier) { return "identifier, not words" }
        if words <= 10, text.matches(Vocabulary.authorRole) { return "author's role" }
        if isCourtCaption(text) { return "court filing's caption or clerk's stamp" }
        return nil
    }

    /// Two marks of a caption, or one on a line that is not a sentence: a news story may cite a
    /// case number in passing, and a headline name a court.
    private static func isCourtCaption(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        let marks = Vocabulary.courtCaption.numberOfMatches(in: text, range: range)
        guard marks > 0 else { return false }
        // `Defendant.` alone on its line is a party's label, whatever its stop.
        return marks + Vocabulary.courtName.numberOfMatches(in: text, range: range) >= 2 || !text.endsLikeASentence
            || text.wordCount <= 2
    }

    /// A plea speaks to the reader (`your inbox`, `support our work`, `Subscribe`), or is a short
    /// label; an article's sentence about donations or newsletters speaks of others.
    static func asksTheReader(_ text: String) -> Bool {
        text.wordCount(upTo: 6) <= 6 || text.matches(speaksToTheReader)
    }

    /// A paragraph of two or more pleas for money or membership, addressed to the reader: longer
    /// than a one-line plea, and shaped unlike an article about such pleas.
    static func isLongPlea(_ text: String) -> Bool {
        guard text.wordCount(upTo: 70) <= 70, text.matches(addressesTheReader) else { return false }
        return Vocabulary.plea.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)) >= 2
    }

    /// `NATURE OF THE ACTION`, `JURISDICTION AND VENUE`: a document's own heading in capitals,
    /// not a promo (`COMPANY STARTS SHARING YOUR INTERNET TODAY`).
    static func isSectionHeading(_ text: String) -> Bool {
        text.wordCount(upTo: 6) <= 6 && !text.contains(where: \.isNumber) && !text.matches(promoWords)
            && !text.matches(Vocabulary.callVocabulary)
    }

    static let commentWidgetReason = "comment widget (like, reply, comment form)"
    static let paywallReason = "paywall or account prompt"
    static let formReason = "form label or note"
    static let widgetLinkReason = "widget link (see all, more news, go deeper)"

    static let bulletedItem = regex(#"^\s*([-*•·]|\d{1,2}[.)])\s"#)
    private static let lineNumber = regex(#"^\d{1,3}$"#)
    /// The patterns `widgetReason` reads, in three: most lines match none, and are read three times,
    /// not sixteen. Those anchored at the line's start are tried there alone; those that require no
    /// literal match one token only (no space), so that the others keep their literal screen.
    static let anyAnchoredWidget = anchoredAlternatives([
        Vocabulary.commentWidget, Vocabulary.paywall, Vocabulary.formLabel, Vocabulary.widgetLink,
        Vocabulary.tagList, Vocabulary.kindLabel, Vocabulary.repostNote, Vocabulary.contactTheNewsroom,
        Vocabulary.relativeTime, Vocabulary.authorRole,
    ])
    static let anyOneToken = anchoredAlternatives([lineNumber, Vocabulary.identifier])
    private static func anchoredAlternatives(_ patterns: [ScreenedRegex]) -> ScreenedRegex {
        regex(#"\A(?:"# + patterns.map { "(?:" + $0.pattern.dropFirst() + ")" }.joined(separator: "|") + ")")
    }
    private static let anyWidgetPhrase = regex([
        Vocabulary.commentForm, Vocabulary.formNote, Vocabulary.fileDetails, Vocabulary.serviceNotice, Vocabulary.courtCaption,
    ].map { "(?:\($0.pattern))" }.joined(separator: "|"))
    private static let copyrightHolder = caseSensitiveRegex(#"^(Copyright|©)\s+\p{Lu}[\p{L}.&' -]*$"#)
    /// `A Ring Pro video doorbell. (James Pace-Cornsilk)`: a sentence, then its photographer.
    private static let nameInParentheses = caseSensitiveRegex(#"[.!?]["”’]?\s*\((\p{Lu}[\p{L}.'’-]*\s*){1,4}([/,]\s*\p{Lu}[\p{L}.'’&-]*\s*)*\)$"#)
    /// What a news agency's caption says its picture shows, in the present tense.
    static let captionVerb = regex(#"\b((is|are) (seen|displayed|pictured|shown)|speaks|stands|walks|holds|poses|attends|arrives|sits|gestures|listens|testifies|looks on|waits|marches|rallies|demonstrates)\b"#)
    /// `… on Sept. 25, 2019.`, `… in June 2020.`: where a caption says when.
    private static let endsWithADate = regex(#"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (\d{1,2}, )?\d{4}\.$"#)
    /// A full stop after a lowercase word, then a capital: where one sentence ends and another
    /// starts (`Sept. 25` and `U.S. House` are not).
    private static let sentenceBoundary = caseSensitiveRegex(#"\p{Ll}{2,}[.!?]["”’]?\s+["“‘]?\p{Lu}"#)
    private static let speaksToTheReader = regex(#"(\b(you|your|our|us|we|my|please)\b|^\W*(subscribe|sign up|donate|support|join|become|get|follow|like|chip in|give|stay)\b)"#)
    private static let addressesTheReader = regex(#"\b(you|your)\b"#)
    private static let promoWords = regex(#"\b(you|your|our|we|us|my|news|latest|stories|trending|popular|breaking|exclusive|video|watch|live|updates?|free|now)\b"#)
}
