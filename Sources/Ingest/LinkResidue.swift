import Foundation

/// What a page's links leave in a copy: a web address alone on its line, the label of a link set
/// above its address (`SEE: Motherboard - Ring Cameras …` then `https://…`), a strip of labels
/// (`|| Facial Recognition || Media Article || Short (5 min or less)`), and the same date stamp
/// under each item of a list (`• Jun 11`). None is the article's words.
extension Vocabulary {
    /// `https://www.example.com/story/`, `www.example.org/report`: an address and nothing else.
    static let bareAddress = regex(#"^\W{0,3}(https?://|www\.)[^\s]+$"#)
}

extension Cleaner {
    static let bareAddressReason = "web address alone on its line (a link's target)"
    static let linkLabelReason = "label of a link (its address on the line below)"
    static let labelStripReason = "strip of labels (section, kind, reading time)"
    static let repeatedStampReason = "date stamp repeated under a list's items"

    /// A line that is only a web address, or a strip of short labels between bars.
    static func linkResidueReason(_ text: String) -> String? {
        if text.count <= 300, text.trimmingCharacters(in: .whitespaces).matches(Vocabulary.bareAddress) {
            return bareAddressReason
        }
        if isLabelStrip(text) { return labelStripReason }
        return nil
    }

    /// Three or more short labels between bars (`A || B || C`), none a sentence: a listing's
    /// section, kind and reading time. A page title (`Headline | Section | Site`) has a headline's
    /// words in one of its parts, and stays for the title rules.
    static func isLabelStrip(_ text: String) -> Bool {
        guard text.contains("|"), text.count <= 200 else { return false }
        let parts = text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return parts.count >= 3 && parts.allSatisfy { $0.wordCount <= 5 && !$0.endsLikeASentence }
    }

    /// After the header: the line above an address alone, when it is a label (short, not a
    /// sentence) rather than the article's paragraph. The title above a source's address stays.
    func removeLinkLabels(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        let firstParagraph = lines.indices.first { roles[$0] == .body && Self.isFullParagraph(lines[$0].text) } ?? lines.count
        for index in lines.indices.dropLast() where index > firstParagraph && reasons[index + 1] == Self.bareAddressReason
            && roles[index] == .body {
            let text = lines[index].text
            if text.wordCount(upTo: 21) <= 20, !text.endsLikeASentence {
                roles[index] = .removed
                reasons[index] = Self.linkLabelReason
            }
        }
    }

    /// The same date alone on two or more lines after the article has begun: the stamps of a list
    /// of clips or posts, not the article's date (which stands in the header, before the first
    /// paragraph, and is left to the header's rules).
    func removeRepeatedDateStamps(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        guard let firstParagraph = lines.indices.first(where: { roles[$0] == .body && Self.isFullParagraph(lines[$0].text) })
        else { return }
        let stamps = lines.indices.filter { $0 > firstParagraph && roles[$0] == .body && lines[$0].text.wordCount(upTo: 8) <= 6
            && DateLine(Self.withoutBullet(lines[$0].text)) != nil }
        let counts = stamps.reduce(into: [String: Int]()) { $0[lines[$1].text.comparable, default: 0] += 1 }
        for index in stamps where counts[lines[index].text.comparable, default: 0] >= 2 {
            roles[index] = .removed
            reasons[index] = Self.repeatedStampReason
        }
    }

    private static func withoutBullet(_ text: String) -> String {
        String(text.drop { "•·*-–— \t".contains($0) })
    }
}
