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
    var sitePatterns: [NSRegularExpression] = []

    func clean(_ lines: [SourceLine]) -> CleanedDocument {
        var document = CleanedDocument()
        var roles = [LineDecision.Role](repeating: .body, count: lines.count)
        var reasons = [String](repeating: "", count: lines.count)
        func set(_ index: Int, _ role: LineDecision.Role, _ reason: String) {
            roles[index] = role
            reasons[index] = reason
        }

        // Footer: a licence or copyright line in the second part of the page, and all after it.
        if let start = lines.indices.first(where: { $0 >= lines.count * 2 / 5 && lines[$0].text.matches(Vocabulary.footer) }) {
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
                document.furniture.append(text)
            }
        }

        // Teasers: a byline like "Jessica Corbett ·" with the headline and blurb above it.
        for index in lines.indices where roles[index] == .body && lines[index].text.matches(Vocabulary.teaserByline) {
            set(index, .removed, "teaser byline")
            for above in stride(from: index - 1, through: max(0, index - 2), by: -1) where roles[above] == .body {
                set(above, .removed, "teaser for another article")
            }
        }

        readHeader(lines, &roles, &reasons, &document)
        removeRepeatedQuotations(lines, &roles, &reasons)

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
            document.decisions.append(LineDecision(line: lines[index], role: roles[index],
                                                   reason: reasons[index].isEmpty ? "article paragraph" : reasons[index]))
        }
        return document
    }

    /// Lines that say when, who to call, or what was updated.
    private func metadataRole(_ text: String, index: Int, count: Int, document: inout CleanedDocument)
        -> (LineDecision.Role, String)? {
        let early = index < max(8, count / 3)
        if text.matches(Vocabulary.contactLine), text.wordCount <= 30 {
            document.contact = document.contact ?? text.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
            return (.contact, "press contact (kept as metadata)")
        }
        if early, text.matches(Vocabulary.releaseLine), text.wordCount <= 12,
           let found = DateFinder.find(in: text, reference: nil).first(where: { $0.precision == .day && $0.hasExplicitYear }) {
            document.date = document.date ?? found.start
            return (.date, "publication date line")
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
        let words = text.wordCount
        if text.matches(Vocabulary.separator) && !text.contains(where: { $0.isLetter || $0.isNumber }) { return "separator" }
        if text.matches(Vocabulary.noteCount) { return "note or share count" }
        if text.matches(Vocabulary.reblog) { return "reblog list" }
        if text.matches(Vocabulary.imagePlaceholder) { return "image placeholder" }
        if words <= 60, text.matches(Vocabulary.photoCredit) { return "photo caption or credit" }
        if words <= 6, text.matches(Vocabulary.navigation) { return "navigation" }
        if words <= 10, text.matches(Vocabulary.moreLink) { return "link to more content" }
        if words <= 25, text.matches(Vocabulary.plea) {
            // A paragraph that only ends in a plea ("… Follow us on Twitter") keeps its content.
            let content = Self.trimmingTrailingPlea(text)
            if content == text || content.wordCount < 8 { return "newsletter, donation or social plea" }
        }
        if words >= 3, words <= 15, text.capitalShare >= 0.9, !text.endsLikeASentence || text.matches(Vocabulary.callVocabulary) {
            return "all-caps promo or call"
        }
        if let pattern = sitePatterns.first(where: { text.matches($0) }) {
            return "site pattern '\(pattern.pattern)'"
        }
        return nil
    }

    /// Title, subtitle, byline and date: the lines before the first paragraph of the article.
    private func readHeader(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String],
                            _ document: inout CleanedDocument) {
        let kept = lines.indices.filter { roles[$0] == .body }
        guard let titleIndex = kept.first else { return }
        roles[titleIndex] = .title
        reasons[titleIndex] = "title: first line of the article"
        document.title = lines[titleIndex].text
        // The article starts at its first full paragraph; a short text has none, and starts at once.
        let bodyStart = kept.dropFirst().first { index in
            let text = lines[index].text
            return text.endsLikeASentence && text.wordCount >= 12 && !text.isStandaloneQuotation
        } ?? kept.dropFirst().first ?? lines.count
        let bodyWords = lines[bodyStart...].reduce(into: Set<String>()) { words, line in
            words.formUnion(Vocabulary.contentWords(line.text))
        }
        for index in kept where index > titleIndex && index < bodyStart {
            let text = lines[index].text
            if let author = Self.byline(text) {
                document.author = document.author ?? author
                roles[index] = .author
                reasons[index] = "byline"
            } else if Vocabulary.contentWords(text).isDisjoint(with: bodyWords) {
                roles[index] = .removed
                reasons[index] = "teaser: shares no words with the article"
            } else if document.subtitle == nil {
                document.subtitle = Self.unquoted(text)
                roles[index] = .subtitle
                reasons[index] = "subtitle: between the title and the article"
            }
        }
    }

    /// `By Jane Doe`, or a line that is only a name: two to four capitalized words.
    static func byline(_ text: String) -> String? {
        if text.matches(Vocabulary.byline) {
            return String(text.dropFirst(3)).trimmingCharacters(in: .whitespaces)
        }
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), text.count <= 40, !text.contains(where: { $0.isNumber }),
              words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || ".'’-".contains($0) } })
        else { return nil }
        return text
    }

    static func unquoted(_ text: String) -> String {
        guard text.isStandaloneQuotation else { return text }
        return String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
    }

    /// A quotation that stands alone and repeats what the article says elsewhere is a pull quote.
    private func removeRepeatedQuotations(_ lines: [SourceLine], _ roles: inout [LineDecision.Role],
                                          _ reasons: inout [String]) {
        let body = lines.indices.filter { roles[$0] == .body }
        for index in body where lines[index].text.isStandaloneQuotation {
            let sentences = Self.sentences(Self.unquoted(lines[index].text)).map(\.comparable).filter { $0.count >= 15 }
            guard !sentences.isEmpty else { continue }
            let others = body.filter { $0 != index && roles[$0] == .body }.map { lines[$0].text.comparable }
            let repeated = sentences.filter { sentence in others.contains { $0.contains(sentence) } }
            guard repeated.count * 3 >= sentences.count * 2 else { continue }
            roles[index] = .removed
            reasons[index] = "pull quote repeating the article"
            if let next = body.first(where: { $0 > index }), Self.isAttributionLine(lines[next].text) {
                roles[next] = .removed
                reasons[next] = "attribution of a removed pull quote"
            }
        }
    }

    /// `—Nicole Ozer, ACLU of Northern California`, `--Evan Greer, Fight for the Future`
    static func isAttributionLine(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "—―–-".contains(first) && text.wordCount <= 14
    }

    /// Splits after `.`, `!` or `?` (and any closing quotes) that a space follows.
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            current.append(character)
            index = text.index(after: index)
            guard ".!?".contains(character) else { continue }
            while index < text.endIndex, "\"”’'".contains(text[index]) {
                current.append(text[index])
                index = text.index(after: index)
            }
            if index == text.endIndex || text[index] == " " {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    static func trimmingTrailingPlea(_ text: String) -> String {
        guard let match = Vocabulary.trailingPlea.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range, in: text) else { return text }
        return String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
    }
}
