@testable import Content
import Testing
@testable import Ingest

/// The general causes of a wrong or missing speaker, each with what its rule must read and the
/// look-alike it must leave alone; where the text is ambiguous the quotation keeps no speaker.
@Suite struct AttributionCauseTests: QuotationReading {
    /// The rule-test registry with a legislature and one of its members.
    func legislatureQuotes(_ paragraphs: String) -> [Quote] {
        var site = testSite()
        let here = SourceLocation(file: "test.yaml")
        site.organizations.append(Organization(id: "congress", name: "Congress", aliases: ["U.S. Congress"], kind: .government,
                                               url: nil, description: nil, logo: nil, location: here))
        site.people.append(Person(id: "ed-markey", name: "Ed Markey", aliases: [], organization: "congress", role: nil, location: here))
        let source = RawSource(file: "sources/test.txt", text: "Title\n\(lede)\n\(paragraphs)\n",
                               sidecar: SourceSidecar(date: Day(iso: "2021-05-19")),
                               location: SourceLocation(file: "content/sources/test.txt"))
        return Ingester(site: site).convert(source).article?.quotes ?? []
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

    // MARK: Groups as subjects

    @Test func theLawmakersAreTheLegislatureTheTextNamedByItsMembers() {
        let found = legislatureQuotes("""
            Eight members of Congress wrote to Amazon on Thursday.

            The lawmakers wrote that Amazon had “failed to provide sufficient answers” to their questions.

            “We write to reiterate our concerns about the company's technology,” they wrote.
            """)
        #expect(found.map(\.organization) == ["congress", "congress"])
        #expect(legislatureQuotes("Members of Congress met on Thursday. The politicians also say Amazon has “failed to provide sufficient answers.”")
                .map(\.organization) == ["congress"])
    }

