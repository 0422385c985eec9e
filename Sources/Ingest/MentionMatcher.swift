import Content
import Foundation

/// A registry entry a text can name.
public enum EntityRef: Sendable, Hashable {
    case organization(String)
    case person(String)
    case event(String)

    var id: String {
        switch self {
        case .organization(let id), .person(let id), .event(let id): id
        }
    }

    /// The site path of the entry's page, from the root (made relative when rendered).
    var sitePath: String {
        switch self {
        case .organization(let id): "/" + SitePaths.organization(id)
        case .person(let id): "/" + SitePaths.person(id)
        case .event(let id): "/" + SitePaths.event(id)
        }
    }
}

/// A name of an entry found in a text.
struct Mention: Hashable {
    var entity: EntityRef
    var range: Range<String.Index>
    /// Matched by a name with no capitalized word ("virtual protest"): a common phrase, weak evidence.
    var isGeneric = false
}

/// A word of a text with where it is.
struct Token {
    var text: Substring
    var key: String
    var range: Range<String.Index>

    var isCapitalized: Bool { text.first?.isUppercase == true }
    var isAllCaps: Bool { text.allSatisfy { !$0.isLetter || $0.isUppercase } }

    static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        let bytes = text.utf8
        var index = text.startIndex
        var start: String.Index?
        /// Whether the word being read so far is ASCII: its key is lowered byte by byte.
        var asciiWord = true
        func close(at end: String.Index) {
            guard let begin = start else { return }
            let word = text[begin..<end]
            let key = asciiWord ? String(decoding: word.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
                : word.lowercased()
            tokens.append(Token(text: word, key: key, range: begin..<end))
            start = nil
        }
        while index < text.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            let isWord: Bool
            let after: String.Index
            // An ASCII byte followed by another (or the end) is a whole Character; CR LF, the one
            // ASCII pair that is a single Character, holds no word character either way.
            if byte < 0x80, next == bytes.endIndex || bytes[next] < 0x80 {
                isWord = (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20)
                after = next
            } else {
                isWord = text[index].isLetterOrDigit
                after = text.index(after: index)
            }
            if isWord {
                let single = byte < 0x80 && after == next
                if start == nil {
                    start = index
                    asciiWord = single
                } else if !single {
                    asciiWord = false
                }
            } else {
                close(at: index)
            }
            index = after
        }
        close(at: text.endIndex)
        return tokens
    }
}

/// Finds the registry's names in texts: whole words, ignoring spacing and punctuation
/// ("Mpower Change" = "MPowerChange"), longest name first, possessives included. A name's capitals
/// count: each capitalized word of it must be capitalized in the text ("Demand Progress", never
/// "demand progress"; "Biden Administration" for "Biden administration" is fine), and a short
/// acronym must be in capitals ("ICE", not "ice").
struct MentionMatcher {
    private struct Name: Equatable {
        var entity: EntityRef
        /// Offsets, in the name's letters, of the capitals the text must have: where its capitalized words begin.
        var capitals: [Int]
        var isAcronym: Bool

        /// No capital to check: a common phrase ("virtual protest").
        var isGeneric: Bool { capitals.isEmpty && !isAcronym }
        /// Only the first letter is a capital ("Ring", "Biden administration"): at the start of a sentence the
        /// text's capital is no evidence ("Ring the bell").
        var isCapitalizedOnlyFirst: Bool { capitals == [0] && !isAcronym }
    }

    /// A match before the document's evidence is weighed.
    private struct Candidate {
        var mention: Mention
        /// A name capitalized only at its first letter, found at the start of a sentence and used as
        /// a verb would be.
        var isUncertain: Bool
    }

    /// Organizations and people; events apart, so that "the killing of George Floyd" names both
    /// the event and the person.
    private var names = NameTable<Name>()
    private var eventNames = NameTable<Name>()
    private var longest = 1
    /// Entries the document names somewhere other than at a sentence's start; nil outside a document,
    /// where every match counts.
    private var confirmed: Set<EntityRef>?
    /// Organizations the document names as part of an affiliate it does not register ("ACLU of
    /// Massachusetts"): its bare mentions of them are ambiguous.
    private var affiliated: Set<EntityRef> = []
    /// Scans of one document's texts; nil for the registry's matcher, shared by every document.
    private var memo: ScanMemo<Scan>?

