import Content
import Testing
@testable import Ingest

@Suite struct CleanerTests {
    @Test func removesNavigationPleasAndCaptionsAroundTheHeader() {
        let outcome = convert("""
            Skip to main content
            Sign up for our newsletter.
            A protester holds a sign in Seattle on June 1, 2020. (Photo: Jane Roe/Getty Images)
            Coalition wins a pause on face surveillance
            \(lede)
            """)
        let found = roles(outcome)
        #expect(found["Skip to main content"] == .removed)
        #expect(found["Sign up for our newsletter."] == .removed)
        #expect(found.first { $0.key.hasPrefix("A protester") }?.value == .removed)
        #expect(outcome.article?.title == "Coalition wins a pause on face surveillance")
    }

    @Test func removesCountsReblogsSeparatorsAndPlaceholders() {
        let outcome = convert("""
            Title of the release
            image
            \(lede)
            ###
            736 notes
            1. someone reblogged this from someone-else
            2. another-one reblogged this from someone
            organizer posted this
            """)
        #expect(outcome.article?.body == lede + "\n")
        #expect(outcome.decisions.filter { $0.role == .removed }.map(\.reason) == [
            "image placeholder", "separator", "note or share count", "reblog list", "reblog list", "reblog list",
        ])
    }

    @Test func removesAllCapsPromosAndMoreLinksButKeepsCapitalizedParagraphs() {
        let outcome = convert("""
            Title of the story
            \(lede)
            COMPANY STARTS SHARING YOUR INTERNET TODAY
            CLICK HERE TO READ MORE ON DAILY NEWS
            WE WON. THE COUNCIL VOTED SEVEN TO TWO TO BAN FACE SURVEILLANCE IN OUR CITY.
            NO.
            2021 was the year the ban passed.
            Load more..
            """)
        let found = roles(outcome)
        #expect(found["COMPANY STARTS SHARING YOUR INTERNET TODAY"] == .removed)
        #expect(found["CLICK HERE TO READ MORE ON DAILY NEWS"] == .removed)
        #expect(found["Load more.."] == .removed)
        #expect(found["WE WON. THE COUNCIL VOTED SEVEN TO TWO TO BAN FACE SURVEILLANCE IN OUR CITY."] == .body)
        #expect(found["NO."] == .body)
        #expect(found["2021 was the year the ban passed."] == .body)
        #expect(outcome.article?.source?.publisher == "Daily News")
    }

    @Test func footerAndEverythingAfterItGo() {
        let outcome = convert("""
            Title of the story
            \(lede)
            A second paragraph of the article, long enough to be one of its paragraphs.
            A third paragraph of the article that says something more about the campaign.
            Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish.
            Another Headline About Something Else
            "A blurb quoting someone about something else entirely."
            Jane Writer ·
            """)
        #expect(outcome.article?.body.contains("licensed") == false)
        #expect(outcome.article?.body.contains("Headline") == false)
        #expect(outcome.decisions.last?.reason == "after the footer")
    }

    @Test func teaserBlocksWithBylinesGoAnywhere() {
        let outcome = convert("""
            Title of the story
            \(lede)
            Unrelated Headline Elsewhere
            "Some blurb from another story."
            Jessica Corbett ·
            The article goes on with another paragraph about the petition and the company.
            """)
        let found = roles(outcome)
        #expect(found["Unrelated Headline Elsewhere"] == .removed)
        #expect(found["Jessica Corbett ·"] == .removed)
        #expect(found["The article goes on with another paragraph about the petition and the company."] == .body)
    }

    @Test func headerGivesSubtitleBylineAndDropsUnrelatedTeasers() {
        let outcome = convert("""
            Coalition delivers petition to the company
            Quarterly fund letters, conferences and more
            "The petition shows the company what its members want."
            Jake Johnson
            \(lede)
            """)
        let article = outcome.article
        #expect(article?.subtitle == "The petition shows the company what its members want.")
        #expect(article?.author == "Jake Johnson")
        #expect(roles(outcome)["Quarterly fund letters, conferences and more"] == .removed)
    }

    @Test func releaseDateUpdateAndContactAreMetadata() {
        let outcome = convert("""
            Groups call the pause a stunt
            FOR IMMEDIATE RELEASE: June 10, 2020
            Contact: Evan Greer, (508) 555-0100, press@example.org
            UPDATED JUNE 11th: The company has now issued a similar statement, and the statement below has been updated.
            \(lede)
            """, date: nil)
        let article = outcome.article
        #expect(article?.date.iso == "2020-06-10")
        #expect(article?.updated?.iso == "2020-06-11")
        #expect(article?.contact == "Evan Greer, (508) 555-0100, press@example.org")
        #expect(article?.body.contains("Contact") == false)
        #expect(article?.body.contains("UPDATED JUNE 11th") == true)
    }

    @Test func repeatedPullQuotesGoButTheirFirstTellingStays() {
        let outcome = convert("""
            Title of the story
            \(lede)
            "Face surveillance gives governments the power to track us. It must be stopped."
            —Nicole Ozer, ACLU of North Carolina
            Ozer spoke at the rally on Tuesday morning before the council met to vote.
            "Face surveillance gives governments the power to track us," Nicole Ozer said. "It must be stopped."
            """)
        let found = roles(outcome)
        #expect(found["\"Face surveillance gives governments the power to track us. It must be stopped.\""] == .removed)
        #expect(found["—Nicole Ozer, ACLU of North Carolina"] == .removed)
        #expect(outcome.article?.quotes.count == 1)
    }

    @Test func trailingSocialPleaIsCutFromTheLastParagraph() {
        let outcome = convert("Title\n\(lede) Follow us on Twitter @example\n")
        #expect(outcome.article?.body == lede + "\n")
    }

    @Test func sitePatternsRemoveTheirLines() {
        let outcome = convert("Title\nBrought to you by the Example Network\n\(lede)\n", sitePatterns: ["^brought to you by"])
        #expect(roles(outcome)["Brought to you by the Example Network"] == .removed)
        #expect(outcome.decisions.contains { $0.reason == "site pattern '^brought to you by'" })
    }

    @Test func missingDateIsAnErrorNamingTheSidecar() {
        let outcome = convert("Title\n\(lede)\n", date: nil)
        #expect(outcome.article == nil)
        #expect(outcome.diagnostics.map(\.description) == [
            "content/sources/test.txt: error: no publication date in the text; give it in test.yaml as 'date: YYYY-MM-DD'",
        ])
    }

    @Test func linesShownTwiceGoButShortOnesAndQuotationsStay() {
        let outcome = convert("""
            Title of the story
            \(lede)
            Find out what's happening in your town with free updates.
            A second paragraph of the article, long enough to be one of its paragraphs.
            Find out what's happening in your town with free updates.
            We won.
            We won.
            """)
        #expect(outcome.decisions.filter { $0.reason == "repeated line: shown 2 times, site furniture" }.count == 2)
        #expect(outcome.article?.body.components(separatedBy: "We won.").count == 3)
    }

    @Test func signUpFormsAndConsentLinesGo() {
        let outcome = convert("""
            Title of the story
            \(lede)
            Stay informed
            By completing this form, I agree to receive occasional emails per the terms of the privacy statement.
            Residents who subscribe to the app's alerts see every post their neighbors make, and the police see them too once a request is granted by the company, which happens within days.
            """)
        let found = roles(outcome)
        #expect(found["Stay informed"] == .removed)
        #expect(found.first { $0.key.hasPrefix("By completing") }?.value == .removed)
        #expect(outcome.article?.body.hasSuffix("which happens within days.\n") == true)
    }

    @Test func aTrailingPleaGoesClauseByClauseWithItsLeadIn() {
        let outcome = convert("""
            Title of the story
            \(lede)
            Learn more about surveillance: Subscribe to our newsletter, follow us on Twitter, and like us on Facebook.
            The council meets again in June to hear from residents and the police. Sign up for updates at the city's site.
            """)
        #expect(roles(outcome).first { $0.key.hasPrefix("Learn more") }?.value == .removed)
        #expect(outcome.article?.body.hasSuffix("to hear from residents and the police.\n") == true)
    }

    @Test func relatedLinksHeadingCutsTheListAfterIt() {
        let list = convert("""
            Title of the story
            \(lede)
            A second paragraph of the article, long enough to be one of its paragraphs.
            Related Content
            National Security
            Council Bans Face Surveillance
            Court Case Jan 2025
            """)
        #expect(list.article?.body.contains("National Security") == false)
        #expect(list.decisions.contains { $0.reason == "heading of links to other pages" })
        let paragraphs = convert("""
            Title of the story
            \(lede)
            A second paragraph of the article, long enough to be one of its paragraphs.
            Learn more about the ordinance
            The ordinance bans city agencies from buying or using face surveillance, and it lets residents sue the city when it does.
            It also asks the police to report every request they make to the companies that sell the software to them.
            """)
        #expect(paragraphs.article?.body.contains("The ordinance bans") == true)
        #expect(roles(paragraphs)["Learn more about the ordinance"] == .body)
    }

    @Test func leadInsWithoutTheirLinksGoButLeadInsToTheTextStay() {
        let outcome = convert("""
            Title of the story
            \(lede)
            See the livestream at
            Read her full statement below:
            The demands are:
            """)
        let found = roles(outcome)
        #expect(found["See the livestream at"] == .removed)
        #expect(found["Read her full statement below:"] == .body)
        #expect(found["The demands are:"] == .body)
    }

    @Test func emptyLinkBracketsAndGluedPromosGo() {
        let outcome = convert("""
            Title of the story
            \(lede)
            [] []
            [] The council, on the other hand, voted to keep the cameras in the schools.
            Curbside shopping:Big Store launching curbside pickup at all stores nationwide
            Note: The council voted again on Friday
            """)
        let found = roles(outcome)
        #expect(found["[] []"] == .removed)
        #expect(outcome.article?.body.contains("The council, on the other hand, voted") == true)
        #expect(outcome.article?.body.contains("[]") == false)
        #expect(found.first { $0.key.hasPrefix("Curbside") }?.value == .removed)
        #expect(found["Note: The council voted again on Friday"] == .body)
    }
}

