import Foundation

/// Where a text names people the registry lacks, for what a pronoun may stand for: by name
/// (`City Councilor Kenzie Bok,`, `Palmer said`) or by role (`a spokeswoman for the city`).
enum UnregisteredPeople {
    /// Where the text names someone the registry lacks, in order.
    static func named(in text: String, _ tokens: [Token], known: Spans) -> [String.Index] {
        (names(in: text, tokens, known: known) + roles(in: text, tokens)).sorted()
    }

    /// People named by their role after a determiner (`a spokeswoman`, `the city's lawyer`, `an Amazon
    /// official`), unless the role is the appositive of a name before it (`Evan Greer, the deputy director`)
    /// or the listener of a speech verb (`told a reporter`).
    private static func roles(in text: String, _ tokens: [Token]) -> [String.Index] {
        var starts: [String.Index] = []
        for (index, token) in tokens.enumerated() where roleNouns.contains(token.key) && !token.isCapitalized {
            guard let determiner = (max(0, index - 3)..<index).last(where: { AttributionVocabulary.determiners.contains(tokens[$0].key) }),
                  tokens[(determiner + 1)..<index].allSatisfy({ !AttributionVocabulary.determiners.contains($0.key) }) else { continue }
            let before = text[..<tokens[determiner].range.lowerBound]
            let isAppositive = before.hasSuffix(", ") && determiner > 0 && tokens[determiner - 1].isCapitalized
            // `told a reporter`: whom the words were said to.
            let isListener = determiner > 0 && AttributionVocabulary.speechVerbSet.contains(tokens[determiner - 1].key)
            if !isAppositive && !isListener { starts.append(tokens[determiner].range.lowerBound) }
        }
        return starts
    }

    /// Nouns that refer to one person.
    private static let roleNouns: Set<String> = [
        "spokesperson", "spokesman", "spokeswoman", "lawyer", "attorney", "official", "officer", "chief", "mayor",
        "governor", "senator", "representative", "congressman", "congresswoman", "councilor", "councilmember",
        "commissioner", "director", "president", "ceo", "executive", "founder", "organizer", "manager", "employee",
        "worker", "resident", "woman", "man", "mother", "father", "activist", "researcher", "professor", "student",
        "user", "customer", "sheriff", "detective", "judge", "author", "writer", "reporter", "analyst", "expert", "critic",
        "advocate", "leader", "chair", "chairman", "chairwoman", "secretary", "staffer", "neighbor", "owner",
        "homeowner", "victim", "protester", "witness", "engineer", "scientist", "teacher", "parent",
    ]

    /// What follows a person's name: `Jane Doe, 34,`, `Jane Doe (she/her)`, `Jane Doe said`, `Jane Doe of Boston`,
    /// `Jane Doe's`, `Jane Doe, who`.
    private static let personContext = regex(#"^\s*(,|\(|—|–|['’]s\b|(?:\#(AttributionVocabulary.speechVerbs)|of|who|is|was|has|had|told)\b)"#)
    /// What precedes one: `said Jane Doe`, `a post by Jane Doe`, `according to Jane Doe`.
    private static let personLeadIn = regex(#"\b(?:\#(AttributionVocabulary.speechVerbs)|by|to|with)\s*$"#)

    /// Where capitalized names of people the registry lacks start: two to four capitalized words
    /// in a person's context (before a comma, a parenthesis or a speech verb, after one or after
    /// `by`), or after a title (`Councilor Liz Breadon`); or one (a surname) right before or after a
    /// speech verb (`Palmer said`, `said Palmer`).
    private static func names(in paragraph: String, _ tokens: [Token], known: Spans) -> [String.Index] {
        var starts: [String.Index] = []
        var index = 0
        while index < tokens.count {
            guard isNameWord(tokens[index], known) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < tokens.count, end - index < 4, isNameWord(tokens[end + 1], known),
                  joinsName(paragraph[tokens[end].range.upperBound..<tokens[end + 1].range.lowerBound], tokens[end]) {
                end += 1
            }
            defer { index = end + 1 }
            let words = tokens[index...end].filter { !AttributionVocabulary.titles.contains($0.key) }
            guard !words.isEmpty, !words.contains(where: { Ingester.organizationWords.contains($0.key) }) else { continue }
            let after = String(paragraph[tokens[end].range.upperBound...].prefix(24))
            let before = String(paragraph[..<tokens[index].range.lowerBound].suffix(12))
            let titled = words.count < end - index + 1
            let inContext = after.matches(personContext) || before.matches(personLeadIn)
            if titled || (inContext && (words.count >= 2 || after.matches(speechVerbAfter) || before.matches(speechVerbBefore))) {
                starts.append(tokens[index].range.lowerBound)
            }
        }
        return starts
    }

    private static let speechVerbAfter = regex(#"^\s*(?:\#(AttributionVocabulary.speechVerbs))\b"#)
    private static let speechVerbBefore = regex(#"\b(?:\#(AttributionVocabulary.speechVerbs))\s*$"#)

    private static func isNameWord(_ token: Token, _ known: Spans) -> Bool {
        guard token.isCapitalized, !known.overlaps(token.range) else { return false }
        return AttributionVocabulary.titles.contains(token.key)
            || (!(token.isAllCaps && token.text.count > 1) && !Ingester.notNames.contains(token.key))
    }

    /// A space, or an initial's or title's full stop and a space (`Martin J. Walsh`, `Sen. Markey`).
    private static func joinsName(_ between: Substring, _ previous: Token) -> Bool {
        between == " " || (between == ". " && (previous.text.count == 1 || AttributionVocabulary.titles.contains(previous.key)))
    }
}
