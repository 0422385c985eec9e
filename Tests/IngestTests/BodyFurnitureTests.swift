import Content
import Testing
@testable import Ingest

/// Furniture among the article's paragraphs (calls to act, reposts' lines, captions, promos,
/// spliced passages) and the article text shaped like it that stays.
@Suite struct BodyFurnitureTests {
    @Test func callsToActGoButALetterAskingLawmakersStays() {
        let outcome = convert("""
            Tell your legislators it's time for a moratorium
            \(lede)
            Urge your legislators to support a statewide moratorium on face surveillance.
            Sign the petition
            Take action now
            BREAKING: Congress introduced a bill. Send a message now to tell your members of Congress to support it!
            Happy New Year! In 2021, please urge legislative leadership to address face surveillance.
            This is a top priority. Please pass the bill to establish a moratorium on face surveillance.
            "Tell Congress to ban it," said Evan Greer, who leads the campaign against the company's cameras.
            """)
        let found = roles(outcome)
        #expect(outcome.article?.title == "Tell your legislators it's time for a moratorium")
        #expect(found["Sign the petition"] == .removed)
        #expect(found["Take action now"] == .removed)
        #expect(found.first { $0.key.hasPrefix("Urge your") }?.value == .removed)
        #expect(found.first { $0.key.hasPrefix("BREAKING") }?.value == .removed)
        #expect(found.first { $0.key.hasPrefix("Happy New Year") }?.value == .body)
        #expect(found.first { $0.key.hasPrefix("This is a top priority") }?.value == .body)
        #expect(found.first { $0.key.hasPrefix("\"Tell Congress") }?.value == .body)
    }

    @Test func repostLinesGoAfterTheArticleButASourceBylineStays() {
        let outcome = convert("""
            Source: Janie Har
            San Francisco supervisors voted on Tuesday to ban the use of facial recognition technology by police.
            Myaisha Hayes via Common Dreams
            via San Francisco Becomes First US City to Ban Facial Recognition — Example Report
            Source:: ExampleNews.Com
            The post Supervisors Vote to Ban Facial Recognition appeared first on Example Project.
            """)
        let found = roles(outcome)
        #expect(found["Source: Janie Har"] != .removed)
        #expect(found["Myaisha Hayes via Common Dreams"] == .body)
        #expect(found["Source:: ExampleNews.Com"] == .removed)
        #expect(found.first { $0.key.hasPrefix("via ") }?.value == .removed)
        #expect(found.first { $0.key.hasPrefix("The post") }?.value == .removed)
    }

    @Test func captionsGoButPresentTenseSentencesStay() {
        let outcome = convert("""
            Senator presses Ring on its police deals
            \(lede)
            An Amazon Ring indoor camera is displayed during an unveiling event in Seattle on Sept. 25, 2019.
            A Ring Pro video doorbell. (James Pace-Cornsilk)
            Copyright Amazon
            \(secondParagraph)
            The ordinance stands as the strictest in the state, and it holds every department to the same rules.
            Protesters hold signs as a councilor speaks outside City Hall
            Residents testified for hours before the vote, and most of them asked the council to ban the cameras.
            How the police use the cameras in the city
            The police department said it had used the software in a handful of cases, all of them burglaries.
            A Ring doorbell camera on a house in Los Angeles (Photo by Jane Roe)
            """)
        let found = roles(outcome)
        #expect(found.first { $0.key.hasPrefix("An Amazon Ring") }?.value == .removed)
        #expect(found["A Ring Pro video doorbell. (James Pace-Cornsilk)"] == .removed)
        #expect(found["Copyright Amazon"] == .removed)
        #expect(found.first { $0.key.hasPrefix("The ordinance stands") }?.value == .body)
        #expect(found["Protesters hold signs as a councilor speaks outside City Hall"] == .removed)
        #expect(found["How the police use the cameras in the city"] == .body)
        #expect(found["A Ring doorbell camera on a house in Los Angeles (Photo by Jane Roe)"] == .removed)
    }

    @Test func promoHeadlinesAndImageTextGoButSubheadsStay() {
        let outcome = convert("""
            Ring partners with police in Florida
            \(lede)
            Citizen App Again Lets Users Report Crimes and Experts See Big Risks
            \(secondParagraph)
            Ring doorbell
            Ring
            \(thirdParagraph)
            police officer typing on a laptop
            The company's partnership with the police department began in the spring with a handful of officers.
            The Coalition And The Company In Brief
            The coalition delivered its petition to the company again, and the police department answered.
            Said Myaisha Hayes, Campaign Strategies Director at MediaJustice
            """)
        let found = roles(outcome)
        #expect(found.first { $0.key.hasPrefix("Citizen App") }?.value == .removed)
        #expect(found["Ring doorbell"] == .removed)
        #expect(found["Ring"] == .removed)
        #expect(found["police officer typing on a laptop"] == .removed)
        #expect(found["The Coalition And The Company In Brief"] == .body)
        #expect(found["Said Myaisha Hayes, Campaign Strategies Director at MediaJustice"] == .body)
    }

