/// An affiliate of a registry organization that the registry does not hold: "ACLU of Massachusetts",
/// "ACLU Massachusetts", "the Massachusetts chapter of the ACLU". It is not the organization, so its
/// name is not linked to the organization's page (a registered affiliate wins as the longer name).
struct Affiliate {
    var parent: EntityRef
    var range: Range<String.Index>
    /// The index of its last word in the text's tokens.
    var lastToken: Int

    /// The affiliate whose name holds the organization's name at `match`, if any.
    static func around(_ match: ClosedRange<Int>, of parent: EntityRef, in text: String, _ tokens: [Token]) -> Affiliate? {
        let shape = AffiliateShape(text: text, tokens: tokens)
        let start = shape.chapterStart(before: match.lowerBound) ?? match.lowerBound
        guard let last = shape.placeEnd(after: match) ?? (start < match.lowerBound ? match.upperBound : nil) else {
            return nil
        }
        return Affiliate(parent: parent, range: tokens[start].range.lowerBound..<tokens[last].range.upperBound, lastToken: last)
    }
}

/// The words around a name that make it an affiliate's.
private struct AffiliateShape {
    var text: String
    var tokens: [Token]

    /// US states, whose names after an acronym name its state affiliate ("ACLU Massachusetts").
    static let states: Set<String> = [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
        "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
        "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "dc",
    ]
    static let branchWords: Set<String> = ["chapter", "chapters", "affiliate", "affiliates", "branch", "branches"]

    /// Adjacent words, one space apart: one name.
    func joined(_ a: Int, _ b: Int) -> Bool {
        text[tokens[a].range.upperBound..<tokens[b].range.lowerBound] == " "
    }

    func isNameWord(_ index: Int) -> Bool {
        tokens[index].isCapitalized && !Ingester.notNames.contains(tokens[index].key)
    }

    /// The last word of "of Northern Virginia" after the name, or of a state after an acronym.
    func placeEnd(after match: ClosedRange<Int>) -> Int? {
        let next = match.upperBound + 1
        guard next < tokens.count, joined(match.upperBound, next) else { return nil }
        if tokens[next].key == "of", next + 1 < tokens.count, joined(next, next + 1), isNameWord(next + 1) {
            var last = next + 1
            while last + 1 < tokens.count, joined(last, last + 1), isNameWord(last + 1) { last += 1 }
            return last
        }
        guard match.count == 1, tokens[match.lowerBound].isAllCaps else { return nil }
        return (next..<min(tokens.count, next + 2)).reversed().first { end in
            (next...end).allSatisfy(isNameWord) && (next..<end).allSatisfy { joined($0, $0 + 1) }
                && Self.states.contains(tokens[next...end].map(\.key).joined(separator: " "))
        }
    }

    /// The first word of "Massachusetts chapter of (the)" before the name.
    func chapterStart(before first: Int) -> Int? {
        var index = first - 1
        if index >= 0, tokens[index].key == "the" { index -= 1 }
        guard index >= 1, tokens[index].key == "of", Self.branchWords.contains(tokens[index - 1].key) else { return nil }
        var start = index - 1
        while start > 0, joined(start - 1, start), isNameWord(start - 1) { start -= 1 }
        return start < index - 1 ? start : nil
    }
}
