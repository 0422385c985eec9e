import Content
import Testing
@testable import Ingest

/// Paragraphs for texts whose date the header gives: none of them states a full date.
private let paragraphs = """
    The city council voted on Tuesday to pause face surveillance until the coalition's review is done.
    \(lede)
    Members of the coalition said they would keep watching the police department's use of cameras.
    """

@Suite struct DateLineTests {
    @Test func aDateAloneWithItsWeekdayTimeOrLabelIsADateLine() {
        let lines = [
            "May 23, 2018": "2018-05-23", "Nov 9, 2018": "2018-11-09", "JUNE 10, 2020": "2020-06-10",
            "Wednesday, June 10, 2020": "2020-06-10", "Dec. 1, 2018 / 11:43 PM GMT": "2018-12-01",
            "Sept. 9, 2020 11:45 p.m. Updated: Sept. 10, 2020 8:02 a.m.": "2020-09-09",
            "Published: 10 June 2020": "2020-06-10", "5/28/2020": "2020-05-28",
            "23 May 2018 |   | The Guardian": "2018-05-23", "Jun 25, 2020 |  Source": "2020-06-25",
            "Wed 10 Jun 2020 14.32 BST": "2020-06-10", "Big Brother Watch Team / May 13, 2019": "2019-05-13",
        ]
        for (text, iso) in lines {
            let line = DateLine(text)
            #expect(line?.kind == .published, "\(text)")
            #expect(line?.date?.iso == iso, "\(text)")
        }
    }

    @Test func whatADateLineSaysBesideItsDate() {
        #expect(DateLine("Sept. 9, 2020 11:45 p.m. Updated: Sept. 10, 2020 8:02 a.m.")?.updatedText
                == "Updated: Sept. 10, 2020 8:02 a.m.")
        #expect(DateLine("Updated June 11, 2020 at 10:45 a.m. EDT")?.kind == .updated)
        #expect(DateLine("August 28 at 8:00 AM").map { $0.date == nil } == true)
        #expect(DateLine("By Jane Doe | June 3, 2019")?.byline == "Jane Doe")
        #expect(DateLine("By Jane Doe | June 3, 2019")?.date?.iso == "2019-06-03")
    }

    @Test func sentencesAndHeadlinesWithADateAreNotDateLines() {
        for text in ["The council voted on June 10, 2020.", "Council meets June 10, 2020 at City Hall",
                     "Amazon shareholders to vote on facial recognition June 10, 2020", "Room 2305, 5th floor",
                     "June 10, 2020 was the day the council finally voted", "Top 10 things to know",
                     "Council and mayor disagree on the ban / June 10, 2020 vote delayed"] {
            #expect(DateLine(text) == nil, "\(text)")
        }
    }

    @Test func numericDatesAreMonthFirstUnlessTheyCannotBe() {
        let reference = Day(iso: "2021-05-19")
        func dates(_ text: String) -> [String] { DateFinder.find(in: text, reference: reference).map(\.start.iso) }
        #expect(dates("FILED DATE: 5/28/2020 9:00 AM") == ["2020-05-28"])
        #expect(dates("signed 28/5/2020") == ["2020-05-28"])
        #expect(dates("6/10/2020") == ["2020-06-10"])
        #expect(dates("13/13/2020 and 1/2 and 3/4 of 2,000/3") == [])
    }
}

@Suite struct HeaderDateTests {
    @Test func aDateLineUnderTheBylineIsThePublicationDate() {
        let outcome = convert("""
            Council votes to pause face surveillance in the city
            by Jane Roe
            May 15, 2019
            \(paragraphs)
            """, date: nil)
        #expect(outcome.article?.date.iso == "2019-05-15")
        #expect(outcome.article?.author == "Jane Roe")
        #expect(roles(outcome)["May 15, 2019"] == .date)
        #expect(reason(outcome, "May 15, 2019") == "date line: a date alone in the header")
    }

    @Test func aDateLineAboveTheTitleIsNeitherFurnitureNorTheTitle() {
        let outcome = convert("""
            NOV 9, 2018
            Council votes to pause face surveillance in the city
            \(paragraphs)
            """, date: nil)
        #expect(outcome.article?.date.iso == "2018-11-09")
        #expect(outcome.article?.title == "Council votes to pause face surveillance in the city")
        #expect(roles(outcome)["NOV 9, 2018"] == .date)
    }

    @Test func aDateLineBesideAnUpdateStamp() {
        let headers = [
            // A letter dated at its top, under the site's update stamp.
            "Updated: Oct 14, 2021\nJune 3, 2019\nDear Members of the Council:": ("2019-06-03", "2021-10-14"),
            "Sept. 9, 2020 11:45 p.m. Updated: Sept. 10, 2020 8:02 a.m.": ("2020-09-09", "2020-09-10"),
        ]
        for (header, (date, updated)) in headers {
            let outcome = convert("Coalition letter asks the council to pause face surveillance\n\(header)\n\(paragraphs)\n",
                                  date: nil)
            #expect(outcome.article?.date.iso == date, "\(header)")
            #expect(outcome.article?.updated?.iso == updated, "\(header)")
        }
    }

