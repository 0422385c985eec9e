import Content
import Foundation

extension Ingester {
    static let organizationWords: Set<String> = [
        "policy", "union", "coalition", "project", "foundation", "institute", "council", "committee", "network",
        "alliance", "association", "center", "centre", "fund", "campaign", "party", "department", "agency",
        "administration", "caucus", "university", "college", "commission", "bureau", "group", "inc", "corp",
        "company", "league", "society", "federation", "services", "service", "news", "times", "post", "press",
    ]
    static let connectors: Set<String> = ["of", "for", "a", "the", "and", "on", "de", "against", "&"]
    /// Capitalized words that start sentences or name times, never names of their own.
    static let notNames: Set<String> = Vocabulary.stopwords.union([
        "in", "on", "at", "a", "an", "as", "by", "if", "it", "we", "he", "she", "our", "his", "her", "to", "of",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mr", "ms", "mrs", "dr", "president", "director", "deputy", "senator", "rep",
    ])

    /// Capitalized names the registries do not know: organizations by their vocabulary, people by
    /// the speech verbs around them. Reported with file and line, for an editor to register.
    func suggestions(_ lines: [SourceLine], matcher: MentionMatcher, file: String) -> [Diagnostic] {
        var seen = Set<String>()
        var notes: [Diagnostic] = []
        let personContext = regex(#"^\s*(,|said|says|told|added|\()"#)
        for line in lines {
            let affiliates = matcher.affiliates(in: line.text)
            var found = affiliateNotes(affiliates, line: line, seen: &seen)
            let known = Spans(matcher.mentions(in: line.text).map(\.range) + affiliates.map(\.range))
            let tokens = Token.tokens(of: line.text)
            var index = 0
            while index < tokens.count {
                guard tokens[index].isCapitalized, !Self.notNames.contains(tokens[index].key),
                      !known.overlaps(tokens[index].range) else {
                    index += 1
                    continue
                }
                var end = index
                func joined(_ a: Int, _ b: Int) -> Bool {
                    let between = line.text[tokens[a].range.upperBound..<tokens[b].range.lowerBound]
                    return between == " " || between == ", "
                }
                /// The next capitalized word, across up to two connectors ("Students for a Sensible").
                func nextNameWord(after position: Int) -> Int? {
                    var next = position + 1
                    while next < tokens.count, next - position <= 3, joined(next - 1, next),
                          !known.overlaps(tokens[next].range) {
                        if tokens[next].isCapitalized && !Self.notNames.contains(tokens[next].key) { return next }
                        guard Self.connectors.contains(tokens[next].key) else { return nil }
                        next += 1
                    }
                    return nil
                }
                while let next = nextNameWord(after: end) { end = next }
                let run = tokens[index...end]
                let name = String(line.text[run.first!.range.lowerBound..<run.last!.range.upperBound])
                let capitalized = run.filter(\.isCapitalized).count
                defer { index = end + 1 }
                guard capitalized >= 2, !seen.contains(name) else { continue }
                // What the context can match: the longest of its words, after the spaces.
                let after = String(line.text[line.text.skippingRegexSpaces(from: run.last!.range.upperBound)...].prefix(5))
                let kind: String
                if run.contains(where: { Self.organizationWords.contains($0.key) }) {
                    kind = "organization"
                } else if (2...3).contains(run.count), run.allSatisfy(\.isCapitalized), after.matches(personContext),
                          !run.contains(where: \.isAllCaps) {
                    kind = "person"
                } else {
                    continue
                }
                seen.insert(name)
                found.append((run.first!.range.lowerBound,
                               "'\(name)' looks like a\(kind == "organization" ? "n" : "") \(kind) that is not in \(kind == "person" ? "people" : "organizations").yaml"))
            }
            notes += Self.notes(found, line: line, file: file)
        }
        return notes.sorted { ($0.location.line ?? 0, $0.location.column ?? 0) < ($1.location.line ?? 0, $1.location.column ?? 0) }
    }

    /// Affiliates the registry lacks ("ACLU of Massachusetts"), whose parent is left unlinked.
    private func affiliateNotes(_ affiliates: [Affiliate], line: SourceLine, seen: inout Set<String>)
        -> [(at: String.Index, message: String)] {
        affiliates.compactMap { affiliate in
            let name = String(line.text[affiliate.range])
            guard let parent = organizations.first(where: { $0.id == affiliate.parent.id }),
                  seen.insert(name).inserted else { return nil }
            return (affiliate.range.lowerBound,
                    "'\(name)' looks like an affiliate of \(parent.name) that is not in organizations.yaml; its mentions of \(parent.name) are left unlinked")
        }
    }

    /// Notes at their columns, counted once along the line rather than from its start for each note.
    private static func notes(_ found: [(at: String.Index, message: String)], line: SourceLine, file: String) -> [Diagnostic] {
        var column = 1
        var position = line.text.startIndex
        return found.sorted { $0.at < $1.at }.map { note in
            column += line.text.distance(from: position, to: note.at)
            position = note.at
            return Diagnostic(.note, SourceLocation(file: file, line: line.number, column: column), note.message)
        }
    }
}
