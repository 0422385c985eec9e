import Content
import Testing
@testable import Ingest

@Suite struct TitleTests {
    @Test func aNewsLabelOrAnOutletTheArticleNeverNamesIsNotPartOfTheTitle() {
        // The two paragraphs never name Bloomberg.
        for line in ["BREAKING: Coalition wins a pause on face surveillance in the city",
                     "Bloomberg: Coalition wins a pause on face surveillance in the city",
                     "Exclusive: Coalition wins a pause on face surveillance in the city"] {
            #expect(titleRead(line) == "Coalition wins a pause on face surveillance in the city", "\(line)")
        }
    }

    @Test func aSubjectBeforeAColonThatTheArticleNamesStays() {
        for title in ["ACLU: Amazon should not sell face surveillance to the police",
                      "Coalition tells council: Pause face surveillance in the city now",
                      "Council Vote: Coalition Wins a Pause on Face Surveillance"] {
            let outcome = convert("\(title)\n\(twoParagraphs)\nThe ACLU said Amazon should stop selling its tools to the police.\n")
            #expect(outcome.article?.title == title)
        }
    }

    @Test func aFootnoteMarkAfterTheHeadlineGoes() {
        #expect(titleRead("Coalition wins a pause on face surveillance in the city!1")
                == "Coalition wins a pause on face surveillance in the city!")
        #expect(titleRead("Coalition wins a pause on face surveillance, version 2.0")
                == "Coalition wins a pause on face surveillance, version 2.0")
    }

    @Test func releaseLabelsAreNotTheTitleOrTheByline() {
        let title = "Face Surveillance Is Doing Harm Right Now. The Council Should Pause It."
        let outcome = convert("For Immediate Release\nPress Release\n\(title)\n\(twoParagraphs)\n")
        #expect(outcome.article?.title == title)
        #expect(outcome.article?.author == nil)
        #expect(roles(outcome)["For Immediate Release"] == .date)
        #expect(roles(outcome)["Press Release"] == .removed)
    }

    @Test func linesThatCannotBeATitleArePassedOver() {
        let outcome = convert("""
            top of page
            Coalition letter asks the council to pause its program
            \(twoParagraphs)
            """)
        #expect(outcome.article?.title == "Coalition letter asks the council to pause its program")
        #expect(roles(outcome)["top of page"] == .removed)
        // A brand that opens in lowercase is still a title.
        #expect(titleRead("eBay bans face surveillance cameras after the coalition's review")
                == "eBay bans face surveillance cameras after the coalition's review")
    }

    @Test func aTextWithoutAHeadlineHasNoTitleLine() {
        let texts = [
            "police officer at a laptop and the coalition's doorbell camera",
            "<<\nunofficial copy",
            "Source: Jane Roe",
            "Dive Brief:",
            "Tags: , , , ,\nCategories: Police Surveillance US News",
        ]
        for opening in texts {
            let outcome = convert("\(opening)\n\(twoParagraphs)\n")
            #expect(outcome.article == nil, "\(opening)")
            #expect(!outcome.decisions.contains { $0.role == .title }, "\(opening)")
        }
        let tagged = convert("Tags: , , , ,\nCategories: Police Surveillance US News\n\(twoParagraphs)\n")
        #expect(reason(tagged, "Categories: Police Surveillance US News") == "tags or categories")
        let altText = convert("police officer at a laptop and the coalition's doorbell camera\n\(twoParagraphs)\n")
        #expect(reason(altText, "police officer at a laptop and the coalition's doorbell camera")?.hasPrefix("image alt text") == true)
    }

    @Test func aLongOneSentenceOpeningIsALedeNotATitle() {
        let opening = "Lawmakers in the city have voted unanimously to pause the use of any face surveillance by the police."
        let outcome = convert("\(opening)\n\(twoParagraphs)\n")
        #expect(outcome.article == nil)
        // Short, two sentences, or a question: still a headline.
        for title in ["The pause is a stunt. The council should ban face surveillance for good, and soon.",
                      "Why did the city council vote to pause face surveillance until the coalition's review is done?"] {
            #expect(titleRead(title) == title)
        }
    }

    @Test func wordsAreCountedNoFurtherThanNeeded() {
        #expect("one two three".wordCount(upTo: 5) == 3)
        #expect("one two three".wordCount(upTo: 2) == 3)
        #expect("one, two. ...".wordCount(upTo: 2) == 2)
        #expect("  one two  ".wordCount(upTo: 2) == 2)
        #expect(String(repeating: "word ", count: 100_000).wordCount(upTo: 30) == 31)
    }
}

/// A court complaint copied from its PDF: the parties' labels are its caption, and the lines of a
/// wrapped sentence under its title are neither a headline nor header furniture.
@Suite struct WrappedComplaintTitleTests {
    @Test func theTitleIsNotALineOfAWrappedSentence() {
        let outcome = convert("""
            Plaintiffs,

            Defendant.

            COMPLAINT

            Plaintiffs American Civil Liberties Union (“ACLU”), Fight for the Future, and the

            Coalition Against Face Surveillance (“CAFS”) of Seattle Washington and Boston

            bring this Complaint against the company for its unlawful capture of the faces of millions of residents.
            """)
        #expect(outcome.article?.title == "COMPLAINT")
        #expect(reason(outcome, "Defendant.") == "court filing's caption or clerk's stamp")
        #expect(roles(outcome)["Coalition Against Face Surveillance (“CAFS”) of Seattle Washington and Boston"] == .body)
        #expect(roles(outcome)["Plaintiffs American Civil Liberties Union (“ACLU”), Fight for the Future, and the"] == .body)
    }

    @Test func aHeadlineEndingInAWordIsStillAHeadline() {
        #expect(titleRead("Council bans face surveillance in a unanimous vote") == "Council bans face surveillance in a unanimous vote")
        #expect(!Cleaner.endsMidClause("Ring’s deal with police, explained"))
        #expect(Cleaner.endsMidClause("American Civil Liberties Union of"))
    }
}
