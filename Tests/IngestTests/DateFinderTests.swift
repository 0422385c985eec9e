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

    @Test func numbersThatAreNotDatesAreLeftAlone() {
        #expect(dates("More than 2,000 partnerships and 28 members of Congress.") == [])
        #expect(dates("May we ask?") == [])
    }
}
