import Content
import Testing
@testable import Ingest

@Suite struct HeaderTests {
    @Test func titleIsTheFirstHeadlineThatSharesWordsWithTheArticle() {
        let outcome = convert("""
            Jump to
            Example Network
            Crime & Safety
            Storms close every school in the county for a week
            Coalition wins a pause on face surveillance in the city
            \(twoParagraphs)
            """)
        #expect(outcome.article?.title == "Coalition wins a pause on face surveillance in the city")
        #expect(roles(outcome)["Jump to"] == .removed)
        for furniture in ["Example Network", "Crime & Safety", "Storms close every school in the county for a week"] {
            #expect(reason(outcome, furniture) == "page furniture above the title", "\(furniture)")
        }
    }

    @Test func aShortTitleThatEndsLikeASentenceIsStillTheTitle() {
        let outcome = convert("""
            The pause is a stunt. The city council should ban face surveillance.
            \(twoParagraphs)
            """)
        #expect(outcome.article?.title == "The pause is a stunt. The city council should ban face surveillance.")
        #expect(outcome.article?.body.hasPrefix("The city council voted") == true)
    }

    @Test func aShortFirstLineSharingNoWordsIsTheTitleWhenNothingElseIs() {
        #expect(convert("Title\n\(lede)\n").article?.title == "Title")
        let outcome = convert("""
            Notes: what we saw this week
            The coalition's petition reached the company on Tuesday, before the council met.
            \(twoParagraphs)
            """)
        #expect(outcome.article?.title == "Notes: what we saw this week")
        #expect(outcome.article?.body.hasPrefix("The coalition's petition") == true)
    }

    @Test func aTextThatOpensWithAParagraphHasNoTitleLine() {
        let opening = "The city council voted on Tuesday to pause face surveillance until the coalition's review is done, "
            + "becoming the largest city in the region to do so after a year of hearings."
        let outcome = convert("\(opening)\n\(lede)\n")
        #expect(outcome.article == nil)
        #expect(outcome.diagnostics.map(\.description) == [
            "content/sources/test.txt: error: no title line: the text opens with a paragraph; give the title in test.yaml as 'title: …'",
        ])
        let titled = Ingester(site: testSite()).convert(RawSource(
            file: "sources/test.txt", text: "\(opening)\n\(lede)\n",
            sidecar: SourceSidecar(title: "Council pauses face surveillance", date: Day(iso: "2021-05-19")),
            location: SourceLocation(file: "content/sources/test.txt")))
        #expect(titled.article?.title == "Council pauses face surveillance")
        #expect(titled.article?.body.hasPrefix("The city council voted") == true)
    }

    @Test func aPageTitleAroundTheHeadlineGivesWayToIt() {
        let outcome = convert("""
            px-counterCoalition wins a pause on face surveillance in the city - The Daily Ledger Skip to main content
            Coalition wins a pause on face surveillance in the city
            \(twoParagraphs)
            """)
        #expect(outcome.article?.title == "Coalition wins a pause on face surveillance in the city")
        #expect(outcome.decisions.first?.reason == "page title: the headline wrapped in the site's name or menu")
    }

    @Test func siteNameAndMenuAreCutFromTheTitleButADashClauseStays() {
        #expect(titleRead("Coalition wins a pause on face surveillance in the city | Daily Ledger")
                == "Coalition wins a pause on face surveillance in the city")
        #expect(titleRead("Coalition wins a pause on face surveillance – and the council votes again")
                == "Coalition wins a pause on face surveillance – and the council votes again")
    }

    @Test func headerLinesAfterTheTitleAreSortedAndNeverKeptAsBody() {
        let outcome = convert("""
            Coalition wins a pause on face surveillance in the city
            coalition members at the council
            Council Member Jane Roe.
            Jane Roe/Daily Ledger
            Coalition wins a pause on face surveillance in the city
            The council's pause on face surveillance follows the coalition's campaign
            Members of the coalition rallied outside the council before the vote
            Jake Johnson
            \(twoParagraphs)
            """)
        let article = outcome.article
        #expect(article?.author == "Jake Johnson")
        #expect(article?.subtitle == "The council's pause on face surveillance follows the coalition's campaign")
        #expect(reason(outcome, "coalition members at the council") == "image alt text: a short lowercase fragment")
        #expect(reason(outcome, "Council Member Jane Roe.") == "photo caption (next to its credit)")
        #expect(reason(outcome, "Jane Roe/Daily Ledger") == "photo caption or credit")
        #expect(outcome.decisions.filter { $0.reason == "repeats the title" }.count == 1)
        #expect(reason(outcome, "Members of the coalition rallied outside the council before the vote")
                == "extra header line: between the title and the article, after the subtitle")
        #expect(article?.body.hasPrefix("The city council voted") == true)
    }

    @Test func bylinesWithARoleReadingTimeAndCreditsAreNotBody() {
        let outcome = convert("""
            Coalition wins a pause on face surveillance in the city
            The council's vote follows a year of the coalition's campaign. Here is what it means for you.
            Jane Roe Former Senior Writer/Editor
            6 min read
            \(twoParagraphs)
            Pat Doe/Daily News
            The vote took 6 minutes, and the council adjourned.
            A protester outside the council on Tuesday.Pat Doe/Daily News
            """)
        let found = roles(outcome)
        #expect(outcome.article?.author == "Jane Roe")
        #expect(reason(outcome, "6 min read") == "reading time")
        #expect(found["Pat Doe/Daily News"] == .removed)
        #expect(found["A protester outside the council on Tuesday.Pat Doe/Daily News"] == .removed)
        #expect(found["The vote took 6 minutes, and the council adjourned."] == .body)
        // A photographer's outlet does not name the page's publisher.
        #expect(outcome.article?.source?.publisher == nil)
    }
}
