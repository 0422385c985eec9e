/// An organization's or a site's name alone on its line, above or after the article: the page's
/// masthead or sign-off, which the article names elsewhere.
extension Cleaner {
    /// `MediaJustice` over the article's first paragraph: one word with a capital inside, as brands
    /// are written, so that no one-word headline goes.
    func removeLeadingSiteName(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        let kept = lines.indices.filter { roles[$0] == .body }
        guard kept.count >= 3, let first = kept.first else { return }
        let name = lines[first].text
        guard name.wordCount(upTo: 1) == 1, name.count >= 3, name.allSatisfy(\.isLetter), name.first?.isUppercase == true,
              name.dropFirst().contains(where: \.isUppercase), name.contains(where: \.isLowercase),
              Self.isFullParagraph(lines[kept[1]].text),
              kept.dropFirst().contains(where: { lines[$0].text.words.contains(Substring(name)) }) else { return }
        roles[first] = .removed
        reasons[first] = "site's name above the article"
    }

    /// `MediaJustice` alone after the last paragraph: the organization signing off, whose name the
    /// article gives; not a letter's signature after its closing (`Sincerely,`), nor a person's
    /// name, which is the writer's byline: one the registry knows, or two or three capitalized words.
    func removeClosingSignature(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        let body = lines.indices.filter { roles[$0] == .body }
        guard body.count >= 3, let last = body.last else { return }
        let text = lines[last].text
        let before = lines[body[body.count - 2]].text
        guard (1...5).contains(text.wordCount(upTo: 5)), !text.endsLikeASentence, !text.contains(where: \.isNumber),
              text.first?.isUppercase == true, Self.isFullParagraph(before), !before.matches(Self.letterClosing)
        else { return }
        let mentions = registryMentions(text)
        let isOrganization = mentions.contains { if case .organization = $0 { true } else { false } }
        guard isOrganization || mentions.isEmpty && !text.matches(Self.personName) else { return }
        let name = text.comparable
        guard body.dropLast().contains(where: { lines[$0].text.comparable.contains(name) }) else { return }
        roles[last] = .removed
        reasons[last] = "organization's name signing off after the article"
    }

    private static let personName = caseSensitiveRegex(#"^\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]*){1,2}$"#)
    private static let letterClosing = regex(#"^(sincerely|respectfully|regards|best regards|yours( truly| sincerely)?|thank you|signed)\b.{0,20}[,.:]?$"#)
}
