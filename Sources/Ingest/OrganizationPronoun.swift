import Foundation

/// `it` as a speaker: the organization its sentence opens with (`Clearview AI sells access to what
/// it claims is “…”`, `The US-based firm sells what it calls “…”`), when nothing named and no
/// document stands between them; else no one (`The bill would ban what it calls “…”`).
extension SpeakerReader {
    func organizationOpening(_ place: QuotePlace) -> EntityRef? {
        let sentence = place.sentenceText
        guard let pronoun = Self.itPronoun.matches(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)).last,
              let range = Range(pronoun.range, in: sentence) else { return nil }
        let head = phrase(String(sentence[..<range.lowerBound])).droppingLeading(Words.leadingConjunctions)
        guard !head.names(Words.documents) else { return nil }
        if let mention = head.mentions.first {
            // The sentence's subject is the name, and the only one: `Clearview AI sells`, not `Clearview's founder`.
            guard head.mentions.count == 1, !mention.entity.isPerson,
                  head.tokens.prefix(while: { $0.range.upperBound <= mention.range.lowerBound }).allSatisfy({ $0.key == "the" }),
                  String(head.text[mention.range.upperBound...]).matches(Self.verbFollows) else { return nil }
            return mention.entity
        }
        guard let noun = QuoteExtractor.capture(Self.nounOpening, in: head.text)?.lowercased() else { return nil }
        return Words.companyNouns.contains(noun) ? antecedents.company(before: place.sentence) : antecedents.group(before: place.sentence)
    }

    private static let itPronoun = regex(#"\bit\b"#)
    /// A lowercase word, the verb, right after the subject.
    private static let verbFollows = regex(#"^\s+\p{Ll}"#)
    /// `The US-based firm sells`, `The group says`: a company or group noun with a few words before it.
    private static let nounOpening = regex(#"^\s*[Tt]he\s+(?:[\p{L}-]+\s+){0,3}?(company|firm|group|organization|organisation|nonprofit)\s+\p{Ll}"#)
}
