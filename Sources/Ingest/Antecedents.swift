import Foundation

/// A place in the article: a paragraph and a position in it.
struct TextPosition: Comparable {
    var paragraph: Int
    var index: String.Index

    static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.paragraph, lhs.index) < (rhs.paragraph, rhs.index)
    }
}

/// Where an attribution stands: the start of its sentence, where a pronoun looks back from, and
/// its quotation, where `the company` looks back from (its sentence may name the company first).
struct QuotePlace {
    var sentence: TextPosition
    var quotation: TextPosition

    init(sentence: TextPosition, quotation: TextPosition) {
        self.sentence = sentence
        self.quotation = quotation
    }

    init(_ position: TextPosition) {
        self.init(sentence: position, quotation: position)
    }
}

/// What an article names outside its quotations, in order, for what its attributions refer back to.
/// People: registry people and the names the registry lacks (`City Councilor Kenzie Bok,`, `Palmer
/// said`); a pronoun (`she said`) is the most recently named person's, and is attributed only when
/// that person is a registry person. Companies: `the company said` is the company its paragraph
/// named before, when it named only one.
struct Antecedents {
    private struct Named {
        var position: TextPosition
        /// Nil for someone the registry lacks.
        var person: EntityRef?
    }

    private var named: [Named] = []
    /// For each paragraph, the companies it names outside quotations, where.
    private var companies: [[(index: String.Index, company: EntityRef)]] = []

    init(paragraphs: [String], marks: [QuoteMarks], matcher: MentionMatcher, companies companyIDs: Set<String>) {
        for (number, paragraph) in paragraphs.enumerated() {
            let quoted = Spans(marks[number].spans.map(\.range))
            let mentions = matcher.mentions(in: paragraph)
            companies.append(mentions.compactMap { mention in
                guard case .organization(let id) = mention.entity, companyIDs.contains(id), !quoted.overlaps(mention.range) else { return nil }
                return (mention.range.lowerBound, mention.entity)
            })
            var found = mentions.compactMap { mention -> Named? in
                guard case .person = mention.entity, !quoted.overlaps(mention.range) else { return nil }
                return Named(position: TextPosition(paragraph: number, index: mention.range.lowerBound), person: mention.entity)
            }
            let known = Spans(mentions.map(\.range) + marks[number].spans.map(\.range))
            found += Self.unregisteredNames(in: paragraph, known: known).map {
                Named(position: TextPosition(paragraph: number, index: $0), person: nil)
            }
            named += found.sorted { $0.position < $1.position }
        }
    }

    /// Whom a pronoun at `position` stands for: the person named last before it, when the registry knows them.
    func referent(before position: TextPosition) -> EntityRef? {
        var low = 0, high = named.count
        while low < high {
            let middle = (low + high) / 2
            if named[middle].position < position { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? named[low - 1].person : nil
    }

    /// Which company `the company` at `position` is: the only one its paragraph named before it.
    func company(before position: TextPosition) -> EntityRef? {
        guard companies.indices.contains(position.paragraph) else { return nil }
        let named = Set(companies[position.paragraph].prefix { $0.index < position.index }.map(\.company))
        return named.count == 1 ? named.first : nil
    }

    private static let personContext = regex(#"^\s*(,|\(|(?:\#(AttributionVocabulary.speechVerbs))\b)"#)
    private static let saidBefore = regex(#"\b(?:said|says|added|asked|wrote|told)\s*$"#)

    /// Where capitalized names of people the registry lacks start: two to four capitalized words
    /// before a comma, a parenthesis or a speech verb, or after a title (`Councilor Liz Breadon`); or one
    /// (a surname) right before or after a speech verb (`Palmer said`, `said Palmer`).
    private static func unregisteredNames(in paragraph: String, known: Spans) -> [String.Index] {
        let tokens = Token.tokens(of: paragraph)
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
            let speaks = after.matches(personContext)
            if (words.count >= 2 && (speaks || titled)) || (words.count == 1 && (titled || speaks || before.matches(saidBefore))) {
                starts.append(tokens[index].range.lowerBound)
            }
        }
        return starts
    }

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