    init(organizations: [Organization], people: [Person], events: [Event]) {
        let named = organizations.flatMap { organization in
            ([organization.name] + organization.aliases).flatMap { NameVariants.of($0, isPerson: false) }
                .compactMap { Self.parse($0, .organization(organization.id)) }
        } + people.flatMap { person in
            ([person.name] + person.aliases).flatMap { NameVariants.of($0, isPerson: true) }.compactMap { Self.parse($0, .person(person.id)) }
        }
        let eventNamed = events.flatMap { event in event.aliases.compactMap { Self.parse($0, .event(event.id)) } }
        names = NameTable(named.map { ($0.key, $0.name) })
        eventNames = NameTable(eventNamed.map { ($0.key, $0.name) })
        longest = (named + eventNamed).map { $0.words + 2 }.max() ?? 1
    }

    /// A name the document defines for itself.
    mutating func add(_ name: String, _ entity: EntityRef) {
        guard let (key, entry, words) = Self.parse(name, entity) else { return }
        let added: Bool
        if case .event = entity {
            added = eventNames.add(entry, key: key)
        } else {
            added = names.add(entry, key: key)
        }
        // The scans so far hold unless the names, or how many words a name may span, changed; and
        // then still for a text in which the new name's words do not follow each other.
        guard added || words + 2 > longest else { return }
        longest = max(longest, words + 2)
        memo = memo?.keeping { !$0.keys.contains(key) }
    }

    /// A copy for one document that scans each of its texts once (until it learns a name).
    func memoizing() -> MentionMatcher {
        var copy = self
        copy.memo = ScanMemo()
        return copy
    }

    private static func parse(_ name: String, _ entity: EntityRef) -> (key: String, name: Name, words: Int)? {
        let tokens = Token.tokens(of: name)
        guard !tokens.isEmpty else { return nil }
        var capitals: [Int] = []
        var offset = 0
        for token in tokens {
            if token.isCapitalized { capitals.append(offset) }
            offset += token.text.count
        }
        let isAcronym = tokens.count == 1 && tokens[0].isAllCaps && (2...6).contains(name.count)
        return (tokens.map(\.key).joined(), Name(entity: entity, capitals: capitals, isAcronym: isAcronym), tokens.count)
    }

    /// Mentions in `text`, in order: organizations and people never overlap each other, nor events
    /// each other, but an event's name may hold an organization's or a person's.
    func mentions(in text: String) -> [Mention] {
        scan(text).candidates.filter { candidate in
            let entity = candidate.mention.entity
            if candidate.isUncertain, let confirmed, !confirmed.contains(entity) { return false }
            return !affiliated.contains(entity)
        }.map(\.mention)
    }

    /// Unregistered affiliates of registry organizations that `text` names ("ACLU of Massachusetts").
    func affiliates(in text: String) -> [Affiliate] {
        scan(text).affiliates
    }

    /// A text's matches, its words, and their keys joined: a name the text may hold is a part of them.
    private typealias Scan = (candidates: [Candidate], affiliates: [Affiliate], tokens: [Token], keys: String)

    /// The words of `text`, as the document's scan of it read them when it has one.
    func tokens(of text: String) -> [Token] {
        memo?.known(for: text)?.tokens ?? Token.tokens(of: text)
    }

    private func scan(_ text: String) -> Scan {
        guard let memo else { return uncachedScan(text) }
        return memo.value(for: text) { uncachedScan(text) }
    }

    private func uncachedScan(_ text: String) -> Scan {
        let tokens = Token.tokens(of: text)
        let people = candidates(of: names, in: text, tokens)
        let events = candidates(of: eventNames, in: text, tokens)
        let sorted = (people.candidates + events.candidates).sorted {
            ($0.mention.range.lowerBound, $1.mention.range.upperBound) < ($1.mention.range.lowerBound, $0.mention.range.upperBound)
        }
        return (sorted, people.affiliates, tokens, tokens.map(\.key).joined())
    }

    private func candidates(of names: NameTable<Name>, in text: String, _ tokens: [Token])
        -> (candidates: [Candidate], affiliates: [Affiliate]) {
        var found: [Candidate] = []
        var affiliates: [Affiliate] = []
        var index = 0
        while index < tokens.count {
            var best: (end: Int, name: Name)?
            var key = ""
            for end in index..<min(tokens.count, index + longest) {
                key += tokens[end].key
                guard names.hasName(startingWith: key) else { break }
                let span = tokens[index...end]
                if let match = names[key].first(where: { accepts($0, span: span) }) {
                    best = (end, match)
                }
            }
            guard let best else {
                index += 1
                continue
            }
            let range = tokens[index].range.lowerBound..<tokens[best.end].range.upperBound
            if case .organization = best.name.entity,
               let affiliate = Affiliate.around(index...best.end, of: best.name.entity, in: text, tokens) {
                affiliates.append(affiliate)
                index = max(best.end, affiliate.lastToken) + 1
                continue
            }
            let uncertain = best.name.isCapitalizedOnlyFirst && text.isSentenceStart(at: range.lowerBound)
                && String(text[range.upperBound...].prefix(12)).matches(Self.objectOrParticle)
            found.append(Candidate(mention: Mention(entity: best.name.entity, range: range, isGeneric: best.name.isGeneric),
                                   isUncertain: uncertain))
            index = best.end + 1
        }
        return (found, affiliates)
    }

