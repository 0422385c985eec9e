import Content
import Testing
@testable import Ingest

/// Quotation forms that real pages use beyond the curly-quoted sentence: straight and single
/// marks, marks of two styles, colons, dashes, `according to`, parentheses, hard-wrapped copies;
/// and the look-alikes they must leave alone.
@Suite struct QuoteFormTests: QuotationReading {
    @Test func straightQuotesAndMixedStylesAreQuotations() {
        #expect(quotes(#""Face surveillance has no place in a free society," Evan Greer said."#).first?.person == "evan-greer")
        #expect(quotes(#"“Face surveillance has no place in a free society," Evan Greer said."#).first?.person == "evan-greer")
        #expect(quotes(#""Face surveillance has no place in a free society,” Evan Greer said."#).first?.person == "evan-greer")
    }

    @Test func singleQuotesAsPrimaryMarks() {
        let curly = quotes("‘Face surveillance has no place in a free society,’ Evan Greer said. ‘We won’t stop until it’s banned.’")
        #expect(curly == [Quote(text: "Face surveillance has no place in a free society. We won’t stop until it’s banned.",
                                person: "evan-greer", organization: "fight-for-the-future")])
        let straight = quotes("Nicole Ozer said: 'The public's trust in the police depends on it, and we won't accept less.'")
        #expect(straight.first?.person == "nicole-ozer")
        #expect(straight.first?.text == "The public's trust in the police depends on it, and we won't accept less.")
    }

    @Test func apostrophesAreNotQuotes() {
        #expect(quotes("The students’ union and the workers’ council said the city’s plan was Amazon’s, not the ’90s plan of the mayor’s office.").isEmpty)
        #expect(quotes("The rock ’n’ roll band played while the coalition's members didn't leave the council's steps until the vote was done.").isEmpty)
    }

    @Test func aColonIntroducesAQuotation() {
        #expect(quotes("Evan Greer said: “Face surveillance has no place in a free society.”").first?.person == "evan-greer")
        #expect(quotes("As Nicole Ozer put it: “Face surveillance has no place in a free society.”").first?.person == "nicole-ozer")
    }

    @Test func attributionBeforeInsideOrAfter() {
        let before = quotes("Evan Greer said, “Face surveillance has no place in a free society.”")
        let inside = quotes("“Face surveillance,” Evan Greer said, “has no place in a free society.”")
        let after = quotes("“Face surveillance has no place in a free society,” said Evan Greer.")
        #expect([before, inside, after].map { $0.first?.person } == ["evan-greer", "evan-greer", "evan-greer"])
        #expect(inside.first?.text == "Face surveillance has no place in a free society.")
    }

    @Test func aDashAfterAQuotationNamesItsSpeaker() {
        #expect(quotes("“Face surveillance has no place in a free society.” — Evan Greer").first?.person == "evan-greer")
        #expect(quotes("“Face surveillance has no place in a free society.” —Nicole Ozer, ACLU of Northern California").first?.person == "nicole-ozer")
    }

    @Test func accordingTo() {
        #expect(quotes("“Face surveillance has no place in a free society,” according to Evan Greer.").first?.person == "evan-greer")
        #expect(quotes("According to Nicole Ozer, “face surveillance has no place in a free society.”").first?.person == "nicole-ozer")
    }

    @Test func aStatementWithoutMarksAfterSaidInAStatement() {
        let found = quotes("""
            Evan Greer said in a statement:

            Face surveillance has no place in a free society, and every city council should ban it this year.
            """)
        #expect(found.first?.person == "evan-greer")
        #expect(found.first?.text.hasPrefix("Face surveillance has no place") == true)
    }

    @Test func quotationsInsideParentheses() {
        let found = quotes("The city paused the program (“face surveillance has no place in a free society,” Evan Greer said) on Friday.")
        #expect(found.first?.person == "evan-greer")
        #expect(found.first?.text == "face surveillance has no place in a free society")
    }

    @Test func multiParagraphQuotationWhoseInnerParagraphsDoNotClose() {
        let found = quotes("""
            “Face surveillance has no place in a free society,” Evan Greer said. “It gives the police a power no one should have.

            “Cities across the country have already banned it, and more will follow this year.

            “Congress must now do the same for the whole country.”
            """)
        #expect(found.first?.person == "evan-greer")
        #expect(found.contains { $0.text.contains("Congress must now do the same") && $0.person == "evan-greer" })
    }

    @Test func aQuotationWrappedAcrossLinesOfACopiedPDF() {
        // Wrapped at a fixed width, a sentence's end inside the quotation ending a line.
        let text = """
            Coalition asks for a ban
            The coalition delivered its petition to the company on Tuesday, with thousands of
            signatures from its members across the country, and asked it to stop selling the
            tool to police departments. Its deputy director spoke outside the offices. “Face
            surveillance has no place in a free society.
            The company knows it, and it should stop the sales now,” said Evan Greer, deputy
            director of Fight for the Future, in a statement to reporters after the delivery.
            The company did not answer the letter, and it has not said whether it will stop the
            sales to police departments that use the tool to identify people at protests or not.
            The coalition said it would return next week with more signatures from its members
            and that it would keep up the pressure on the company until it stops the sales.
            """
        let found = convert(text).article?.quotes ?? []
        #expect(found.count == 1)
        #expect(found.first?.person == "evan-greer")
        #expect(found.first?.text.hasPrefix("Face surveillance has no place in a free society. The company knows it") == true)
    }

    @Test func lookAlikesAreNotQuotations() {
        // A quoted title, scare quotes, a nickname, a quoted phrase that is a name.
        #expect(quotes("The council passed the ‘Facial Recognition Technology Ban Ordinance’ on Tuesday night.").isEmpty)
        #expect(quotes("Critics say the so-called ‘safeguards’ are ‘voluntary’ at best and are never enforced.").isEmpty)
        #expect(quotes("Mayor Jane “The Hammer” Roe signed the ban on Tuesday in front of a crowd.").isEmpty)
        #expect(quotes("The app, known as 'Neighbors by Ring', lets users share videos with the police.").isEmpty)
        #expect(quotes(#"Residents joined the "Ban Facial Recognition" campaign on Tuesday."#).isEmpty)
        #expect(quotes(#"The ACLU called the decision "a disaster for civil rights.""#).first?.organization == "aclu")
    }

    @Test func aSpeakerNamedBySurnameAfterTheFullName() {
        let found = quotes("""
            Evan Greer, deputy director of the group, spoke outside the company's offices on Tuesday.

            “Face surveillance has no place in a free society,” Greer said.
            """)
        #expect(found.first?.person == "evan-greer")
    }

    @Test func aQuotationWithoutAStatedSpeakerIsKeptWithNone() {
        let found = quotes("A sign at the rally read: “Face surveillance has no place in a free society.” Another asked for a ban.")
        #expect(found.count == 1)
        #expect(found.first?.person == nil && found.first?.organization == nil)
    }
}
