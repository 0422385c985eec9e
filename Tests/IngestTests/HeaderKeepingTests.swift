@testable import Content
import Testing
@testable import Ingest

/// Header and article lines that rules of place, shape and repetition took for furniture on pages
/// they had not seen, and the furniture that looks like them and still goes.
@Suite struct HeaderKeepingTests {
    let title = "Amazon faces new questions over police use of Ring cameras"
    let article = """
        Amazon's Ring doorbell company has partnered with hundreds of police departments, lawmakers said on Tuesday in a letter.
        The letter asks Ring to explain how police request footage from its customers and what happens to the video afterward.
        Ring said it would respond to the letter and that customers control whether to share their footage with police.
        """

    func header(_ lines: String) -> IngestOutcome {
        convert("\(title)\n\(lines)\n\(article)\n")
    }

    @Test func aStandfirstThatSharesNoWordsWithAShortExcerptStaysButAButtonGoes() {
        let standfirst = "A congressional subcommittee is demanding documents from the company."
        let outcome = header("\(standfirst)\nAdd to list")
        #expect(roles(outcome)[standfirst] == .subtitle)
        #expect(outcome.article?.subtitle == standfirst)
        #expect(reason(outcome, "Add to list") == Cleaner.teaserReason)
        #expect(!Cleaner.isStandfirstShaped("Listen to story"))
        #expect(!Cleaner.isStandfirstShaped("Share this article with your friends and family:"))
        #expect(!Cleaner.isStandfirstShaped("Quarterly fund letters, conferences and more"))
    }

    @Test func aDatelineAloneStaysButASectionLabelGoes() {
        let outcome = header("WASHINGTON —\nTechnology")
        #expect(reason(outcome, "WASHINGTON —") == Cleaner.loneDatelineReason)
        #expect(roles(outcome)["Technology"] == .removed)
        #expect(Cleaner.isLoneDateline("SEATTLE (AP) —"))
        #expect(Cleaner.isLoneDateline("PORTLAND, Maine -"))
        #expect(!Cleaner.isLoneDateline("WASHINGTON — Lawmakers asked Ring on Tuesday to explain its police deals."))
        #expect(!Cleaner.isLoneDateline("Privacy —"))
    }

    @Test func aBylineOpeningWrittenByIsTheAuthorsButASentenceIsNot() {
        let outcome = header("Written by Jane Doe")
        #expect(roles(outcome)["Written by Jane Doe"] == .author)
        #expect(outcome.article?.author == "Jane Doe")
        let sentence = "Written by hand, the letter reached the company on Tuesday, and Ring said it would answer soon."
        #expect(roles(convert("\(title)\n\(article)\n\(sentence)\n\(secondParagraph)\n"))[sentence] == .body)
    }

    @Test func aLettersClosingAndSignaturesStayButAPagesButtonsAfterThemGo() {
        let outcome = convert("\(title)\n\(article)\nSincerely,\nJane Doe\nExecutive Director, Example Coalition\nFollow us on Twitter\n")
        for line in ["Sincerely,", "Jane Doe", "Executive Director, Example Coalition"] {
            #expect(roles(outcome)[line] == .body, "\(line)")
        }
        #expect(reason(outcome, "Jane Doe") == Cleaner.signatureReason)
        #expect(roles(outcome)["Follow us on Twitter"] == .removed)
        // Without a closing, a name alone after the article's end is a page's line.
        let unsigned = convert("\(title)\n\(article)\nJane Doe\n")
        #expect(roles(unsigned)["Jane Doe"] == .removed)
    }

    @Test func aParagraphShownTwiceKeepsItsFirstCopyButASignUpBoxGoesEveryTime() {
        let paragraph = "Ring has partnered with more than 900 police departments across the US since 2018, the letter says."
        let signUp = "Find out what's happening in your town with the latest updates from the site."
        let outcome = convert("\(title)\n\(paragraph)\n\(signUp)\n\(article)\n\(signUp)\n\(paragraph)\n")
        let decisions = outcome.decisions.filter { $0.line.text == paragraph }
        #expect(decisions.map(\.role) == [.body, .removed])
        #expect(decisions.last?.reason == Cleaner.repeatedCopyReason)
        #expect(outcome.decisions.filter { $0.line.text == signUp }.allSatisfy { $0.role == .removed })
    }

    @Test func aDottedDateADashedNameAndAReadingTimeBesideTheDateAreTheHeadersDate() {
        for (line, date) in [("by Countable | 5.15.19", "2019-05-15"), ("05.15.2019", "2019-05-15"),
                             ("Jane Doe — May 15, 2019", "2019-05-15"), ("Jane Doe · 3 min read · May 15, 2019", "2019-05-15"),
                             ("Jane Doe on May 15, 2019", "2019-05-15"), ("2019-05-15T10:30:00Z", "2019-05-15")] {
            let outcome = convert("\(title)\n\(line)\n\(article)\n", date: nil)
            #expect(outcome.article?.date.iso == date, "\(line)")
            #expect(roles(outcome)[line] != .removed, "\(line)")
        }
        // A version number, a sentence with a dash, a score: no date line.
        #expect(DateLine("Version 2.3.19 of the app") == nil)
        #expect(DateLine("Jane Doe on May 15, 2019")?.byline == "Jane Doe")
        #expect(DateLine("Council votes on May 15, 2019 to ban the cameras") == nil)
        #expect(DateLine("The council voted — and on May 15, 2019 the ban took effect across the city") == nil)
        #expect(DateLine.slashingDottedDates("Release 10.4.2 notes") == "Release 10.4.2 notes")
    }

    @Test func contactDetailsUnderTheTitleAreHeaderButAButtonIsNot() {
        let outcome = header("Media Contact\nJane Doe, 555-123-4567\nDownload this story 17MB")
        #expect(reason(outcome, "Jane Doe, 555-123-4567") == Cleaner.contactDetailsReason)
        #expect(roles(outcome)["Download this story 17MB"] == .removed)
        #expect(Cleaner.isContactDetails("press@example.org"))
        #expect(!Cleaner.isContactDetails("The company has 555 police partners across 1,000 cities."))
    }

    @Test func aLettersHeadAndSignaturesStayButItsPageNumberGoes() {
        let letter = """
            United States Senate
            WASHINGTON, DC 20510
            July 16, 2019
            The Honorable Jeff Bezos
            Chief Executive Officer
            Amazon.com, Inc.
            410 Terry Avenue North
            Seattle, WA 98109
            Dear Mr. Bezos:
            We write to express our concerns about Ring's partnerships with police departments across the country.
            Reports indicate that Ring has partnered with more than 400 police departments, giving them a portal for footage.
            Sincerely,
            Edward J. Markey
            United States Senator
            Ron Wyden
            United States Senator
            Page 2 of 2

            """
        let outcome = convert(letter, date: nil)
        let found = outcome.decisions.map { ($0.line.text, $0.role) }
        for (text, role) in found where text != "Page 2 of 2" { #expect(role != .removed, "\(text)") }
        #expect(roles(outcome)["Page 2 of 2"] == .removed)
        #expect(reason(outcome, "Amazon.com, Inc.") == Cleaner.addressBlockReason)
        #expect(outcome.article?.author == nil)
        // A promo in capitals is still one; a place and its postal code is an address.
        #expect(Cleaner.isPostalLine("WASHINGTON, DC 20510"))
        #expect(!Cleaner.isPostalLine("CALL YOUR SENATOR TODAY AT 202-224-3121"))
    }
}
