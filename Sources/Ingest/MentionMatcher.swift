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
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isLetter || text[index].isNumber else {
                index = text.index(after: index)
                continue
            }
            let start = index
            while index < text.endIndex, text[index].isLetter || text[index].isNumber { index = text.index(after: index) }
            let word = text[start..<index]
            tokens.append(Token(text: word, key: word.lowercased(), range: start..<index))
        }
        return tokens
    }
}

/// Finds the registry's names in texts: whole words, ignoring case, punctuation and spacing
/// ("Mpower Change" = "MPowerChange"), longest name first, possessives included.
struct MentionMatcher {
    private struct Name {
        var entity: EntityRef
        var tokenCount: Int
        /// One-word names must be written capitalized (and acronyms in capitals): "Ring" is not "ring".
        var singleWordCase: SingleWordCase?
    }

    enum SingleWordCase { case capitalized, allCaps }

    /// Organizations and people; events apart, so that "the killing of George Floyd" names both
    /// the event and the person.
    private var names: [String: [Name]] = [:]
    private var eventNames: [String: [Name]] = [:]
    private var longest = 1

    init() {}

    init(organizations: [Organization], people: [Person], events: [Event]) {
        for organization in organizations {
            for name in [organization.name] + organization.aliases { add(name, .organization(organization.id)) }
        }
        for person in people {
            for name in [person.name] + person.aliases { add(name, .person(person.id)) }
        }
        for event in events {
            for name in event.aliases { add(name, .event(event.id)) }
        }
    }

    mutating func add(_ name: String, _ entity: EntityRef) {
        let tokens = Token.tokens(of: name)
        guard !tokens.isEmpty else { return }
        let key = tokens.map(\.key).joined()
        var rule: SingleWordCase?
        if tokens.count == 1 {
            rule = name.count <= 6 && tokens[0].isAllCaps && name.count >= 2 ? .allCaps : .capitalized
        }
        let entry = Name(entity: entity, tokenCount: tokens.count, singleWordCase: rule)
        if case .event = entity {
            if !(eventNames[key]?.contains { $0.entity == entity } ?? false) { eventNames[key, default: []].append(entry) }
        } else if !(names[key]?.contains { $0.entity == entity } ?? false) {
            names[key, default: []].append(entry)
        }
        longest = max(longest, tokens.count + 2)
    }

    /// Mentions in `text`, in order: organizations and people never overlap each other, nor events
    /// each other, but an event's name may hold an organization's or a person's.
    func mentions(in text: String) -> [Mention] {
        let tokens = Token.tokens(of: text)
        return (mentions(of: names, in: tokens) + mentions(of: eventNames, in: tokens)).sorted {
            ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound)
        }
    }

    private func mentions(of names: [String: [Name]], in tokens: [Token]) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index < tokens.count {
            var best: (end: Int, entity: EntityRef)?
            var key = ""
            for end in index..<min(tokens.count, index + longest) {
                key += tokens[end].key
                guard let candidates = names[key] else { continue }
                let span = tokens[index...end]
                if let match = candidates.first(where: { accepts($0, span: span) }) {
                    best = (end, match.entity)
                }
            }
            if let best {
                found.append(Mention(entity: best.entity, range: tokens[index].range.lowerBound..<tokens[best.end].range.upperBound))
                index = best.end + 1
            } else {
                index += 1
            }
        }
        return found
    }

    private func accepts(_ name: Name, span: ArraySlice<Token>) -> Bool {
        guard span.count == 1, let first = span.first else { return true }
        switch name.singleWordCase {
        case .allCaps?: return first.isAllCaps
        case .capitalized?: return first.isCapitalized
        case nil: return true
        }
    }

    /// Names a document defines for itself: acronyms in parentheses after a name
    /// ("Immigrations and Customs Enforcement (ICE)"), and a person's surname after their full name.
    mutating func learnDocumentNames(from texts: [String], people: [String: Person]) {
        let acronym = regex(#"^\s*\(\s*([\p{Lu}][\p{L}]{1,7})\s*\)"#)
        for text in texts {
            for mention in mentions(in: text) {
                let after = String(text[mention.range.upperBound...])
                if let match = acronym.firstMatch(in: after, range: NSRange(after.startIndex..., in: after)),
                   let range = Range(match.range(at: 1), in: after) {
                    add(String(after[range]), mention.entity)
                }
                if case .person(let id) = mention.entity, let person = people[id],
                   let surname = Token.tokens(of: person.name).last, surname.text.count >= 3,
                   Token.tokens(of: String(text[mention.range])).count > 1 {
                    add(String(surname.text), mention.entity)
                }
            }
        }
    }
}
