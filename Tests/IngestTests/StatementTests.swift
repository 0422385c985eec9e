import Content
import Testing
@testable import Ingest

/// Statements in paragraphs of their own: introduced or signed by a line, set out without
/// quotation marks, left open where the copy ends, and marks of any shape.
@Suite struct StatementTests {
    func outcome(_ paragraphs: String) -> IngestOutcome {
        convert("Title\n\(lede)\n\(paragraphs)\n")
    }

    @Test func aLineOfItsOwnBeforeAStatementNamesItsSpeaker() {
        let said = outcome("""
            Said Evan Greer, deputy director at Fight for the Future

            “Amazon’s software has enabled the policing of Black and Brown people for years.

            “Extending the moratorium is not enough for those targeted before it.”
            """)
        #expect(said.article?.quotes.map(\.person) == ["evan-greer"])
        #expect(said.attributions.first?.rule == AttributionShape.introductionLine.rawValue)
        let statement = outcome("""
            Statement from Nicole Ozer, technology director:

            “This surveillance technology's threat to our rights will not disappear in a year.”
            """)
        #expect(statement.article?.quotes.first?.person == "nicole-ozer")
    }

    @Test func aLineAfterAStatementThatOpensWithANameSignsIt() {
        let signed = outcome("""
            “These summits are just a part of the strategy to sanitize Amazon’s role in state violence.”

            Evan Greer, deputy director at Fight for the Future

            “All this complicity that Amazon has in state violence is unseen by the attendees.”

            Jane Roe, a field organizer at Fight for the Future
            """)
        #expect(signed.article?.quotes.map(\.person) == ["evan-greer", nil])
        #expect(signed.article?.quotes.map(\.organization) == ["fight-for-the-future", "fight-for-the-future"])
        #expect(signed.article?.body.contains("> — Evan Greer, Fight for the Future") == true)
        #expect(signed.article?.body.contains("Jane Roe, a field organizer") == true)
        let heading = outcome("""
            “These summits are just a part of the strategy to sanitize Amazon’s role in state violence.”

            Evan Greer speaks at the rally in Seattle
            """)
        #expect(heading.article?.quotes.map(\.person) == [nil])
        let dash = outcome("“I hope the state can provide an example to every other state in the country.”\n—Maine Rep. Grayson Lookner, sponsor")
        #expect(dash.article?.quotes.map(\.person) == [nil])
        #expect(dash.attributions.first?.rule == AttributionShape.unregisteredSpeaker.rawValue)
        let resident = outcome("""
            “These summits are just a part of the strategy to sanitize Amazon’s role in state violence.”

            Jane Roe, a resident of Seattle
            """)
        #expect(resident.article?.quotes.map(\.organization) == [nil])
    }

    @Test func aStatementWithoutQuotationMarksAfterItsIntroduction() {
        let found = outcome("""
            Below is a statement from the group, which can be attributed to Director, Evan Greer (she/her):

            Facial recognition has already gotten innocent people arrested. We don’t have time to debate “regulatory standards” now.

            Any lawmaker who refuses to support a moratorium is enabling racism and discrimination in policing.
            """)
        let quote = found.article?.quotes.first
        #expect(quote?.person == "evan-greer")
        #expect(quote?.text.hasPrefix("Facial recognition has already") == true)
        #expect(quote?.text.hasSuffix("discrimination in policing.") == true)
        #expect(found.attributions.first?.rule == AttributionShape.unmarkedStatement.rawValue)
        let bill = outcome("""
            The bill says:

            Facial recognition may not be used by any agency of the city or by anyone acting for it.
            """)
        #expect(bill.article?.quotes.isEmpty == true)
    }