    @Test func otherPluralSubjectsAreNoLegislature() {
        // No body named by its members: the lawmakers are no registry entry.
        #expect(legislatureQuotes("The lawmakers wrote that Amazon had “failed to provide sufficient answers” to them.")
                .map(\.organization) == [nil])
        // `they` after employees, though Congress was named by its members before.
        let employees = legislatureQuotes("""
            Members of Congress wrote to Amazon, and so did its employees.

            “We write to reiterate our concerns about the company's technology,” they wrote.
            """)
        #expect(employees.map(\.organization) == [nil])
        // The workers are not the lawmakers.
        #expect(legislatureQuotes("Members of Congress wrote to Amazon. The workers wrote that it had “failed to provide sufficient answers.”")
                .map(\.organization) == [nil])
        // Congress named as itself, not by its members, says nothing of who `they` are.
        #expect(legislatureQuotes("Congress held a hearing. “We write to reiterate our concerns about the company's technology,” they wrote.")
                .map(\.organization) == [nil])
    }

    // MARK: `it`

    @Test func itIsTheOrganizationItsSentenceOpensWith() {
        #expect(quotes("Ring sells access to what it claims is the “largest known database” of faces.").map(\.organization) == ["ring"])
        let firm = quotes("Ring was founded in 2013.\n\nThe US-based firm sells access to what it claims is the “largest known database” of faces.")
        #expect(firm.map(\.organization) == ["ring"])
        #expect(rules("Ring sells access to what it claims is the “largest known database” of faces.")
                == [AttributionShape.organizationPronoun.rawValue])
    }

    @Test func itAfterADocumentOrAnotherNameIsNoOne() {
        // Two companies named before `the firm`: either could be meant.
        #expect(quotes("Amazon bought the doorbell maker Ring in 2018.\n\nThe US-based firm sells access to what it claims is the “largest known database” of faces.")
                .map(\.organization) == [nil])
        #expect(quotes("The bill would ban what it calls “the use of facial recognition by federal agencies.”").map(\.organization) == [nil])
        #expect(quotes("The report on Ring found what it calls “a pattern of misuse across many agencies.”").map(\.organization) == [nil])
        #expect(quotes("The ACLU sued Ring, which it says built “a dangerous database of billions of faces.”").map(\.organization) == [nil])
        #expect(quotes("Ring's founder sells access to what it claims is the “largest known database” of faces.").map(\.organization) == [nil])
    }

    // MARK: Documents

    @Test func aPersonsOwnDocumentSpeaksForThem() {
        let release = "Nicole Ozer wrote to Ring. Ozer’s press release states that the number is a “more than five-fold increase.”"
        #expect(quotes(release).map(\.person) == ["nicole-ozer"])
        #expect(rules(release) == [AttributionShape.documentAuthor.rawValue])
        #expect(quotes("“The surveillance dragnet keeps growing every single year,” said Evan Greer’s latest letter.").map(\.person) == ["evan-greer"])
    }

    @Test func someoneElsesDocumentOrAnUnregisteredAuthorsIsNoOnes() {
        #expect(quotes("Nicole Ozer wrote to Ring. Huseman’s letter said Ring “is partnered with thousands of agencies.”").map(\.person) == [nil])
        // Critics and bills are not documents the person wrote.
        #expect(quotes("Evan Greer’s critics said the ban “would make it impossible for police to solve crimes.”").map(\.person) == [nil])
        #expect(quotes("Evan Greer’s bill states that agencies may not “use facial recognition for any purpose.”").map(\.person) == [nil])
    }

    // MARK: Titles

    @Test func aQuotationAfterTitledOrHeadlinedIsAName() {
        #expect(quotes("The ACLU published a blog post titled “Amazon’s face recognition falsely matched 28 members of Congress with mugshots.”").isEmpty)
        #expect(quotes("Evan Greer wrote an op-ed headlined “Facial recognition is the plutonium of artificial intelligence” last year.").isEmpty)
    }

    @Test func aQuotationAfterAVerbThatIsNoTitleWordStays() {
        #expect(quotes("Evan Greer wrote that “facial recognition is the plutonium of artificial intelligence” last year.").map(\.person) == ["evan-greer"])
        // A word that only ends like one: `untitled` opens no title.
        #expect(quotes("Evan Greer said the untitled draft was “the plutonium of artificial intelligence for the police.”").map(\.person) == ["evan-greer"])
    }

    // MARK: Words that spell a speech verb

    @Test func aNameOrAPluralNounThatSpellsASpeechVerbIsNoVerb() {
        // `States` in `the United States` is a name: Evan Greer stated it.
        #expect(quotes("Evan Greer stated that Ring will not sell its tools to police in the United States until a law is “grounded in human rights.”")
                .map(\.person) == ["evan-greer"])
        // `states` after a number, and `claims` after a possessive, are nouns.
        #expect(quotes("Evan Greer said Ring sells its tools to police in 20 states that have “no rules on face surveillance at all.”")
                .map(\.person) == ["evan-greer"])
        #expect(quotes("Nicole Ozer said the ACLU rejected Ring's claims that the tool is “accurate and fair to people of every race.”")
                .map(\.person) == ["nicole-ozer"])
    }

    @Test func theSameWordsAsVerbsStillAttribute() {
        #expect(quotes("The ACLU states that Ring has “no rules on face surveillance at all.”").map(\.organization) == ["aclu"])
        #expect(quotes("Ring claims that the tool is “accurate and fair to people of every race.”").map(\.organization) == ["ring"])
        #expect(quotes("Said Evan Greer: “We will keep fighting until every city has banned it.”").map(\.person) == ["evan-greer"])
    }

    // MARK: Appositives

    @Test func anAppositiveOrRelativeClauseThatEndsWithAnotherNameDoesNotSpeak() {
        let said = "we will keep fighting until every city has banned it."
        #expect(quotes("Evan Greer, responding to Nicole Ozer, said “\(said)”").map(\.person) == ["evan-greer"])
        #expect(quotes("Evan Greer, who has criticized Nicole Ozer, said “\(said)”").map(\.person) == ["evan-greer"])
        #expect(quotes("Evan Greer, a longtime critic of Nicole Ozer, said “\(said)”").map(\.person) == ["evan-greer"])
        // Someone the registry lacks, described by a registry person, is still no one.
        #expect(quotes("Jane Doe, who has criticized Nicole Ozer, said “\(said)”").map(\.person) == [nil])
        #expect(quotes("“We will keep fighting until every city has banned it,” Jane Doe, who worked with Evan Greer, said.")
                .map(\.person) == [nil])
        // `who` after an organization's name stands for the person before it.
        #expect(quotes("Among the speakers was Evan Greer, deputy director of Fight for the Future, who said “\(said)”")
                .map(\.person) == ["evan-greer"])
    }

    @Test func theNameBeforeItsAppositiveStillSpeaks() {
        let said = "we will keep fighting until every city has banned it."
        // A title that opens the piece names the person it precedes.
        #expect(quotes("At the rally, Deputy Director Evan Greer said “\(said)”").map(\.person) == ["evan-greer"])
        // `which` after an organization is that organization.
        #expect(quotes("Groups joined, including the ACLU, which said “\(said)”").map(\.organization) == ["aclu"])
        // An unregistered lawyer for an organization speaks for it.
        #expect(quotes("“\(said)” said Tor Ekeland, a lawyer for Ring.").map(\.organization) == ["ring"])
    }

    // MARK: The spokeswoman

    @Test func theSpokeswomanIsTheOneIntroducedLastAndSpeaksForNoOneElse() {
        let city = quotes("""
            A spokeswoman for the Portland police said the department had never used the tool. Amazon sells it to other agencies.

            “We follow every rule in the book and always will,” the spokeswoman said.
            """)
        #expect(city.map(\.organization) == [nil])
        #expect(quotes("A spokesperson for the city said it would comply. Ring declined to comment. “We follow every rule in the book and always will,” the spokesperson said.")
                .map(\.organization) == [nil])
    }

    @Test func theSpokeswomanOfARegistryCompanySpeaksForIt() {
        let amazon = quotes("""
            An Amazon spokeswoman said the company had paused sales. Police in Portland said they had never used it.

            “We follow every rule in the book and always will,” the spokeswoman said.
            """)
        #expect(amazon.map(\.organization) == ["amazon"])
        #expect(quotes("A spokesperson for Ring said it would comply. “We follow every rule in the book and always will,” the spokesperson said.")
                .map(\.organization) == ["ring"])
        // None introduced: the one company named before.
        #expect(quotes("Ring declined to comment at first. “We follow every rule in the book and always will,” the spokeswoman said.")
                .map(\.organization) == ["ring"])
    }
}
