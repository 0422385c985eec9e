import Content
import Foundation

/// What cleaning found: the article's paragraphs and the metadata its header and furniture hold.
struct CleanedDocument {
    var decisions: [LineDecision] = []
    var title: String?
    var subtitle: String?
    var author: String?
    var date: Day?
    var updated: Day?
    var contact: String?
    /// "UPDATED JUNE 11th: …": read once the publication date gives the year.
    var updatedLine: String?
    /// The article's paragraphs, in order, with their source lines.
    var paragraphs: [SourceLine] = []
    /// Lines that were removed as site furniture (promos, footers): where a publisher names itself.
    var furniture: [String] = []
}

/// Separates a raw document's article from the page around it, line by line, by shape, position,
/// repetition and vocabulary. Each decision carries its reason.
struct Cleaner {
    /// Extra patterns from `site.yaml` (`ingest: remove:`): lines matching one are removed.
    var sitePatterns: [ScreenedRegex] = []
    /// The organizations and people of the registries a text names: evidence that it is about what
    /// the article is about, and of whether a name is a person's.
    var registryMentions: (String) -> [EntityRef] = { _ in [] }
    /// The title a sidecar gives, for a text that has none (or a wrong one): a line is taken as the
    /// title only when it is that title, and none is looked for below the text's opening.
    var givenTitle: String?

    func clean(_ sourceLines: [SourceLine]) -> CleanedDocument {
        var document = CleanedDocument()
        // Empty link brackets ("[]") are what is left of links the text lost.
        let lines = sourceLines.map { SourceLine(number: $0.number, text: Self.withoutEmptyLinks($0.text)) }
        var roles = [LineDecision.Role](repeating: .body, count: lines.count)
        var reasons = [String](repeating: "", count: lines.count)
        func set(_ index: Int, _ role: LineDecision.Role, _ reason: String) {
            roles[index] = role
            reasons[index] = reason
        }
        for index in lines.indices where lines[index].text.isEmpty {
            set(index, .removed, "empty link leftovers")
        }

        // Footer: a licence or copyright line in the second part of the page, and all after it; not
        // a photo's `© Name` credit that paragraphs follow.
        if let start = lines.indices.first(where: {
            $0 >= lines.count * 2 / 5 && Self.isFooterLine(lines[$0].text) && !Self.isCreditAboveProse(lines, at: $0)
        }) {
            for index in start..<lines.count {
                set(index, .removed, index == start ? "footer: licence, copyright or legal line" : "after the footer")
                document.furniture.append(lines[index].text)
            }
        }

        for index in lines.indices where roles[index] == .body {
            let text = lines[index].text
            if let (role, reason) = metadataRole(text, index: index, count: lines.count, document: &document) {
                set(index, role, reason)
            } else if let reason = furnitureReason(text) {
                set(index, .removed, reason)
                // A photographer's outlet is not the page's publisher.
                if reason != Self.creditReason { document.furniture.append(text) }
            }
        }

        // Teasers: a byline like "Jessica Corbett ·" with the headline and blurb above it.
        for index in lines.indices where roles[index] == .body && lines[index].text.matches(Vocabulary.teaserByline) {
            set(index, .removed, "teaser byline")
            for above in stride(from: index - 1, through: max(0, index - 2), by: -1) where roles[above] == .body {
                set(above, .removed, "teaser for another article")
            }
        }

        removePleaPassages(lines, &roles, &reasons)
        removeLowercaseAltText(lines, &roles, &reasons)
        removeLeadingSiteName(lines, &roles, &reasons)
        readHeader(lines, &roles, &reasons, &document)
        removeRelatedLinks(lines, &roles, &reasons, &document)
        removeAnotherStoryAfterARepostNote(lines, &roles, &reasons)
        removeRepeatedLines(lines, &roles, &reasons, title: document.title)
        removeRepeatedQuotations(lines, &roles, &reasons)
        removeCommentThread(lines, &roles, &reasons)
        removeBodyFurniture(lines, &roles, &reasons)
        removeSplicedPassages(lines, &roles, &reasons)
        removeAfterTheArticlesEnd(lines, &roles, &reasons)
        keepLetterSignatures(lines, &roles, &reasons)

        for index in lines.indices {
            var line = lines[index]
            if roles[index] == .body {
                let trimmed = Self.trimmingTrailingPlea(line.text)
                if trimmed != line.text {
                    reasons[index] = "article paragraph (trailing social plea removed)"
                    line.text = trimmed
                }
                if line.text.isEmpty {
                    roles[index] = .removed
                } else {
                    document.paragraphs.append(line)
                }
            }
            document.decisions.append(LineDecision(line: sourceLines[index], role: roles[index],
                                                   reason: reasons[index].isEmpty ? "article paragraph" : reasons[index]))
        }
        return document
    }