    /// What follows a verb that opens a sentence ("Ring the bell", "Zoom in"), where a name is
    /// followed by its verb ("Ring is", "Amazon knows"), a possessive or a comma.
    private static let objectOrParticle = regex(
        #"^ (the|a|an|this|that|these|those|your|my|our|their|his|her|its|it|them|him|me|us|you|some|every|each|in|out|up|down|off|back|away)\b"#)

    private func accepts(_ name: Name, span: ArraySlice<Token>) -> Bool {
        if name.isAcronym { return span.allSatisfy(\.isAllCaps) }
        let letters = Array(span.map(\.text).joined())
        return name.capitals.allSatisfy { $0 < letters.count && letters[$0].isUppercase }
    }

    /// Names a document defines for itself: acronyms in parentheses after a name
    /// ("Immigrations and Customs Enforcement (ICE)"), and a person's surname after their full name.
    /// Then what the whole document shows: which names it confirms beyond a sentence's first word, and
    /// which organizations it names as unregistered affiliates.
    mutating func learnDocumentNames(from texts: [String], people: [String: Person]) {
        for text in texts {
            let acronyms = Self.parenthesizedAcronyms(in: text)
            for mention in mentions(in: text) {
                if let acronym = acronyms[text.skippingRegexSpaces(from: mention.range.upperBound)] {
                    add(acronym, mention.entity)
                }
                if case .person(let id) = mention.entity, let person = people[id],
                   let surname = Token.tokens(of: person.name).last, surname.text.count >= 2, !Self.nameSuffixes.contains(surname.key),
                   Token.tokens(of: String(text[mention.range])).count > 1 {
                    add(String(surname.text), mention.entity)
                }
            }
        }
        let scans = texts.map(scan)
        let candidates = scans.flatMap(\.candidates)
        // Named elsewhere, or at the start of two sentences: a verb that happens to open a sentence
        // ("Ring the bell") rarely does so twice.
        let uncertain = Dictionary(grouping: candidates.filter(\.isUncertain), by: \.mention.entity)
        confirmed = Set(candidates.filter { !$0.isUncertain }.map(\.mention.entity))
            .union(uncertain.filter { $0.value.count >= 2 }.keys)
        affiliated = Set(scans.flatMap { $0.affiliates.map(\.parent) })
    }
}

extension MentionMatcher {
    /// Last words of a name that are not its surname ("Jr"): two-letter surnames ("Wu") are.
    private static let nameSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
    private static let parenthesizedAcronym = regex(#"\(\s*([\p{Lu}][\p{L}]{1,7})\s*\)"#)

    /// `(ICE)` in a text, by where its parenthesis opens: found in one pass over the text rather
    /// than by matching what follows each mention, which copies the rest of a long paragraph each time.
    static func parenthesizedAcronyms(in text: String) -> [String.Index: String] {
        var acronyms: [String.Index: String] = [:]
        for match in parenthesizedAcronym.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let whole = Range(match.range, in: text), let word = Range(match.range(at: 1), in: text) else { continue }
            acronyms[whole.lowerBound] = String(text[word])
        }
        return acronyms
    }
}

extension String {
    /// The first position from `index` that is not a space as a regular expression's `\s` means it.
    func skippingRegexSpaces(from index: Index) -> Index {
        let scalars = unicodeScalars
        var position = index
        while position < scalars.endIndex, scalars[position].isRegexSpace { position = scalars.index(after: position) }
        return position
    }

    /// Whether a word at `index` opens a sentence: nothing but quotes, brackets and dashes between
    /// it and the text's start or a full stop.
    func isSentenceStart(at index: Index) -> Bool {
        var position = index
        while position > startIndex {
            let previous = self[self.index(before: position)]
            if ".!?…".contains(previous) { return true }
            guard previous.isWhitespace || "\"'“”‘’([«»–—-".contains(previous) else { return false }
            position = self.index(before: position)
        }
        return true
    }
}

extension Unicode.Scalar {
    /// ICU's `\s`: tab, line feed, form feed, carriage return and the separators (`\p{Z}`).
    var isRegexSpace: Bool {
        switch properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: true
        default: ["\t", "\n", "\u{0C}", "\r"].contains(self)
        }
    }
}