    @Test func anUpdateDateIsThePublicationDateOnlyWhenNothingElseIs() {
        let alone = convert("""
            Council votes to pause face surveillance in the city
            Updated June 11, 2020 at 10:45 a.m. EDT
            \(paragraphs)
            """, date: nil)
        #expect(alone.article?.date.iso == "2020-06-11")
        #expect(alone.article?.updated == nil)
        let published = convert("""
            Council votes to pause face surveillance in the city
            Updated June 11, 2020 at 10:45 a.m. EDT
            June 10, 2020
            \(paragraphs)
            """, date: nil)
        #expect(published.article?.date.iso == "2020-06-10")
        #expect(published.article?.updated?.iso == "2020-06-11")
    }

    @Test func forImmediateReleaseThenItsDateOnTheNextLine() {
        let outcome = convert("""
            FOR IMMEDIATE RELEASE
            June 11, 2020
            Coalition calls the council's pause on face surveillance a first step
            \(paragraphs)
            """, date: nil)
        #expect(outcome.article?.date.iso == "2020-06-11")
        #expect(outcome.article?.title == "Coalition calls the council's pause on face surveillance a first step")
        #expect(roles(outcome)["FOR IMMEDIATE RELEASE"] == .date)
    }

    @Test func aReleaseLineWithTheDateGluedToOtherText() {
        let outcome = convert("""
            Coalition calls the council's pause on face surveillance a first step
            For Immediate Release: June 11, 2020 Contact: Jane Roe, press@example.org, (555) 010-0100, for the coalition
            \(paragraphs)
            """, date: nil)
        #expect(outcome.article?.date.iso == "2020-06-11")
    }

    @Test func aFilingsStampGivesItsFilingDateNotItsHearingDate() {
        let outcome = convert("""
            Return Date: No return date scheduled Hearing Date: 9/25/2020 9:30 AM Courtroom Number: 2305
            v. FILED DATE: 5/28/2020 9:00 AM 2020CH04353 EXAMPLE CORP., a Delaware corporation,
            Coalition complaint against the city's face surveillance program
            \(paragraphs)
            """, date: nil)
        #expect(outcome.article?.date.iso == "2020-05-28")
    }

    @Test func aPressReleaseDatelineOpensItsFirstParagraph() {
        for (opening, iso) in ["SEATTLE, June 10, 2020 —": "2020-06-10", "Washington (September 5, 2019) –": "2019-09-05",
                               "WASHINGTON, D.C. -- June 10, 2020 --": "2020-06-10",
                               "BOSTON, June 24, 2020 /PRNewswire/ --": "2020-06-24"] {
            let outcome = convert("""
                Coalition calls the council's pause on face surveillance a first step
                \(opening) The coalition welcomed the council's vote to pause face surveillance in the city today.
                \(lede)
                """, date: nil)
            #expect(outcome.article?.date.iso == iso, "\(opening)")
        }
    }

    @Test func aDateTheArticleTellsOfIsNotItsPublicationDate() {
        for paragraph in ["The council will vote on June 10, 2020, on whether to pause face surveillance in the city.",
                          "On June 10, 2020 – a Wednesday – the council voted to pause face surveillance in the city.",
                          "Amazon announced on June 10, 2020 that it would pause police use of its face surveillance tool."] {
            let outcome = convert("Council votes to pause face surveillance in the city\n\(paragraph)\n\(lede)\n", date: nil)
            #expect(outcome.article == nil, "\(paragraph)")
        }
    }

    @Test func aDateLineDeepInTheArticleIsNotTheHeaders() {
        let outcome = convert("""
            Council votes to pause face surveillance in the city
            \(paragraphs)
            The coalition's timeline of the campaign, from its first letter to the vote, follows below.
            A second letter went to the council after the first hearing on the police cameras.
            June 10, 2020
            The council voted to pause face surveillance until the coalition's review is done.
            """, date: nil)
        #expect(outcome.article == nil)
        #expect(roles(outcome)["June 10, 2020"] == .body)
    }

    @Test func aReleaseLineComesBeforeADatelineInTheBody() {
        let outcome = convert("""
            Coalition calls the council's pause on face surveillance a first step
            FOR IMMEDIATE RELEASE: June 11, 2020
            SEATTLE, June 10, 2020 — The coalition welcomed the council's vote to pause face surveillance in the city.
            \(lede)
            """, date: nil)
        #expect(outcome.article?.date.iso == "2020-06-11")
    }
}
