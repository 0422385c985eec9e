@testable import Content
import Testing
@testable import Ingest

/// The general causes of a wrong or missing speaker, each with what its rule must read and the
/// look-alike it must leave alone; where the text is ambiguous the quotation keeps no speaker.
@Suite struct AttributionCauseTests {
    func quotes(_ paragraphs: String) -> [Quote] {
        convert("Title\n\(lede)\n\(paragraphs)\n").article?.quotes ?? []
    }

    func rules(_ paragraphs: String) -> [String] {
        convert("Title\n\(lede)\n\(paragraphs)\n").attributions.map(\.rule)
    }

    // MARK: Pronouns

    @Test func aPronounAfterTwoPeopleNamedInOneParagraphStandsForNeither() {
        let two = "Evan Greer said the vote was a first step. Nicole Ozer has not commented on it.\n\n“We will keep fighting until every city has banned it,” she said."
        #expect(quotes(two).map(\.person) == [nil])
        #expect(rules(two) == [AttributionShape.unresolvedPronoun.rawValue])
        #expect(quotes("Nicole Ozer met Evan Greer on Monday. “We will keep fighting until every city has banned it,” she said.")
                .map(\.person) == [nil])
        // Someone the registry lacks, named beside the registry person, makes it as ambiguous.
        #expect(quotes("Evan Greer debated Jane Palmer, a councilor. “We will keep fighting until every city has banned it,” she said.")
                .map(\.person) == [nil])
    }

    @Test func aPronounAfterTheOnlyPersonItsParagraphNamesIsTheirs() {
        let found = quotes("""
            “This technology is dangerous and it has no place in our communities,” said Evan Greer, director of Fight for the Future.

            “We will keep fighting until every city has banned it,” she said.
            """)
        #expect(found.map(\.person) == ["evan-greer", "evan-greer"])
        // Someone named in an earlier paragraph is not beside them.
        let earlier = quotes("""
            Nicole Ozer opened the hearing.

            Evan Greer said the vote was a first step. “We will keep fighting until every city has banned it,” she said.
            """)
        #expect(earlier.map(\.person) == ["evan-greer"])
    }

    // MARK: Surnames

    @Test func aSurnameTheTextGivesTwoPeopleNamesNeither() {
        let shared = "Nicole Ozer of the ACLU spoke, and so did Jane Ozer, a local resident.\n\n“Face surveillance gives the government unprecedented power over us,” Ozer said."
        #expect(quotes(shared).map(\.person) == [nil])
        #expect(rules(shared) == [AttributionShape.unregisteredSpeaker.rawValue])
        // Said after the verb, and as the pronoun's person, the same.
        #expect(quotes("Nicole Ozer spoke, and so did Jane Ozer.\n\n“Face surveillance gives the government unprecedented power over us,” said Ozer.")
                .map(\.person) == [nil])
    }

    @Test func aSurnameAfterTheFullNameOfTheOnlyPersonWithItIsTheirs() {
        let found = quotes("Nicole Ozer, a technology attorney, spoke at the hearing.\n\n“Face surveillance gives the government unprecedented power over us,” Ozer said.")
        #expect(found.map(\.person) == ["nicole-ozer"])
        // Another first name with another surname shares nothing.
        #expect(quotes("Nicole Ozer and Jane Palmer spoke.\n\n“Face surveillance gives the government unprecedented power over us,” Ozer said.")
                .map(\.person) == ["nicole-ozer"])
    }
}
