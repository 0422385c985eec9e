import Foundation

/// Plural subjects that stand for a legislature the text has named by its members: after `Eight
/// members of Congress wrote…`, `the lawmakers wrote that …`, `the politicians say` and `they wrote`
/// are Congress speaking. Only a registry government body counts (members of a coalition are not
/// the coalition), and only the one the text names so within a pronoun's reach; `they` only when
/// the plural people it last named are legislators (not `employees`, `police` or `critics`).
struct Legislators {
    private struct Occurrence {
        var position: TextPosition
        var body: EntityRef?
    }

    /// Where the text names a body by its members (`members of Congress`, `Congress members`), in order.
    private var memberships: [Occurrence] = []
    /// Where it names plural people outside quotations, in order; a legislator noun carries no body.
    private var plurals: [(position: TextPosition, isLegislator: Bool)] = []

    init(paragraphs: [String], marks: [QuoteMarks], matcher: MentionMatcher, governments: Set<String>) {
        for (number, paragraph) in paragraphs.enumerated() {
            let quoted = Spans(marks[number].spans.map(\.range))
            if !governments.isEmpty {
                for mention in matcher.mentions(in: paragraph) where governments.contains(mention.entity.id) && !mention.entity.isPerson {
                    guard !quoted.overlaps(mention.range) else { continue }
                    let before = String(paragraph[..<mention.range.lowerBound].suffix(16))
                    let after = String(paragraph[mention.range.upperBound...].prefix(16))
                    guard before.matches(Self.membersOf) || after.matches(Self.bodyMembers) else { continue }
                    memberships.append(Occurrence(position: TextPosition(paragraph: number, index: mention.range.lowerBound),
                                                  body: mention.entity))
                }
            }
            for token in matcher.tokens(of: paragraph) where Self.pluralPeople.contains(token.key) && !quoted.overlaps(token.range) {
                plurals.append((TextPosition(paragraph: number, index: token.range.lowerBound), Self.legislatorNouns.contains(token.key)))
            }
        }
    }

    /// The body `the lawmakers` at `position` are members of: the one the text named by its members
    /// in the paragraphs a pronoun reaches back over.
    func body(before position: TextPosition) -> EntityRef? {
        let near = memberships.filter { $0.position < position && position.paragraph - $0.position.paragraph <= Antecedents.pronounReach }
        let bodies = Set(near.compactMap(\.body))
        return bodies.count == 1 ? bodies.first : nil
    }

    /// Whom `they` at `position` stands for: the body of the legislators the text last named, when
    /// the plural people it named last are legislators.
    func referent(before position: TextPosition) -> EntityRef? {
        guard let last = plurals.last(where: { $0.position < position }), last.isLegislator,
              position.paragraph - last.position.paragraph <= Antecedents.pronounReach else { return nil }
        return body(before: position)
    }

    /// Whether `the lawmakers` (or `the eight lawmakers`) is all a subject says.
    static func isLegislatorReference(_ words: [String]) -> Bool {
        (2...3).contains(words.count) && words[0] == "the" && legislatorNouns.contains(words[words.count - 1])
    }

    /// `members of Congress`, `members of the Senate`.
    private static let membersOf = regex(#"\bmembers\s+of\s+(?:the\s+)?$"#)
    /// `Congress members`, `Congress lawmakers`.
    private static let bodyMembers = regex(#"^\s+(?:members|lawmakers|legislators)\b"#)

    /// People who sit in a legislature, in the plural.
    static let legislatorNouns: Set<String> = [
        "lawmakers", "legislators", "politicians", "senators", "representatives", "members", "congressmen",
        "congresswomen", "congressmembers", "congresspeople",
    ]
    /// Plural nouns for people, a `they` may stand for.
    private static let pluralPeople: Set<String> = legislatorNouns.union([
        "officials", "employees", "workers", "activists", "advocates", "groups", "organizations", "companies", "critics",
        "residents", "shareholders", "investors", "researchers", "experts", "protesters", "supporters", "opponents",
        "students", "users", "customers", "police", "officers", "agencies", "departments", "cities", "leaders",
        "executives", "lawyers", "attorneys", "plaintiffs", "authors", "signatories", "signers", "people", "coalitions",
        "partners", "regulators", "judges", "commissioners", "supervisors", "councilors", "councilmembers", "owners",
        "neighbors", "homeowners", "parents", "citizens", "voters", "americans", "scientists", "engineers", "staff",
    ])
}
