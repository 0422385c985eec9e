import Content
import Testing
@testable import Ingest

@Suite struct QuoteTests {
    func quotes(_ paragraphs: String) -> [Quote] {
        convert("Title\n\(lede)\n\(paragraphs)\n").article?.quotes ?? []
    }

    @Test func saidAfterWithRoleAndContinuation() {
        let found = quotes("“The company knows it is on the wrong side of this,” said Evan Greer (she/her), deputy director of Fight for the Future. “And what does until further notice even mean?”")
        #expect(found == [Quote(text: "The company knows it is on the wrong side of this. And what does until further notice even mean?",
                                person: "evan-greer", organization: "fight-for-the-future")])
    }

    @Test func speakerBeforeAndStraightQuotes() {
        let found = quotes(#"Nicole Ozer said in a statement, "This technology's threat to our rights will not disappear.""#)
        #expect(found.first?.person == "nicole-ozer")
        #expect(found.first?.organization == "aclu-norcal")
    }

    @Test func organizationsSpeakAsThemselves() {
        let found = quotes(#""The false matches were disproportionately of people of color," the ACLU said."#)
        #expect(found == [Quote(text: "The false matches were disproportionately of people of color", organization: "aclu")])
        let spokesperson = quotes(#""Ring believes transparency and accountability are crucial," an Amazon spokesperson told reporters."#)
        #expect(spokesperson.first?.organization == "amazon")
    }

    @Test func theSubjectNearestTheVerbSpeaks() {
        let found = quotes(#"Amazon's news came days after Fight for the Future said it would, citing "growing concerns about its use for mass surveillance of everyone.""#)
        #expect(found.first?.organization == "fight-for-the-future")
    }

    @Test func multiParagraphStatementAttributedToWhoTheTextNames() {
        let outcome = convert("""
            Title
            The group issued the following statement, which can be attributed to Evan Greer:
            “These moves are a public relations stunt. 

            The companies know the technology is dangerous and they know it is racist.

            Lawmakers should ban it for every surveillance purpose.”
            """)
        let quote = outcome.article?.quotes.first
        #expect(quote?.person == "evan-greer")
        #expect(quote?.text == "These moves are a public relations stunt.\n\nThe companies know the technology is dangerous and they know it is racist.\n\nLawmakers should ban it for every surveillance purpose.")
        #expect(outcome.article?.body.contains("> “These moves are a public relations stunt.\n>\n> The companies") == true)
        #expect(outcome.article?.body.contains("> — Evan Greer, Fight for the Future") == true)
    }

    @Test func pronounsFollowTheLastPersonAndUnstatedSpeakersStayUnattributed() {
        let found = quotes("""
            “The surveillance dragnet fuels the same police violence,” Evan Greer said.

            “It would be laughable if there were no lives at stake,” she said.

            “This technology is almost exclusively used to narrow the field,” the spokesperson continued.
            """)
        #expect(found.map(\.person) == ["evan-greer", "evan-greer", nil])
        #expect(found.last?.organization == nil)
    }

    @Test func scareQuotesAreNotQuotes() {
        #expect(quotes(#"The company wants "national standards" and to "regulate" it."#).isEmpty)
    }
}
