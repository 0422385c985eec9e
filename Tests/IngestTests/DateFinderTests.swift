import Content
import Foundation
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

/// `DateCues` lets a pattern run only where its words are: it must never hide a date.
@Suite struct DateCuesTests {
    let reference = Day(iso: "2021-05-19")!

    func same(_ text: String) -> Bool {
        let cued = DateFinder.find(in: text, reference: reference, cues: DateCues(text))
        return cued == DateFinder.find(in: text, reference: reference, cues: nil)
    }

    @Test func everyFormIsStillRead() {
        for text in ["June 7th - June 11th, 2021", "JUNE 7-11", "Thursday, July 25, 2019", "Sept. 5", "10 June 2020",
                     "2020-06-10", "5/28/2020", "MAY 2021", "in May", "last Wednesday", "next year", "yesterday",
                     "since 2019", "in ٢٠١٩", "Dec.\u{00A0}1, 2018"] {
            #expect(!DateFinder.find(in: text, reference: reference).isEmpty || text == "in ٢٠١٩", "\(text)")
            #expect(same(text), "\(text)")
        }
    }

    @Test func textsWithoutCuesSkipThePatterns() {
        let cues = DateCues("The Mayor of Marchville decided, yearly, to sue the Decemberists on Mondays")
        #expect(!cues.allow(.monthDay) && !cues.allow(.weekday) && !cues.allow(.relativeYear) && !cues.allow(.iso))
        #expect(DateCues("a 2019 report").allow(.year) && DateCues("on Monday").allow(.weekday))
    }

    /// Every line of the seeds and of the loader's evaluation set reads the same dates either way.
    @Test func realTextsReadTheSameDates() throws {
        let folders = ["content/sources", "Tests/Fixtures/loader-eval/content/sources"].map {
            GoldenTests.repository.appendingPathComponent($0)
        }
        var lines = 0
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    lines += 1
                    #expect(same(String(line)), "\(name): \(line.prefix(80))")
                }
            }
        }
        #expect(lines > 1_000)
    }
}
