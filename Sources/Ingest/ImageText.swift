import Foundation

/// What a page shows in place of its images: alt text and captions without a credit.
extension Cleaner {
    /// `police officer typing on laptop-police and ring partnership`: three words or more without a
    /// capital, a number or a closing stop, the page's first line or a line between two sentences
    /// (a hard-wrapped line runs on from the line above or into the line below). Read before the
    /// header, where such a line passes for a headline.
    func removeLowercaseAltText(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        let kept = lines.indices.filter { roles[$0] == .body }
        for (position, index) in kept.enumerated() where position + 1 < kept.count {
            let text = lines[index].text
            let previous = position > 0 ? lines[kept[position - 1]].text : nil
            guard (3...15).contains(text.wordCount(upTo: 15)), !text.contains(where: { $0.isUppercase || $0.isNumber }),
                  !text.endsLikeASentence, !text.matches(Self.bulletedItem),
                  previous.map({ $0.endsLikeASentence && !$0.hasSuffix(":") }) ?? true,
                  lines[kept[position + 1]].text.first?.isUppercase == true else { continue }
            roles[index] = .removed
            reasons[index] = "image alt text: a lowercase fragment between sentences"
        }
    }

    /// `Ring doorbell` then `Ring` between two paragraphs: an image's alt text and caption. Two or
    /// more short fragments in a row; a subheading stands alone, and a list follows a lead-in.
    func removeImageFragments(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String],
                               after firstParagraph: Int) {
        let body = lines.indices.filter { roles[$0] == .body }
        var position = 0
        while position < body.count {
            var end = position
            while end < body.count, Self.isFragment(lines[body[end]].text) { end += 1 }
            defer { position = max(end, position + 1) }
            guard end - position >= 2, position > 0, end < body.count, body[position] > firstParagraph else { continue }
            let before = lines[body[position - 1]].text
            guard Self.isFullParagraph(before), !before.hasSuffix(":"), Self.isFullParagraph(lines[body[end]].text) else { continue }
            for index in body[position..<end] {
                roles[index] = .removed
                reasons[index] = "image alt text or caption: short fragments between paragraphs"
            }
        }
        // `Protesters hold signs outside the headquarters`: what a picture shows, in the present
        // tense and without a closing stop, between two paragraphs.
        for (position, index) in body.enumerated() where index > firstParagraph && position > 0 && position + 1 < body.count {
            let text = lines[index].text
            guard (5...30).contains(text.wordCount(upTo: 30)), !text.endsLikeASentence, !text.contains(where: { "\"“”".contains($0) }),
                  text.matches(Self.captionVerb), roles[index] == .body,
                  Self.isFullParagraph(lines[body[position - 1]].text), !lines[body[position - 1]].text.hasSuffix(":"),
                  Self.isFullParagraph(lines[body[position + 1]].text) else { continue }
            roles[index] = .removed
            reasons[index] = "photo caption: what a picture shows, between paragraphs"
        }
    }

    /// `Map of 405 Ring partnerships.` over `Image: Screenshot from …`: the line right above a photo's
    /// credit, when it is short or says what a picture shows; a paragraph above a credit is the article's.
    func removeCaptionsAboveCredits(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        let shown = lines.indices.filter { roles[$0] == .body || reasons[$0] == Self.creditReason }
        for (position, index) in shown.enumerated() where position + 1 < shown.count && roles[index] == .body {
            let text = lines[index].text
            let words = text.wordCount(upTo: 30)
            guard reasons[shown[position + 1]] == Self.creditReason, words <= 30, !text.isStandaloneQuotation,
                  !text.hasSuffix(":"), words < 8 || text.matches(Self.captionVerb) else { continue }
            roles[index] = .removed
            reasons[index] = "photo caption (above its credit)"
        }
    }

    /// What an image shows, written for those who cannot see it: `Ring Logo`, `Red shield logo with
    /// three arrows…`, `Digital representation of a face with a mesh overlay…`: a noun phrase naming
    /// a picture, with no verb that a sentence about one would have (`A photo of the protest was shared`).
    static func isImageDescription(_ text: String) -> Bool {
        let words = text.wordCount(upTo: 60)
        if words <= 5, text.matches(namedImage) { return true }
        return words <= 60 && text.matches(imageNounPhrase) && !text.matches(finiteVerb)
    }

    /// `Ring Logo`, `ACLU icon`: a name and the kind of image, alone.
    private static let namedImage = regex(#"^([\p{L}\d&'’.-]+\s+){1,4}(logo|icon|avatar|headshot|wordmark)$"#)
    /// `Red shield logo with …`, `A digital illustration of …`: up to four words, then the kind of image and what it shows.
    private static let imageNounPhrase = regex(#"^(an?\s+|the\s+)?([\p{L}-]+\s+){0,3}(representation|illustration|rendering|photo|photograph|image|picture|screenshot|graphic|logo|icon|close-?up|drawing|diagram|photo illustration) (of|with|showing|depicting|featuring)\b"#)
    private static let finiteVerb = regex(#"\b(is|are|was|were|has|have|had|said|says|will|would|can|could|did|does|do|came|comes|made|makes|show|shows|showed|became|becomes|took|takes|went|goes)\b"#)

    /// One to four words, no closing punctuation, numbers or list mark.
    private static func isFragment(_ text: String) -> Bool {
        (1...4).contains(text.wordCount(upTo: 4)) && !text.endsLikeASentence && !text.contains(where: \.isNumber)
            && !text.matches(bulletedItem)
    }
}
