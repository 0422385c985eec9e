import Foundation

/// What follows the article's last paragraph of prose: told by place and shape, not by a site's
/// words. A page closes its article with widgets, labels, link lists, pleas and comments; an
/// article closes with sentences about what it reported, and names what it spoke of.
extension Cleaner {
    func removeAfterTheArticlesEnd(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        let body = lines.indices.filter { roles[$0] == .body }
        let prose = body.filter { Self.isFullParagraph(lines[$0].text) }
        guard !prose.isEmpty else { return }
        let addressing = Set(prose.filter { Self.addressesTheReader(lines[$0].text) })
        // The article's end: its last paragraph of prose; a plea to "you" after it is the page's,
        // unless the article speaks to its reader before that too (a guide, an appeal).
        let lastPlain = prose.last { !addressing.contains($0) }
        let speaksToItsReader = lastPlain.map { plain in addressing.contains { $0 < plain } } ?? true
        guard let end = speaksToItsReader ? prose.last : lastPlain else { return }
        // The headline speaks of what the article says too: a list's lead-in may share only its words.
        let articleWords = Self.contentWords(lines, lines.indices.filter {
            $0 <= end && (roles[$0] == .body || roles[$0] == .title || roles[$0] == .subtitle)
        })
        let tail = body.filter { $0 > end }
        // A list the article introduces (`The cities that ban it:`, then its items) is the article's;
        // `Share this article:` speaks of the page, not of what the article says.
        var introduced = Set<Int>()
        func introducesAList(_ text: String) -> Bool {
            text.hasSuffix(":") && text.wordCount(upTo: 3) >= 3 && !Vocabulary.contentWords(text).isDisjoint(with: articleWords)
        }
        var leadIn = introducesAList(lines[end].text)
        for index in tail {
            let text = lines[index].text
            if leadIn, text.wordCount(upTo: 10) <= 10 || !text.endsLikeASentence {
                introduced.insert(index)
            } else {
                leadIn = introducesAList(text)
            }
        }
        // From the last line up, so that a lead-in is judged by whether anything it leads to is kept.
        var keptAfter = false
        for (position, index) in tail.enumerated().reversed() {
            let text = lines[index].text
            if introduced.contains(index) {
                keptAfter = true
                continue
            }
            let previous = position > 0 ? lines[tail[position - 1]].text : lines[end].text
            if let reason = reasonAfterTheEnd(text, previous: previous, articleWords: articleWords,
                                              speaksToItsReader: speaksToItsReader, keptAfter: keptAfter,
                                              followed: index + 1 < lines.count,
                                              next: tail.indices.contains(position + 1) ? lines[tail[position + 1]].text : nil) {
                roles[index] = .removed
                reasons[index] = reason
            } else {
                keptAfter = true
            }
        }
    }

    private func reasonAfterTheEnd(_ text: String, previous: String, articleWords: Set<String>, speaksToItsReader: Bool,
                                   keptAfter: Bool, followed: Bool, next: String?) -> String? {
        if previous.matches(Self.userHandle), !Self.isFullParagraph(text), !text.matches(Self.userHandle) {
            return "after the article's end: a reblogger's comment under their user name"
        }
        if isSignatureOrAttribution(text, after: previous) { return nil }
        // A paragraph about what the article reported that says "you" shares its words; a plea does not.
        if !speaksToItsReader, Self.addressesTheReader(text),
           Vocabulary.contentWords(text).intersection(articleWords).count <= 2 {
            return "after the article's end: speaks to the reader, which the article does not"
        }
        let words = text.wordCount(upTo: 10)
        guard words <= 10, Vocabulary.contentWords(text).isDisjoint(with: articleWords) else { return nil }
        if !text.endsLikeASentence { return "after the article's end: a short line, no sentence, none of the article's words" }
        // A sentence that names what the site follows, or reads like prose, may be the article's last word.
        guard registryMentions(text).isEmpty else { return nil }
        if text.hasSuffix(":") {
            // `Share this:` over buttons goes; `The demands are:` closing the copy may lead to what it lost.
            if followed && !keptAfter { return "after the article's end: a lead-in to nothing the article holds" }
            // `Share this:`, `Tags:` are labels; `Greer says:` over a quotation introduces it, and a
            // longer lead-in (`Read her full statement below:`) may be the article's.
            if words > 3 || next.map(Self.opensOrClosesAQuotation) != false { return nil }
        }
        if words >= 2, words <= 8, Self.functionWordShare(text) < 0.3 {
            return "after the article's end: a short line of labels, none of the article's words"
        }
        return nil
    }

