import Content
import Foundation
import Testing

/// Dates are kept to the years iCalendar and the sitemap's XML Schema can hold.
@Suite struct DateRangeTests {
    /// A site with `day` in one date field, and where it is written.
    struct Field: Sendable, CustomStringConvertible {
        var description: String
        var files: @Sendable (String) -> [String: String]
        var place: String
    }

    static let fields: [Field] = [
        Field(description: "article date", files: { day in
            ["content/articles/x.md": "---\ntitle: X\ndate: \(day)\n---\nBody\n"]
        }, place: "content/articles/x.md:3:7"),
        Field(description: "article updated", files: { day in
            ["content/articles/x.md": "---\ntitle: X\ndate: 1000-01-01\nupdated: \(day)\n---\nBody\n"]
        }, place: "content/articles/x.md:4:10"),
        Field(description: "event date", files: { day in
            ["content/events.yaml": "- id: e\n  title: E\n  location: X\n  date: \(day)\n"]
        }, place: "content/events.yaml:4:9"),
        Field(description: "event start", files: { day in
            ["content/events.yaml": "- id: e\n  title: E\n  location: X\n  start: \(day)\n"]
        }, place: "content/events.yaml:4:10"),
        Field(description: "event end", files: { day in
            ["content/events.yaml": "- id: e\n  title: E\n  location: X\n  start: 1000-01-01\n  end: \(day)\n"]
        }, place: "content/events.yaml:5:8"),
        Field(description: "sidecar date", files: { day in
            ["content/sources/s.txt": "A Title\n\nText.\n", "content/sources/s.yaml": "date: \(day)\n"]
        }, place: "content/sources/s.yaml:1:7"),
        Field(description: "sidecar updated", files: { day in
            ["content/sources/s.txt": "A Title\n\nText.\n", "content/sources/s.yaml": "updated: \(day)\n"]
        }, place: "content/sources/s.yaml:1:10"),
    ]

    @Test(arguments: fields)
    func refusesYearsOutsideOneThousandToNineThousandNineHundredNinetyEight(_ field: Field) throws {
        let key = field.description.split(separator: " ").last!
        for day in ["0000-01-01", "0999-12-31", "9999-01-01", "9999-12-31"] {
            let found = try errors(field.files(day))
            #expect(found == ["\(field.place): error: '\(key)' (\(day)) must be in the years 1000 to 9998, "
                              + "which calendars and sitemaps can hold"], "\(day)")
        }
    }

    @Test(arguments: fields)
    func acceptsTheFirstAndLastDaysOfTheRange(_ field: Field) throws {
        for day in ["1000-01-01", "9998-12-31"] {
            #expect(try errors(field.files(day)) == [], "\(day)")
        }
    }
}