    @Test func aSplicedAdvertisementGoesButTheArticleAroundItStays() {
        let ad = [
            "Looking for a dream kitchen? Our showroom carries cabinets, countertops and appliances at winter prices.",
            "Visit Lakeside Remodeling this weekend and save on installation with free estimates for every homeowner.",
        ]
        let article = [
            lede,
            "Amazon told the coalition that its Rekognition software would not be sold to police while the moratorium lasts.",
            "The coalition said the company must make the moratorium permanent and end its partnerships with police.",
            "Members of the coalition plan to return to the company's offices in June with more signatures from members.",
            "The company did not answer questions about its contracts with Immigration and Customs Enforcement.",
            "Organizers said the petition now holds more signatures than the first one, gathered in two weeks.",
            "They expect the company to respond before its shareholders meet, as it did after the first petition.",
            "The coalition's members said they would keep up the pressure on the company until the ban is permanent.",
        ]
        let outcome = convert(
            "Coalition delivers its petition to Amazon\n" + article[0...2].joined(separator: "\n") + "\n"
                + ad.joined(separator: "\n") + "\n" + article[3...].joined(separator: "\n") + "\n")
        let found = roles(outcome)
        #expect(ad.allSatisfy { found[$0] == .removed })
        #expect(article.allSatisfy { found[$0] == .body })
        #expect(outcome.decisions.contains { $0.reason.hasPrefix("spliced passage") })
    }

    @Test func aSignatureAfterTheArticleGoesButALettersSignatureStays() {
        let closing = "The coalition will deliver its petition to Fight for the Future's partners on Friday morning."
        let signed = convert("Coalition delivers its petition\n\(lede)\n\(closing)\nFight for the Future\n")
        #expect(roles(signed)["Fight for the Future"] == .removed)
        let letter = convert("Coalition delivers its petition\n\(lede)\n\(closing)\nSincerely,\nFight for the Future\n")
        #expect(roles(letter)["Fight for the Future"] == .body)
        let quoted = "\"We will keep up the pressure,\" said Evan Greer, who leads the campaign for the coalition's members."
        let byline = convert("Coalition delivers its petition\n\(lede)\n\(quoted)\nEvan Greer\n")
        #expect(roles(byline)["Evan Greer"] != .removed)
    }

    @Test func aSiteNameAboveTheArticleGoesButAOneWordTitleOfItsOwnStays() {
        let masthead = convert("MediaJustice\nActivists from MediaJustice staged a protest at the summit on Tuesday morning.\n\(lede)\n")
        #expect(roles(masthead)["MediaJustice"] == .removed)
        let title = convert("Victory\nActivists staged a protest at the summit on Tuesday morning, and the company listened.\n\(lede)\n")
        #expect(title.article?.title == "Victory")
    }

    @Test func donationAppealsTakeTheLinesThatSpeakTheirWords() {
        let outcome = convert("""
            Why are the billionaires always laughing?
            Because they know the corporate media will never hold them to account.
            Today, we ask you to support our nonprofit journalism because billionaires and their corporate media laugh at it.
            Support Our Work -- Join the small group of generous readers who donate, keeping this site free for you.
            Council bans face surveillance in a unanimous vote
            \(lede)
            The council's members said the ban would hold every city department to account for its cameras.
            """)
        #expect(outcome.article?.title == "Council bans face surveillance in a unanimous vote")
        #expect(outcome.decisions.filter { $0.reason.hasPrefix("part of a donation appeal") }.count == 2)
        #expect(roles(outcome).first { $0.key.hasPrefix("The council's members") }?.value == .body)
    }

    @Test func aLettersAddressesSalutationAndADashedBylineStayInTheHeader() {
        let outcome = convert("""
            Coalition letter calls for a moratorium
            - By Davey Alba
            The Honorable Elijah Cummings Chairman U.S. House Oversight and Reform Committee 2157 Rayburn House Office Building Washington, D.C. 20515
            Dear Chairman Cummings and Ranking Member Jordan:
            The undersigned privacy, civil liberties and civil rights groups write to urge you to put in place a moratorium.
            """)
        let found = roles(outcome)
        #expect(outcome.article?.author == "Davey Alba")
        #expect(found["Dear Chairman Cummings and Ranking Member Jordan:"] == .body)
        #expect(found.first { $0.key.hasPrefix("The Honorable") }?.value == .body)
    }

    @Test func aLegalFilingKeepsItsHeadingsButNotItsCaption() {
        let outcome = convert("""
            District Court Hears Complaint Against The Company
            1 Jane Roe, Esq. (SBN: 184194) 2 John Doe, Esq. (SBN: 214323) 3 Attorneys for Plaintiffs
            Case No. ______ unofficial copy
            Plaintiffs,
            \(lede)
            NATURE OF THE ACTION
            1. This case seeks to remedy an extraordinary and unprecedented violation of the residents' privacy rights.
            COMPANY STARTS SHARING YOUR INTERNET TODAY
            """)
        let found = roles(outcome)
        #expect(found.first { $0.key.hasPrefix("1 Jane Roe") }?.value == .removed)
        #expect(found["Case No. ______ unofficial copy"] == .removed)
        #expect(found["Plaintiffs,"] == .removed)
        #expect(found["NATURE OF THE ACTION"] == .body)
        #expect(outcome.article?.title == "District Court Hears Complaint Against The Company")
        #expect(found["COMPANY STARTS SHARING YOUR INTERNET TODAY"] == .removed)
    }

    @Test func donationPleasOfSeveralSentencesGoButAnArticleAboutDonationsStays() {
        let plea = "Support Our Work -- Join the small group of generous readers who donate, keeping this site free for "
            + "millions of people each year. Every donation, large or small, helps us bring you the news that matters."
        let news = "The nonprofit newsroom said donations from readers paid for the investigation, which took a year."
        let outcome = convert("Council bans face surveillance\n\(lede)\n\(news)\n\(plea)\n\(secondParagraph)\n")
        #expect(roles(outcome)[plea] == .removed)
        #expect(roles(outcome)[news] == .body)
    }
}
