import Content
import Testing
@testable import Ingest

@Suite struct QuoteTests: QuotationReading {
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

    @Test func aShortPieceBeforeItsAttributionBelongsToTheQuote() {
        let found = quotes("“This should be against the law,” said Evan Greer, deputy director of Fight for the Future (pronouns: she/her), “but until Congress acts, anyone may do it.”")
        #expect(found == [Quote(text: "This should be against the law, but until Congress acts, anyone may do it.",
                                person: "evan-greer", organization: "fight-for-the-future")])
    }

    @Test func piecesAroundAnAttributionJoinWhenTheSpeakerIsNotRegistered() {
        let found = quotes("“The city should not use racially discriminatory technology,” said Councilor Jane Roe in a statement. “This ordinance codifies our values.”")
        #expect(found == [Quote(text: "The city should not use racially discriminatory technology. This ordinance codifies our values.")])
    }

    @Test func piecesWithTheirOwnAttributionsStayApart() {
        let found = quotes("“The city should not use this technology on residents,” said Jane Roe. “It is a serious threat to Black and brown people,” said Nicole Ozer.")
        #expect(found.map(\.person) == [nil, "nicole-ozer"])
        let scare = quotes(#"The company markets it as "fast and accurate" but the ACLU found that the "software incorrectly matched 28 members of Congress.""#)
        #expect(scare == [Quote(text: "software incorrectly matched 28 members of Congress.", organization: "aclu")])
    }

    @Test func aParagraphEndingInAColonIntroducesTheQuotedParagraphAfterIt() {
        let found = quotes("""
            Evan Greer, deputy director of the group, released the following statement in response:

            “Amazon knows that facial recognition is dangerous, and it should stop selling it to police.”
            """)
        #expect(found.first?.person == "evan-greer")
        let unintroduced = quotes("""
            Evan Greer spoke to the crowd outside the headquarters on Tuesday.

            “Amazon knows that facial recognition is dangerous, and it should stop selling it to police.”
            """)
        #expect(unintroduced.first?.person == nil)
    }

    @Test func aDashLineAfterAQuotationNamesItsSpeaker() {
        let outcome = convert("Title\n\(lede)\n\"We need Congress to take action and pass a federal ban now.\"\n--Evan Greer, Fight for the Future\n")
        #expect(outcome.article?.quotes.first?.person == "evan-greer")
        #expect(outcome.article?.body.contains("--Evan") == false)
        #expect(outcome.article?.body.contains("> — Evan Greer, Fight for the Future") == true)
        let unknown = convert("Title\n\(lede)\n\"We need Congress to take action and pass a federal ban now.\"\n- Court Case Jan 2025\n")
        #expect(unknown.article?.quotes.first?.person == nil)
        #expect(unknown.article?.body.contains("Court Case Jan 2025") == true)
    }

    @Test func namesAndTitlesInQuotationMarksAreNotQuotes() {
        #expect(quotes("The group welcomed the bill, reportedly titled the “No Biometric Barriers to Housing Act.”").isEmpty)
        #expect(QuoteExtractor.isTitle("Facial Recognition and Biometric Technology Moratorium Act of 2019"))
        #expect(!QuoteExtractor.isTitle("We need Congress to take action now"))
        #expect(quotes("Greer said the “company should stop selling it to police departments now.”").count == 1)
    }
}
