import Content
import Foundation

/// Who an attribution names, and the rule that read it.
struct Attribution {
    var speaker: EntityRef?
    var shape: AttributionShape
    /// Whether it makes a short phrase a quotation: a speech verb does, `announced plans to …` does not.
    var attributesPhrase = true

    /// Attributes a quotation to someone, or says why no one: not a clause that names no subject.
    var attributes: Bool { shape != .unstated }
}

/// Reads who an attribution names: the subject of a speech verb (`the ACLU said`, `an Amazon
/// spokesperson told`), the noun phrase after one (`said Evan Greer, deputy director…`), the
/// organization an unregistered speaker speaks for (`Tor Ekeland, a lawyer for Clearview`), a
/// pronoun's person. A document (`the letter says`) or someone the registries lack is no speaker:
/// the subject of the verb speaks, not the organization named nearest to it.
struct SpeakerReader {
    typealias Words = AttributionVocabulary
    let matcher: MentionMatcher
    let antecedents: Antecedents
    /// The legislature `the lawmakers` and `they` may stand for.
    var legislators: Legislators?
    /// The spokespeople the text introduced, for `the spokeswoman said`.
    var pressOfficers: PressOfficers?

    /// The speaker of the sentence before a quotation (`X said: “…”`, `X wrote that Y had “…”`,
    /// `According to X, “…”`), or nil when no speech verb or colon attributes it.
    func beforeQuotation(_ context: String, at place: QuotePlace) -> Attribution? {
        guard let verb = Words.verbs(in: context).last else {
            guard context.trimmedOfSpaces.hasSuffix(":") else { return nil }
            return nounPhrase(context, at: place, shape: .speechVerbBefore)
        }
        let rest = String(context[verb.upperBound...])
        if context[verb].lowercased().matches(Words.sourceMarker) {
            return source(rest, marker: context[verb].lowercased(), at: place, shape: .speechVerbBefore)
        }
        let head = String(context[..<verb.lowerBound])
        if head.trimmedOfSpaces.isEmpty {
            return nounPhrase(rest, at: place, shape: .speechVerbBefore)
        }
        var found = subject(head, participle: context[verb].hasSuffix("ing"), at: place, shape: .speechVerbBefore)
        found.attributesPhrase = !Words.publishingVerbs.contains(context[verb].lowercased())
        return found
    }

    /// The speaker named right after a quotation: `,” said X, role.`, `,” according to X.` or `,” X said.`
    func afterQuotation(_ after: String, at place: QuotePlace) -> Attribution? {
        if let signature = QuoteExtractor.capture(Self.dashAfterQuotation, in: after) {
            let named = nounPhrase(signature, at: place, shape: .dashLine)
            return named.speaker == nil ? nil : named
        }
        if let match = QuoteExtractor.verbBeforeSpeaker.firstMatch(in: after, range: NSRange(after.startIndex..., in: after)),
           let verb = Range(match.range(at: 1), in: after), let phrase = Range(match.range(at: 2), in: after) {
            let marker = after[verb].lowercased()
            // `, warning that …` goes on with the sentence; it names no one.
            guard !marker.hasSuffix("ing") else { return nil }
            return marker.matches(Words.sourceMarker)
                ? source(String(after[phrase]), marker: marker, at: place, shape: .speechVerbAfter)
                : nounPhrase(String(after[phrase]), at: place, shape: .speechVerbAfter)
        }
        guard let phrase = QuoteExtractor.capture(QuoteExtractor.verbAfterSpeaker, in: after) else { return nil }
        return subject(phrase, at: place, shape: .speechVerbAfter)
    }

    /// A piece of attribution text with the registry names in it, as this article reads them.
    func phrase(_ text: String) -> Phrase {
        Phrase(text, matcher, sharedSurnames: antecedents.sharedSurnames)
    }