    /// `Jane Doe, campaign director at X`, `Jane Doe via Outlet`, `—Jane Doe`, or any line under a
    /// quotation: who said it or who wrote the post, the article's own.
    private func isSignatureOrAttribution(_ text: String, after previous: String) -> Bool {
        if previous.isStandaloneQuotation || previous.hasSuffix("”") || previous.hasSuffix("\"") { return true }
        // A quotation's part (its last paragraph, a speaker's line) is the article's.
        if Self.isAttributionLine(text) || Self.opensOrClosesAQuotation(text) { return true }
        if registryMentions(text).contains(where: { if case .person = $0 { true } else { false } }) { return true }
        // A name (one to four capitalized words) and a comma before a lowercase role (`Greer, deputy
        // director`), or a full name then a comma or a lowercase word (`Jane Doe via Outlet`);
        // `Facebook, Twitter` is a row of buttons.
        var name = 0
        let words = text.split(separator: " ").prefix(6)
        for (position, word) in words.enumerated() {
            let letters = word.hasSuffix(",") ? word.dropLast() : word
            if letters.first?.isUppercase == true, letters.allSatisfy(\.isLetter) {
                name += 1
                guard word.hasSuffix(",") else { continue }
                let lowercaseNext = words.dropFirst(position + 1).first?.first?.isLowercase == true
                return (2...4).contains(name) || name == 1 && lowercaseNext
            } else {
                return (2...4).contains(name) && word.first?.isLowercase == true
            }
        }
        return false
    }

    /// `spiroandthelacktones`, `jane_doe-42`: a user name alone on its line, as reblogs print them.
    private static let userHandle = caseSensitiveRegex(#"^@?[a-z][a-z0-9_-]{3,39}$"#)

    static func opensOrClosesAQuotation(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        return "\"“«".contains(first) || "\"”»".contains(last)
    }

    /// Second person outside a quotation: `you`, `your`, `yourself`.
    static func addressesTheReader(_ text: String) -> Bool {
        // Each second-person word holds `you`, and only ASCII letters lowercase to those three.
        guard text.holdsYou else { return false }
        return text.lowercased().words.contains { secondPerson.contains($0) }
    }

    /// The share of a line's words that are function words: prose has many, labels and menus few.
    static func functionWordShare(_ text: String) -> Double {
        let words = text.lowercased().words
        guard !words.isEmpty else { return 0 }
        return Double(words.filter { functionWords.contains($0) }.count) / Double(words.count)
    }

    private static let functionWords: Set<Substring> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as", "is", "are",
        "was", "were", "be", "been", "it", "its", "this", "that", "he", "she", "they", "we", "i", "his", "her", "their",
        "our", "has", "have", "had", "not", "no", "will", "would", "can", "could", "do", "did", "than", "so", "if", "who",
    ]

    private static let secondPerson: Set<Substring> = ["you", "your", "yours", "yourself", "yourselves"]
}

extension String {
    /// Whether the text holds `you` in any case, read byte by byte.
    fileprivate var holdsYou: Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if previous == (0x79, 0x6F) && byte | 0x20 == 0x75 { return true }
            previous = (previous.1, byte | 0x20)
        }
        return false
    }
}