    /// Lines that say when, who to call, or what was updated.
    private func metadataRole(_ text: String, index: Int, count: Int, document: inout CleanedDocument)
        -> (LineDecision.Role, String)? {
        let early = index < max(8, count / 3)
        if text.matches(Vocabulary.contactLine), text.wordCount <= 30 {
            document.contact = document.contact ?? text.drop { $0 != ":" }.dropFirst().trimmedOfSpaces
            return (.contact, "press contact (kept as metadata)")
        }
        if early, text.matches(Vocabulary.releaseLine), text.wordCount <= 12,
           let found = DateFinder.find(in: text, reference: nil).first(where: { $0.precision == .day && $0.hasExplicitYear }) {
            document.date = document.date ?? found.start
            return (.date, "publication date line")
        }
        if early, text.wordCount <= 12, let match = Vocabulary.roleByline.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
           let name = Range(match.range(at: 1), in: text) {
            document.author = document.author ?? String(text[name])
            return (.author, "byline with the writer's role")
        }
        if early, text.matches(Vocabulary.updatedLine) {
            // The year comes from the publication date, once that is known.
            document.updatedLine = document.updatedLine ?? text
            if text.wordCount <= 8 { return (.updated, "update date line") }
        }
        return nil
    }

    /// Site furniture: navigation, pleas, promos, placeholders, counters.
    private func furnitureReason(_ text: String) -> String? {
        // A date alone or "FOR IMMEDIATE RELEASE" is header metadata, whatever its shape: readHeader reads it.
        if DateLine(text) != nil || Self.isReleaseLabel(text) { return nil }
        let words = text.wordCount
        if text.matches(Vocabulary.separator) && !text.contains(where: { $0.isLetter || $0.isNumber }) { return "separator" }
        if text.matches(Vocabulary.noteCount) { return "note or share count" }
        if text.matches(Vocabulary.reblog) { return "reblog list" }
        if text.matches(Vocabulary.imagePlaceholder) { return "image placeholder" }
        if Self.isCaption(text) { return Self.creditReason }
        if Self.isImageDescription(text) { return "image description: what a picture shows, without a verb" }
        if words <= 8, text.matches(Vocabulary.documentLink) { return "link to a document the copy lost (PDF)" }
        if let reason = Self.widgetReason(text) { return reason }
        if let reason = Self.unseenPageFurnitureReason(text) { return reason }
        if words <= 6, text.matches(Vocabulary.navigation) { return "navigation" }
        if words <= 10, text.matches(Vocabulary.moreLink) { return "link to more content" }
        if text.matches(Vocabulary.readingTime) { return "reading time" }
        if words <= 40, text.matches(Vocabulary.formConsent) { return "sign-up form or consent line" }
        if words <= 25, text.matches(Vocabulary.gluedPromo), !text.endsLikeASentence { return "promo for another story" }
        if words <= 20, text.matches(Vocabulary.labelledPromo), !text.endsLikeASentence {
            return "promo for another story (a label, then its headline)"
        }
        if words <= 10, text.matches(Vocabulary.danglingLeadIn) { return "lead-in to a link the text lost" }
        if words <= 25, text.matches(Vocabulary.plea), Self.asksTheReader(text) {
            // A paragraph that only ends in a plea ("… Follow us on Twitter") keeps its content.
            let content = Self.trimmingTrailingPlea(text)
            if content == text || content.wordCount < 8 { return Self.pleaReason }
        }
        if Self.isLongPlea(text) { return Self.longPleaReason }
        if words >= 3, words <= 15, text.capitalShare >= 0.9, !Self.isSectionHeading(text), !Self.isPostalLine(text),
           !text.endsLikeASentence || text.matches(Vocabulary.callVocabulary) {
            return "all-caps promo or call"
        }
        if let pattern = sitePatterns.first(where: { text.matches($0) }) {
            return "site pattern '\(pattern.pattern)'"
        }
        return nil
    }

    static let creditReason = "photo caption or credit"

    static func withoutEmptyLinks(_ text: String) -> String {
        guard text.contains("[") else { return text }
        return text.replacingOccurrences(of: #"\[\s*\]"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"\s{2,}"#, with: " ", options: .regularExpression)
            .trimmedOfSpaces
    }
}