    /// Who a line or clause names first: `Evan Greer, deputy director of …`, `an Amazon spokesperson`,
    /// `Tor Ekeland, a lawyer for Clearview`, `the group, Fight for the Future`; not `the letter, signed by …`.
    func nounPhrase(_ text: String, at place: QuotePlace, shape: AttributionShape) -> Attribution {
        var segments = Self.segments(of: text).map(phrase)
        if !segments.isEmpty { segments[0] = segments[0].droppingLeading(Words.leadingConjunctions.union(["by"])) }
        // `attributed to Director, Evan Greer`: a title alone is not the phrase.
        while segments.count > 1, segments[0].tokens.allSatisfy({ Words.titles.contains($0.key) }) { segments.removeFirst() }
        guard let phrase = segments.first?.upTo(Words.phraseEnders) else { return Attribution(speaker: nil, shape: .unstated) }
        if let found = named(in: phrase, shape: shape) { return found }
        if let owner = phrase.documentOwner { return Attribution(speaker: owner, shape: .documentAuthor) }
        guard let first = phrase.tokens.first else { return Attribution(speaker: nil, shape: .unstated) }
        if let pronoun = pronoun(first, alone: phrase.tokens.count == 1, at: place) { return pronoun }
        let appositive = segments.dropFirst().first
        if Words.determiners.contains(first.key) {
            // `The protest site, ProtestAmazon.org, calls…`: an appositive that is only a name is the subject.
            if let appositive, let organization = appositive.onlyOrganization { return Attribution(speaker: organization, shape: shape) }
            return unnamed(phrase, at: place)
        }
        if first.isCapitalized, let appositive, let organization = appositive.upTo(Words.phraseEnders).organizationSpokenFor {
            return Attribution(speaker: organization, shape: .spokesperson)
        }
        // `Councilor Jane Roe`, `Palmer`: a name; `Read the full statement below`: none.
        let isName = phrase.isUnregisteredName || (first.isCapitalized && phrase.tokens.count <= 2)
        return Attribution(speaker: nil, shape: isName ? .unregisteredSpeaker : .unstated)
    }

    /// The subject of a verb, from the words before it: the clause's own subject (`…, the letter says`,
    /// `… after Fight for the Future said`), or the name an appositive or a relative pronoun follows
    /// (`Evan Greer, deputy director of Fight for the Future, said`), or for a participle the sentence's
    /// subject (`The ACLU sued Clearview, accusing…`).
    func subject(_ head: String, participle: Bool = false, at place: QuotePlace, shape: AttributionShape) -> Attribution {
        let whole = phrase(head).droppingTrailing(Words.auxiliaries)
        if let last = whole.plainTokens.last, last.range.upperBound == whole.tokens.last?.range.upperBound,
           Words.passiveMarkers.contains(last.key) {
            return Attribution(speaker: nil, shape: .unstated)
        }
        let segments = Self.segments(of: whole.text).map(phrase)
        let clause = (segments.last ?? whole).after(Words.clauseOpeners.union(Words.speechVerbSet))
        if let first = clause.tokens.first {
            if let pronoun = pronoun(first, alone: clause.tokens.count == 1, at: place) { return pronoun }
            let leadsWithName = clause.mentions.first?.range.lowerBound == first.range.lowerBound
            if leadsWithName || Words.determiners.contains(first.key) || first.isCapitalized {
                return nounSubject(clause, at: place, shape: shape)
            }
        }
        if let found = relativeAntecedent(segments, shape: shape) { return found }
        if participle {
            let opening = segments.first { segment in
                guard let first = segment.tokens.first else { return false }
                return !Words.leadingPrepositions.contains(first.key) && !first.key.hasSuffix("ing")
            }
            if let opening { return nounPhrase(opening.text, at: place, shape: shape) }
        } else if let found = antecedent(Array(segments.dropLast()), shape: shape) {
            return found
        }
        return clause.mentions.isEmpty ? Attribution(speaker: nil, shape: .unstated) : nounSubject(clause, at: place, shape: shape)
    }

    /// `…, including Mijente, which tweeted`: the relative pronoun stands for the name that ends the piece before it.
    private func relativeAntecedent(_ segments: [Phrase], shape: AttributionShape) -> Attribution? {
        guard segments.count >= 2, let relative = segments.last?.tokens, relative.count == 1,
              Words.relativePronouns.contains(relative[0].key) else { return nil }
        let before = segments[segments.count - 2]
        guard let mention = before.mentions.last, before.text[mention.range.upperBound...].allSatisfy({ !$0.isLetterOrDigit }),
              !before.names(Words.outsiders) else { return nil }
        // `Evan Greer, deputy director of Fight for the Future, who said`: `who` is a person, not the organization.
        if relative[0].key == "who", !mention.entity.isPerson { return nil }
        return Attribution(speaker: mention.entity, shape: shape)
    }

