import Content
import Foundation

/// A piece of an attribution with its words and the registry names in it; words inside a name
/// (`Fight for the Future`) are never read as the attribution's own.
struct Phrase {
    let text: String
    let tokens: [Token]
    let mentions: [Mention]
    private let matcher: MentionMatcher
    /// Surnames the text gives more than one person: alone, they name no registry person.
    private let sharedSurnames: Set<String>

    init(_ text: String, _ matcher: MentionMatcher, sharedSurnames: Set<String> = []) {
        self.text = text
        self.matcher = matcher
        self.sharedSurnames = sharedSurnames
        let tokens = Token.tokens(of: text)
        self.tokens = tokens
        mentions = matcher.mentions(in: text).filter {
            !Antecedents.isSurnameOfSomeoneElse($0, in: text, tokens) && !Antecedents.isSharedSurname($0, in: text, sharedSurnames)
                && !Self.isPersonsOwn($0, in: text)
        }
    }

    /// Another piece of the same text, read the same way.
    private func piece(_ text: String) -> Phrase {
        Phrase(text, matcher, sharedSurnames: sharedSurnames)
    }

    /// A registry person in the possessive before another word: `Bezos's spokesperson` speaks, not Bezos.
    private static func isPersonsOwn(_ mention: Mention, in text: String) -> Bool {
        mention.entity.isPerson && String(text[mention.range.upperBound...].prefix(4)).matches(possessive)
    }

    private static let possessive = regex(#"^['’]s?\s+\p{L}"#)

    /// The registry person whose own document the phrase names: `Markey’s press release`, `Greer’s
    /// latest letter`; not `Markey’s bill` (a law's text is no one's speech) nor `Markey’s critics`.
    var documentOwner: EntityRef? {
        matcher.mentions(in: text).first { mention in
            mention.entity.isPerson && String(text[mention.range.upperBound...].prefix(40)).matches(Self.ownDocument)
                && !Antecedents.isSurnameOfSomeoneElse(mention, in: text, tokens)
                && !Antecedents.isSharedSurname(mention, in: text, sharedSurnames)
        }?.entity
    }

    private static let ownDocument = regex(
        #"^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:letter|letters|statement|release|post|blog|tweet|tweets|email|emails|memo|message|report|testimony|website|newsletter|op-ed|editorial)\b"#)

    /// Words outside the registry names.
    var plainTokens: [Token] {
        let names = Spans(mentions.map(\.range))
        return tokens.filter { !names.overlaps($0.range) }
    }

    /// Whether a word outside its names is one of `words`.
    func names(_ words: Set<String>) -> Bool {
        plainTokens.contains { words.contains($0.key) }
    }

    /// Without the words of `words` at its end: `the ACLU has also` → `the ACLU`.
    func droppingTrailing(_ words: Set<String>) -> Phrase {
        var end = text.endIndex
        for token in plainTokens.reversed() where words.contains(token.key) {
            guard text[token.range.upperBound..<end].allSatisfy(\.isWhitespace) else { break }
            end = token.range.lowerBound
        }
        return end == text.endIndex ? self : piece(String(text[..<end]))
    }

    /// Without the words of `words` at its start: `But Andy Jassy` → `Andy Jassy`.
    func droppingLeading(_ words: Set<String>) -> Phrase {
        var start = text.startIndex
        for token in plainTokens where words.contains(token.key) {
            guard text[start..<token.range.lowerBound].allSatisfy(\.isWhitespace) else { break }
            start = token.range.upperBound
        }
        return start == text.startIndex ? self : piece(String(text[start...]))
    }

    /// What follows the last of `words`: `days after Fight for the Future` → `Fight for the Future`.
    func after(_ words: Set<String>) -> Phrase {
        guard let last = plainTokens.last(where: { words.contains($0.key) }) else { return self }
        return piece(String(text[last.range.upperBound...]))
    }

    /// What precedes the first of `words`: `Evan Greer in a statement` → `Evan Greer`.
    func upTo(_ words: Set<String>) -> Phrase {
        guard let first = plainTokens.first(where: { words.contains($0.key) }) else { return self }
        return piece(String(text[..<first.range.lowerBound]))
    }

    /// A registry person that opens the phrase (after titles and conjunctions) or ends it.
    var edgePerson: EntityRef? {
        let people = mentions.filter(\.entity.isPerson)
        if let first = people.first {
            let leading = tokens.prefix { $0.range.upperBound <= first.range.lowerBound }
            let skippable = AttributionVocabulary.titles.union(AttributionVocabulary.leadingConjunctions)
            if leading.allSatisfy({ skippable.contains($0.key) }) { return first.entity }
        }
        if let last = people.last, text[last.range.upperBound...].allSatisfy({ !$0.isLetterOrDigit }) { return last.entity }
        return nil
    }

    /// Two to four capitalized words that are no registry name, after any titles: `Danny Cendejas`,
    /// `Maine Rep. Grayson Lookner`.
    var isUnregisteredName: Bool {
        let name = tokens.filter { !AttributionVocabulary.titles.contains($0.key) }
        return mentions.isEmpty && tokens.count <= 5 && (2...4).contains(name.count)
            && tokens.allSatisfy(\.isCapitalized) && !name.contains { Ingester.notNames.contains($0.key) }
    }

    /// Ends with a capitalized word: a name (`… was Malkia Cyril`).
    var endsWithName: Bool {
        guard let last = tokens.last, last.isCapitalized, !Ingester.notNames.contains(last.key) else { return false }
        return text[last.range.upperBound...].allSatisfy { !$0.isLetterOrDigit }
    }

    /// The organization the phrase is nothing but the name of (`the ACLU`, `ProtestAmazon.org`).
    var onlyOrganization: EntityRef? {
        guard mentions.count == 1, let mention = mentions.first, !mention.entity.isPerson,
              plainTokens.allSatisfy({ $0.key == "the" }) else { return nil }
        return mention.entity
    }

    /// The organization a role speaks for: `a lawyer for Clearview`, `field organizer at MediaJustice`;
    /// not `a critic of Amazon`.
    var organizationSpokenFor: EntityRef? {
        guard let organization = mentions.first(where: { !$0.entity.isPerson }), !names(AttributionVocabulary.outsiders) else { return nil }
        return organization.entity
    }
}