    @Test func aStatementLeftOpenWhereTheCopyEnds() {
        let open = outcome("""
            Fight for the Future issued the following statement, which can be attributed to Evan Greer:

            "The rapid spread of commercial facial recognition poses just as much of a threat to liberty as
            """)
        #expect(open.article?.quotes.first?.person == "evan-greer")
        let signed = outcome("""
            “Amazon’s recent decision to silently extend the moratorium shows the company understands the public is mobilized and

            Evan Greer via Common Dreams
            """)
        #expect(signed.article?.quotes.first?.person == "evan-greer")
        #expect(signed.article?.quotes.first?.text.hasSuffix("mobilized and") == true)
    }

    @Test func aMarkLeftOpenFarFromTheEndIsNoStatement() {
        let paragraphs = (1...6).map { "The council met for hearing number \($0) on the ordinance and heard residents." }
        let found = outcome("“The ordinance is a step forward for the city and its residents\n\n" + paragraphs.joined(separator: "\n\n"))
        #expect(found.article?.quotes.allSatisfy { !$0.text.contains("hearing number") } == true)
    }

    @Test func mixedAndMisplacedMarks() {
        let mixed = outcome(#"“We’re working to end systemic racism," Evan Greer said during a teleconference. "So ending surveillance of communities must be a part of that.”"#)
        #expect(mixed.article?.quotes.first?.person == "evan-greer")
        #expect(mixed.article?.quotes.first?.text.hasPrefix("We’re working to end systemic racism.") == true)
        let glued = outcome("Evan Greer wrote to the senators about human rights.”We firmly oppose uses of any technology for mass surveillance,” wrote Evan Greer.")
        #expect(glued.article?.quotes.first?.text == "We firmly oppose uses of any technology for mass surveillance")
        #expect(outcome(#"The police bought cameras with a 10" screen for every car in the city."#).article?.quotes.isEmpty == true)
    }

    @Test func aStatementOverParagraphsClosedByItsAttribution() {
        let closed = outcome("""
            “Facial recognition has no place in our city.

            “It is time for the council to act and protect residents,” Nicole Ozer said. “We will be watching.”
            """)
        #expect(closed.article?.quotes == [Quote(text: "Facial recognition has no place in our city.\n\nIt is time for the council to act and protect residents. We will be watching.",
                                                person: "nicole-ozer", organization: "aclu-norcal")])
        let runOn = outcome("""
            “Facial recognition has no place in our city.

            It is time for the council to act and protect residents,” Evan Greer said.
            """)
        #expect(runOn.article?.quotes.first?.person == "evan-greer")
        #expect(runOn.article?.quotes.first?.text.hasSuffix("protect residents") == true)
    }

    @Test func theNextParagraphGoesOnWithAQuotationLeftOpen() {
        let found = outcome("""
            Evan Greer said the decision was important. “This is a huge moment for our movement after years of organizing.

            “And we will keep going until the ban is permanent.”
            """)
        #expect(found.article?.quotes.map(\.person) == ["evan-greer", "evan-greer"])
        #expect(found.attributions.map(\.rule) == [AttributionShape.previousSentence.rawValue, AttributionShape.continuation.rawValue])
        // Two speech verbs before it: whose words they are is not clear.
        let unclear = outcome("Evan Greer said the ACLU had called for a ban. “This is a huge moment for our movement after years of organizing.”")
        #expect(unclear.article?.quotes.map(\.person) == [nil])
        let closed = outcome("""
            Evan Greer spoke at the rally. “This is a huge moment for our movement,” she said.

            “We need Congress to take action and pass a federal ban now.”
            """)
        #expect(closed.article?.quotes.map(\.person) == ["evan-greer", nil])
    }

    @Test func aDashAfterAQuotationInItsParagraphNamesTheSpeaker() {
        let found = outcome("\"The technology is biased against people of color and women\" — Matt Cagle, ACLU of Northern California")
        #expect(found.article?.quotes.first?.organization == "aclu-norcal")
        #expect(outcome("\"The technology is biased against people of color and women\" — a view shared by many.").article?.quotes.first?.person == nil)
    }
}