    /// The name that an appositive or a relative pronoun follows: a registry person at the edge of a
    /// piece (`Nathan Freed Wessler, senior staff attorney with …`), else the name the last capitalized
    /// piece ends with (`… was Malkia Cyril, executive director of …, who warned`).
    /// The appositives and relative clauses after the name are about it and do not speak: `Evan Greer,
    /// who has criticized Jeff Bezos, said` is Greer's.
    private func antecedent(_ segments: [Phrase], shape: AttributionShape) -> Attribution? {
        let heads = Array(segments.enumerated().filter { !Self.isAppositive($0.element) })
        if let person = heads.reversed().lazy.compactMap(\.element.edgePerson).first { return Attribution(speaker: person, shape: shape) }
        guard let index = heads.last(where: { $0.element.tokens.first?.isCapitalized == true })?.offset else { return nil }
        let segment = segments[index]
        if let mention = segment.mentions.last, segment.text[mention.range.upperBound...].allSatisfy({ !$0.isLetterOrDigit }) {
            return Attribution(speaker: mention.entity, shape: shape)
        }
        guard segment.endsWithName else { return nil }
        // Someone the registry lacks, whose appositive gives their organization: `Tor Ekeland, a lawyer for Clearview`.
        if index + 1 < segments.count, let organization = segments[index + 1].upTo(Words.phraseEnders).organizationSpokenFor {
            return Attribution(speaker: organization, shape: .spokesperson)
        }
        return Attribution(speaker: nil, shape: .unregisteredSpeaker)
    }

    /// A piece after a name that describes it: `who has criticized Jeff Bezos`, `responding to Jeff
    /// Bezos`, `a longtime critic of Amazon`; not `Deputy Director Evan Greer`, which may name it.
    private static func isAppositive(_ segment: Phrase) -> Bool {
        guard let first = segment.tokens.first else { return false }
        return first.text.first?.isLowercase == true && !Words.leadingConjunctions.contains(first.key)
    }

    /// The subject a clause names: its person nearest the verb, else its organization, unless the
    /// clause speaks of an outsider (`One Amazon employee`); a clause without a name names no speaker.
    private func nounSubject(_ clause: Phrase, at place: QuotePlace, shape: AttributionShape) -> Attribution {
        let people = clause.mentions.filter(\.entity.isPerson)
        if let person = people.last {
            // `Matt Cagle and Nicole Ozer wrote`: both wrote it; the first named stands for both, as in a byline.
            if people.count >= 2, let before = people.dropLast().last,
               clause.text[before.range.upperBound..<person.range.lowerBound].trimmedOfSpaces == "and" {
                return Attribution(speaker: before.entity, shape: .jointSpeakers)
            }
            return Attribution(speaker: person.entity, shape: shape)
        }
        if let organization = clause.mentions.last(where: { !$0.entity.isPerson }) {
            if clause.names(Words.outsiders) { return Attribution(speaker: nil, shape: .unregisteredSpeaker) }
            return Attribution(speaker: organization.entity, shape: clause.names(Words.spokespeople) ? .spokesperson : shape)
        }
        return unnamed(clause, at: place)
    }

