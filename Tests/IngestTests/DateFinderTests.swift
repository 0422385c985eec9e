import Content
import Testing
@testable import Ingest

@Suite struct DateFinderTests {
    let reference = Day(iso: "2021-05-19")! // a Wednesday

    func dates(_ text: String) -> [String] {
        DateFinder.find(in: text, reference: reference).map { $0.start == $0.end ? $0.start.iso : "\($0.start.iso)..\($0.end.iso)" }
    }

    @Test func absoluteDates() {
        #expect(dates("On June 10, 2020 and June 10th and 2020-06-11.") == ["2020-06-10", "2021-06-10", "2020-06-11"])
        #expect(dates("It ends in May 2021.") == ["2021-05-01..2021-05-31"])
        #expect(dates("Seen on 3 March 2019.") == ["2019-03-03"])
    }

    @Test func ranges() {
        #expect(dates("A week of action June 7th - June 11th.") == ["2021-06-07..2021-06-11"])
        #expect(dates("From June 7-11, 2020.") == ["2020-06-07..2020-06-11"])
    }

    @Test func datesRelativeToThePublicationDate() {
        #expect(Day(iso: "2021-05-19")!.weekday == 3)
        #expect(dates("said on Wednesday") == ["2021-05-19"])
        #expect(dates("in a Thursday statement") == ["2021-05-13"])
        #expect(dates("extended in May") == ["2021-05-01..2021-05-31"])
        #expect(dates("a deal in August") == ["2020-08-01..2020-08-31"])
        #expect(dates("unlike last year") == ["2020-01-01..2020-12-31"])
        #expect(dates("as of yesterday") == ["2021-05-18"])
    }

    @Test func datesOutsideTheYearsContentMayWriteAreNotFound() {
        #expect(dates("On June 10, 0000 and in 0999 and on 9999-01-01.") == [])
        #expect(dates("From 1000-01-01 to 9998-12-31.") == ["1000-01-01", "9998-12-31"])
    }

    @Test func numbersThatAreNotDatesAreLeftAlone() {
        #expect(dates("More than 2,000 partnerships and 28 members of Congress.") == [])
        #expect(dates("May we ask?") == [])
    }

    @Test func aWeekdayBeforeAWrittenDateIsThatDate() {
        #expect(dates("introduced as of Thursday, May 20.") == ["2021-05-20"])
        #expect(dates("on Thursday 20 May 2021") == ["2021-05-20"])
        #expect(dates("Wednesday, June 10, 2020") == ["2020-06-10"])
        // The year the weekday falls in, when the text gives none; else the written date wins.
        #expect(dates("Thursday, December 31") == ["2020-12-31"])
        #expect(dates("Monday, May 20") == ["2021-05-20"])
    }

    @Test func anUpdateDatedWithItsWeekdayIsRead() {
        let outcome = convert("""
            Groups welcome the bill
            FOR IMMEDIATE RELEASE: July 23, 2019
            UPDATE: The bill has now been introduced as of Thursday, July 25.
            \(lede)
            """, date: nil)
        #expect(outcome.article?.updated?.iso == "2019-07-25")
    }
}
