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
    /// The sentence's words before the quotation, where a pronoun may follow its person
    /// (`a blog post by Brad Smith in which he wrote that “…”`).
    var sentenceText = ""

    init(sentence: TextPosition, quotation: TextPosition, sentenceText: String = "") {
        self.sentence = sentence
        self.quotation = quotation
        self.sentenceText = sentenceText
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
    /// Surnames of registry people that the text also gives someone else (`Matt Cagle` and `John
    /// Cagle`): alone (`Cagle said`), they name neither.
    private(set) var sharedSurnames: Set<String> = []
    /// For each paragraph, the companies it names outside quotations, where.
    private var companies: [[(range: Range<String.Index>, company: EntityRef)]] = []
    /// For each paragraph, the advocacy groups it names outside quotations, where.
    private var groups: [[(range: Range<String.Index>, company: EntityRef)]] = []
    private let paragraphs: [String]

    init(paragraphs: [String], marks: [QuoteMarks], matcher: MentionMatcher, companies companyIDs: Set<String>,
         groups groupIDs: Set<String> = []) {
        self.paragraphs = paragraphs
        let allMentions = paragraphs.map(matcher.mentions(in:))
        sharedSurnames = Self.sharedSurnames(paragraphs, allMentions, matcher)
        for (number, paragraph) in paragraphs.enumerated() {
            let quoted = marks[number].spans.map(\.range)
            let mentions = allMentions[number]
            let outside = Spans(quoted)
            let organizations = { (kind: Set<String>) in
                mentions.compactMap { mention -> (range: Range<String.Index>, company: EntityRef)? in
                    guard case .organization(let id) = mention.entity, kind.contains(id), !outside.overlaps(mention.range) else { return nil }
                    return (mention.range, mention.entity)
                }
            }
            companies.append(organizations(companyIDs))
            groups.append(organizations(groupIDs))
            named += Self.people(in: paragraph, matcher.tokens(of: paragraph), mentions: mentions, quoted: quoted, shared: sharedSurnames).map {
                Named(position: TextPosition(paragraph: number, index: $0.index), person: $0.person)
            }
        }
    }

    /// Whom a pronoun at `position` stands for: the person named last before it, when the registry
    /// knows them and no one else is named from the start of that person's paragraph to the pronoun
    /// (`Greer spoke. Jeff Bezos did not. “…,” she said.`: without genders, either could be meant).
    func referent(before position: TextPosition) -> EntityRef? {
        var low = 0, high = named.count
        while low < high {
            let middle = (low + high) / 2
            if named[middle].position < position { low = middle + 1 } else { high = middle }
        }
        guard low > 0, position.paragraph - named[low - 1].position.paragraph <= Self.pronounReach,
              let person = named[low - 1].person else { return nil }
        let since = named[..<low].reversed().prefix { $0.position.paragraph >= named[low - 1].position.paragraph }
        return since.allSatisfy { $0.person == person } ? person : nil
    }

    /// How many paragraphs back a pronoun's person may have been named: further back, the text has
    /// moved on to others it may not name.
    static let pronounReach = 2

    /// The person `text` names last, if it names one: `.some(nil)` for someone the registry lacks.
    func lastPerson(in text: String, matcher: MentionMatcher) -> EntityRef?? {
        Self.people(in: text, matcher.tokens(of: text), mentions: matcher.mentions(in: text), quoted: [], shared: sharedSurnames)
            .last.map(\.person)
    }

    /// The people a text names outside its quotations, in order: registry people, and nil where it
    /// names someone the registry lacks or by a surname someone else shares.
    private static func people(in text: String, _ tokens: [Token], mentions: [Mention], quoted: [Range<String.Index>],
                               shared: Set<String>) -> [(index: String.Index, person: EntityRef?)] {
        let outside = Spans(quoted)
        var found = mentions.compactMap { mention -> (index: String.Index, person: EntityRef?)? in
            guard mention.entity.isPerson, !outside.overlaps(mention.range) else { return nil }
            let someoneElse = isSurnameOfSomeoneElse(mention, in: text, tokens) || isSharedSurname(mention, in: text, shared)
            return (mention.range.lowerBound, someoneElse ? nil : mention.entity)
        }
        found += UnregisteredPeople.named(in: text, tokens, known: Spans(mentions.map(\.range) + quoted)).map { ($0, nil) }
        return found.sorted { $0.index < $1.index }
    }

    /// A registry person named by a surname alone that the text gives someone else too.
    static func isSharedSurname(_ mention: Mention, in text: String, _ shared: Set<String>) -> Bool {
        guard mention.entity.isPerson, !shared.isEmpty else { return false }
        let words = Token.tokens(of: String(text[mention.range]))
        return words.count == 1 && shared.contains(words[0].key)
    }

    /// The surnames that name a registry person and, after another first name, someone else.
    private static func sharedSurnames(_ paragraphs: [String], _ mentions: [[Mention]], _ matcher: MentionMatcher) -> Set<String> {
        var shared: Set<String> = []
        for (paragraph, found) in zip(paragraphs, mentions) where found.contains(where: \.entity.isPerson) {
            let tokens = matcher.tokens(of: paragraph)
            for mention in found where isSurnameOfSomeoneElse(mention, in: paragraph, tokens) {
                shared.insert(String(paragraph[mention.range]).lowercased())
            }
        }
        return shared
    }

    /// A registry person's surname after another first name (`Sheriff John Smith` is not Brad Smith).
    static func isSurnameOfSomeoneElse(_ mention: Mention, in text: String, _ tokens: [Token]) -> Bool {
        guard mention.entity.isPerson, let position = tokenIndex(startingAt: mention.range.lowerBound, tokens),
              position > 0, tokens[position].range.upperBound == mention.range.upperBound else { return false }
        let previous = tokens[position - 1]
        let notFirstNames = AttributionVocabulary.titles.union(AttributionVocabulary.leadingConjunctions)
        return previous.isCapitalized && !notFirstNames.contains(previous.key) && !Ingester.notNames.contains(previous.key)
            && text[previous.range.upperBound..<mention.range.lowerBound] == " "
    }

    /// Which company `the company` at `position` is: the only one its paragraph named before it.
    /// Not after another company the text does not name (`Amazon bought the startup. The company said`).
    /// A paragraph that names none (`The company said …` after a paragraph about Amazon) looks back
    /// as a pronoun does, to the one company the paragraphs before it name.
    func company(before position: TextPosition) -> EntityRef? {
        guard companies.indices.contains(position.paragraph) else { return nil }
        let before = companies[position.paragraph].prefix { $0.range.upperBound <= position.index }
        guard let last = before.last else { return Self.onlyOne(in: companies, before: position.paragraph) }
        guard Set(before.map(\.company)).count == 1 else { return nil }
        let since = paragraphs[position.paragraph][last.range.upperBound..<position.index]
        let others = Token.tokens(of: String(since)).filter { Self.companyWords.contains($0.key) }
        return others.count <= 1 ? last.company : nil
    }

    /// Which group `the group` or `the organization` at `position` is: the one advocacy group named
    /// before it in its paragraph, else in the paragraphs a pronoun reaches back over.
    func group(before position: TextPosition) -> EntityRef? {
        guard groups.indices.contains(position.paragraph) else { return nil }
        let before = Set(groups[position.paragraph].prefix { $0.range.upperBound <= position.index }.map(\.company))
        return before.isEmpty ? Self.onlyOne(in: groups, before: position.paragraph) : before.count == 1 ? before.first : nil
    }

    /// The one organization that the paragraphs just before `paragraph` name, if they name only one.
    private static func onlyOne(in table: [[(range: Range<String.Index>, company: EntityRef)]], before paragraph: Int) -> EntityRef? {
        let named = Set(table[max(0, paragraph - pronounReach)..<paragraph].flatMap { $0.map(\.company) })
        return named.count == 1 ? named.first : nil
    }

    /// Nouns that may stand for a company: more than the one that says `the company` is another.
    private static let companyWords: Set<String> = ["company", "firm", "startup", "retailer", "maker", "vendor", "subsidiary",
                                                    "corporation", "giant", "business", "manufacturer", "contractor"]

    /// The token that starts at `index`, found by binary search: a long paragraph has thousands.
    private static func tokenIndex(startingAt index: String.Index, _ tokens: [Token]) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.lowerBound < index { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].range.lowerBound == index ? low : nil
    }
}
