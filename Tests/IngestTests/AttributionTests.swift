@testable import Content
import Testing
@testable import Ingest

/// Who said a quotation: the subject of its speech verb, the lines that introduce or sign a
/// statement, pronouns and `the company`; and the look-alikes that name no one.
@Suite struct AttributionTests: QuotationReading {
    @Test func shortPhrasesThatASpeechVerbAttributesAreQuotations() {
        #expect(quotes("The ACLU claimed that Amazon is “selling a dangerous tool.”")
                == [Quote(text: "selling a dangerous tool.", organization: "aclu")])
        #expect(quotes("The ACLU sued Amazon “to stop its unlawful capture.”").first?.organization == "aclu")
        #expect(quotes("The American Civil Liberties Union on Thursday sued Amazon Web Services, which sells the tool, accusing the company of “unlawful surveillance activities.”")
                .first?.organization == "aclu")
        // A group the registries lack said it: a quotation without a speaker.
        #expect(quotes("The lawmakers wrote that Amazon had “failed to provide sufficient answers.”")
                == [Quote(text: "failed to provide sufficient answers.")])
    }

    @Test func titlesTermsAndProgramNamesInQuotationMarksAreNot() {
        #expect(quotes("The ACLU praised the bill, which lawmakers called the “No Biometric Barriers to Housing Act.”").isEmpty)
        #expect(quotes("Evan Greer said the company's “ethics” are lacking.").isEmpty)
        #expect(quotes("Amazon said its “Neighbors” app is popular with police.").isEmpty)
        #expect(quotes("Ring announced plans to let police post “requests for assistance” to its users.").isEmpty)
        #expect(quotes("Critics point to the “mass surveillance” the tool allows.").isEmpty)
        #expect(quotes("The IBM page \"IBM CEO Letter to President-elect Biden\" says so.").isEmpty)
    }

    @Test func theSubjectOfTheSpeechVerbSpeaksNotTheNearestOrganization() {
        #expect(quotes("Asked about Amazon Web Services' (AWS) product, an Amazon spokesperson emailed the following statement: “We always experiment with new ways to verify sellers.”")
                .first?.organization == "amazon")
        #expect(quotes("In a screenshot provided to the Daily News, the individual was told to let Amazon “record a five second video of your face.”")
                .map(\.organization) == [nil])
        #expect(quotes("One Amazon employee told reporters: “It's hard to trust that harm and abuse can be prevented.”")
                .map(\.organization) == [nil])
        #expect(quotes("Jane Roe, a critic of Amazon, said: “The company should stop selling it to police now.”")
                .map(\.organization) == [nil])
    }

    @Test func aDocumentIsNoSpeaker() {
        let letter = "Pointing out that Amazon opposed secret surveillance and that Evan Greer supported it, the letter says, “Rekognition runs counter to these values.”"
        #expect(quotes(letter).map(\.person) == [nil])
        #expect(rules(letter) == [AttributionShape.document.rawValue])
        let signed = "Amazon should “take Rekognition off the table for governments,” says the letter, signed by groups including the ACLU."
        #expect(quotes(signed) == [Quote(text: "take Rekognition off the table for governments")])
        // The organization's own document speaks for it.
        #expect(quotes("According to the ACLU suit, “Clearview has set out to do what many companies avoided.”").first?.organization == "aclu")
    }

    @Test func whoSpeaksForAnOrganizationSpeaksAsIt() {
        #expect(quotes("“Ring believes transparency is crucial to safer communities,” Ring said in emails.").first?.organization == "ring")
        #expect(quotes("“We are reviewing the letter and will respond in time,” a spokesperson for Amazon said.").first?.organization == "amazon")
        let lawyer = "“It is unfortunate that the ACLU seeks to censor the company,” said Tor Ekeland, a lawyer for Ring."
        #expect(quotes(lawyer).first?.organization == "ring")
        #expect(rules(lawyer) == [AttributionShape.spokesperson.rawValue])
        #expect(quotes("“It is a dangerous tool for the police,” said Jane Roe, a resident of Boston.").map(\.organization) == [nil])
    }

    @Test func theCompanyIsTheOneCompanyItsParagraphNamed() {
        let found = quotes("The doorbell company Ring has partnered with police in what the company calls “the new neighborhood watch.”")
        #expect(found.first?.organization == "ring")
        let two = quotes("Amazon and Ring met the police, and the company said “it will keep working with every department.”")
        #expect(two.map(\.organization) == [nil])
        let startup = quotes("Amazon bought the doorbell startup in 2018, and the company said “it will keep working with every department.”")
        #expect(startup.map(\.organization) == [nil])
    }

    @Test func pronounsAreTheMostRecentlyNamedPersonOnlyWhenTheRegistryKnowsThem() {
        let found = quotes("""
            “The surveillance dragnet fuels the same police violence,” Evan Greer said.

            Councilor Jane Palmer, who chairs the committee, disagreed with the coalition.

            “The city needs every tool it can get to keep residents safe,” she said.

            “We will vote on the ordinance next week after the hearing,” Palmer said.
            """)
        #expect(found.map(\.person) == ["evan-greer", nil, nil])
        #expect(rules("Councilor Jane Palmer spoke. “The city needs every tool it can get to keep residents safe,” she said.")
                == [AttributionShape.unresolvedPronoun.rawValue])
        #expect(quotes("Nicole Ozer of the ACLU spoke first. “The technology is dangerous for everyone,” Ozer said.").first?.person == "nicole-ozer")
    }

    @Test func aPronounAfterSomeoneNamedByTheirRoleIsTheirs() {
        let found = quotes("""
            Evan Greer opposed the program at the hearing.

            A spokeswoman for the police department said the program is lawful. “We follow every rule in the book,” she said.

            Nicole Ozer told a reporter that the vote was close. “We will keep fighting for the ban,” she said.

            Nicole Ozer pointed to a blog post by Evan Greer in which she wrote that “the ban is only the beginning of the fight.”
            """)
        #expect(found.map(\.person) == [nil, "nicole-ozer", "evan-greer"])
    }

    @Test func aRegistrySurnameAfterAnotherFirstNameIsSomeoneElse() {
        let found = quotes("Evan Greer opposed it. “It's a tool that can be used for good,” said Sheriff John Greer of the county.")
        #expect(found.map(\.person) == [nil])
    }

    @Test func aPersonsSpokespersonIsNotThePerson() {
        #expect(quotes("“We are proud of our record on civil rights,” said Evan Greer's spokesperson, Jane Doe.").map(\.person) == [nil])
        #expect(quotes("“We are proud of our record on civil rights,” said Evan Greer.").map(\.person) == ["evan-greer"])
    }

    @Test func aPronounLooksBackTwoParagraphsAtMost() {
        let far = quotes("""
            Evan Greer opposed the program at the hearing.

            The council heard from residents for three hours.

            Many residents said they feared the cameras.

            The vote was delayed until next month.

            “We follow every rule in the book and always have,” she said.
            """)
        #expect(far.map(\.person) == [nil])
    }

    @Test func aTwoLetterSurnameNamesThePersonIntroducedInFull() {
        var site = testSite()
        site.people.append(Person(id: "michelle-wu", name: "Michelle Wu", aliases: [], organization: nil, role: nil,
                                  location: SourceLocation(file: "people.yaml")))
        let text = "Title\n\(lede)\nThe order was written by Councilor Michelle Wu.\nWu said, “Boston should not be using racially discriminatory technology.”\n"
        let outcome = Ingester(site: site).convert(RawSource(file: "sources/test.txt", text: text, sidecar: SourceSidecar(date: Day(iso: "2021-05-19")),
                                                             location: SourceLocation(file: "content/sources/test.txt")))
        #expect(outcome.article?.quotes.first?.person == "michelle-wu")
    }
}
