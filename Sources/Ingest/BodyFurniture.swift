import Foundation

/// Furniture among the article's paragraphs, told by its place as well as its words: what a
/// title or a header line may say, a line after the article's first paragraph may not.
extension Cleaner {
    func removeBodyFurniture(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        let firstParagraph = lines.indices.first { roles[$0] == .body && Self.isFullParagraph(lines[$0].text) } ?? lines.count
        for index in lines.indices where roles[index] == .body {
            let text = lines[index].text
            if Self.isCallToAct(text) {
                roles[index] = .removed
                reasons[index] = "call to act addressed to the reader"
            } else if index > firstParagraph, let reason = Self.repostReason(text) {
                roles[index] = .removed
                reasons[index] = reason
            }
        }
        removeCaptionsAboveCredits(lines, &roles, &reasons)
        removePromoHeadlines(lines, &roles, &reasons, after: firstParagraph)
        removeImageFragments(lines, &roles, &reasons, after: firstParagraph)
        removeRuns(lines, &roles, &reasons)
        removeClosingSignature(lines, &roles, &reasons)
        removeClosingLeadIn(lines, &roles, &reasons)
    }

    /// `Citizen App Again Lets Users Report Crimes — and Experts See Big Risks` between two
    /// paragraphs: a headline in title case that shares few words with the article promotes another.
    private func removePromoHeadlines(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String],
                                      after firstParagraph: Int) {
        let headlines = lines.indices.filter { $0 > firstParagraph && roles[$0] == .body && Self.isTitleCaseHeadline(lines[$0].text) }
        guard !headlines.isEmpty else { return }
        let article = lines.indices.filter { roles[$0] == .body || roles[$0] == .title }
        let tally = WordTally(article.map { Vocabulary.contentWords(lines[$0].text) })
        for index in headlines {
            let own = Vocabulary.contentWords(lines[index].text)
            guard tally.shared(own, excluding: [own]).count * 8 <= own.count else { continue }
            roles[index] = .removed
            reasons[index] = "promo for another story: a headline sharing few words with the article"
        }
    }

    /// Six to twenty words, most of them capitalized, not a sentence, a list item or a quotation.
    private static func isTitleCaseHeadline(_ text: String) -> Bool {
        // A comma marks a byline or an attribution (`Said Jane Doe, Director at …`), not a headline.
        guard (6...20).contains(text.wordCount(upTo: 20)), !text.endsLikeASentence, !text.isStandaloneQuotation,
              !text.contains(","), !text.matches(bulletedItem), !text.matches(Vocabulary.byline) else { return false }
        let long = text.words.filter { $0.count >= 4 }
        return long.count >= 3 && long.filter { $0.first?.isUppercase == true }.count * 10 >= long.count * 8
    }

    /// `Here's the full letter:` as the page's last line: the lead-in to a document the copy lost.
    private func removeClosingLeadIn(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        guard let last = lines.indices.last(where: { roles[$0] == .body }), lines[last].text.wordCount(upTo: 12) <= 12,
              lines[last].text.matches(Self.leadInToADocument) else { return }
        roles[last] = .removed
        reasons[last] = "lead-in to a document the text lost (nothing follows)"
    }

    /// `Urge your legislators to support …`, `… Send a message now to tell your members of
    /// Congress that …`: the line's first or last sentence asks the reader to act.
    static func isCallToAct(_ text: String) -> Bool {
        guard text.wordCount(upTo: 60) <= 60, let first = text.first, !"\"“‘'".contains(first) else { return false }
        // The pattern reads one sentence from where it starts: the text's first, then its last.
        let last = String(text[lastSentenceStart(Substring(text))...]).trimmedOfSpaces
        return text.matches(Vocabulary.callToAct) || last.matches(Vocabulary.callToAct)
    }

    /// `via Headline — Site`, `Source:: Site.com`: the link back of a reposted story.
    private static func repostReason(_ text: String) -> String? {
        guard let first = text.first, "VvSs".contains(first) else { return nil }
        let words = text.wordCount(upTo: 30)
        if words <= 30, text.matches(Vocabulary.viaLine), !text.endsLikeASentence || words <= 6 {
            return "repost's link back (via …)"
        }
        if words <= 12, text.matches(Vocabulary.sourceLine) { return "repost's source line" }
        return nil
    }

    /// What a paywall offers below its prompt (`- Unlimited articles`), and the values of a form's
    /// fields between its labels: short lines that are not sentences.
    private func removeRuns(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        let kept = lines.indices.filter { roles[$0] == .body || reasons[$0] == Self.paywallReason || reasons[$0] == Self.formReason }
        for (position, index) in kept.enumerated() where roles[index] == .body {
            let text = lines[index].text
            let previous = position > 0 ? reasons[kept[position - 1]] : ""
            let next = position + 1 < kept.count ? reasons[kept[position + 1]] : ""
            if previous == Self.paywallReason || previous == Self.paywallOfferReason,
               text.matches(Self.bulletedItem) || text.wordCount(upTo: 15) <= 15 && !text.endsLikeASentence {
                roles[index] = .removed
                reasons[index] = Self.paywallOfferReason
            } else if previous == Self.formReason, next == Self.formReason, text.wordCount(upTo: 6) <= 6, !text.endsLikeASentence {
                roles[index] = .removed
                reasons[index] = "form field's value (between form labels)"
            }
        }
    }

    /// `Here's the full letter:`, `Read the complaint here:`, `Download the report:`
    private static let leadInToADocument = regex(#"^(here('s| is| are)|read|see|view|download|find)\b.{0,50}\b(full|letter|statement|report|text|document|complaint|filing|here)\b[^.!?]{0,20}:$"#)
    static let paywallOfferReason = "paywall's offer (below its prompt)"
}