    /// A subject without a registry name: `the company` its paragraph named, else a document
    /// (`the letter`) or someone the registries lack (`the lawmakers`, `Palmer`).
    private func unnamed(_ phrase: Phrase, at place: QuotePlace) -> Attribution {
        let words = phrase.tokens.map(\.key)
        if words.count == 2, Words.determiners.contains(words[0]), Words.companyNouns.contains(words[1]) {
            let company = antecedents.company(before: place.quotation)
            return Attribution(speaker: company, shape: company == nil ? .unregisteredSpeaker : .companyReference)
        }
        // `the spokeswoman said`: the company the text has just named speaks; `the group wrote`: the group.
        if words.count == 2, Words.definite.contains(words[0]), Words.pressOfficers.contains(words[1]) || Words.groupNouns.contains(words[1]) {
            var organization = Words.groupNouns.contains(words[1])
                ? antecedents.group(before: place.quotation) : antecedents.company(before: place.quotation)
            // The spokeswoman introduced last (`a spokeswoman for the city`) speaks for hers, or for no one.
            if Words.pressOfficers.contains(words[1]), let introduced = pressOfficers?.introduced(before: place.quotation),
               introduced != organization {
                organization = nil
            }
            return Attribution(speaker: organization, shape: organization == nil ? .unregisteredSpeaker : .roleReference)
        }
        // `the lawmakers wrote` after `members of Congress`: the legislature.
        if Legislators.isLegislatorReference(words) {
            let body = legislators?.body(before: place.quotation)
            return Attribution(speaker: body, shape: body == nil ? .unregisteredSpeaker : .legislators)
        }
        if let owner = phrase.documentOwner { return Attribution(speaker: owner, shape: .documentAuthor) }
        return Attribution(speaker: nil, shape: phrase.names(Words.documents) ? .document : .unregisteredSpeaker)
    }

    /// A registry person the phrase names, else an organization it speaks for.
    private func named(in phrase: Phrase, shape: AttributionShape) -> Attribution? {
        if let person = phrase.mentions.first(where: \.entity.isPerson) { return Attribution(speaker: person.entity, shape: shape) }
        guard let organization = phrase.mentions.first(where: { !$0.entity.isPerson }) else { return nil }
        if phrase.names(Words.outsiders) { return Attribution(speaker: nil, shape: .unregisteredSpeaker) }
        return Attribution(speaker: organization.entity, shape: phrase.names(Words.spokespeople) ? .spokesperson : shape)
    }

    /// `according to X`, `a statement from X`: the source follows; `attributed to` names a person if it can.
    private func source(_ rest: String, marker: String, at place: QuotePlace, shape: AttributionShape) -> Attribution {
        if marker == "attributed to", let person = phrase(rest).mentions.first(where: \.entity.isPerson) {
            return Attribution(speaker: person.entity, shape: shape)
        }
        return nounPhrase(rest, at: place, shape: shape)
    }

    /// `she`/`he`: the most recently named person, when the registry knows them; `they`, `it`: no one.
    private func pronoun(_ token: Token, alone: Bool, at place: QuotePlace) -> Attribution? {
        guard alone else { return nil }
        if Words.pronouns.contains(token.key) {
            let person = namedBefore(token.key, in: place.sentenceText) ?? antecedents.referent(before: place.sentence)
            return Attribution(speaker: person, shape: person == nil ? .unresolvedPronoun : .pronoun)
        }
        guard Words.groupPronouns.contains(token.key) else { return nil }
        if token.key == "they", let body = legislators?.referent(before: place.sentence) {
            return Attribution(speaker: body, shape: .legislators)
        }
        if token.key == "it", let organization = organizationOpening(place) {
            return Attribution(speaker: organization, shape: .organizationPronoun)
        }
        return Attribution(speaker: nil, shape: .unresolvedPronoun)
    }

    /// The person named in the sentence before its pronoun, if it names one (`.some(nil)`: someone the registry lacks).
    private func namedBefore(_ pronoun: String, in sentence: String) -> EntityRef?? {
        let pattern = regex(#"\b\#(pronoun)\b"#)
        guard let last = pattern.matches(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)).last,
              let range = Range(last.range, in: sentence) else { return nil }
        return antecedents.lastPerson(in: String(sentence[..<range.lowerBound]), matcher: matcher)
    }

    /// `“…” —Evan Greer, Fight for the Future` to the end of the paragraph.
    private static let dashAfterQuotation = regex(#"^\s*(?:—|–|--)\s*([^.!?“”"]{2,120})$"#)

    /// Pieces of an attribution between commas, brackets, dashes and colons.
    static func segments(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false) { ",;:()—–".contains($0) }.map(String.init)
    }
}

extension EntityRef {
    var isPerson: Bool { if case .person = self { true } else { false } }
}
