import Content
import Foundation
import Testing

/// Dates are kept to the years iCalendar and the sitemap's XML Schema can hold.
@Suite struct DateRangeTests {
    static let fields: [FieldCase] = [
        FieldCase(description: "article date", file: "content/articles/x.md",
                  template: "---\ntitle: X\ndate: VALUE\n---\nBody\n", at: "3:7"),
        FieldCase(description: "article updated", file: "content/articles/x.md",
                  template: "---\ntitle: X\ndate: 1000-01-01\nupdated: VALUE\n---\nBody\n", at: "4:10"),
        FieldCase(description: "event date", file: "content/events.yaml",
                  template: "- id: e\n  title: E\n  location: X\n  date: VALUE\n", at: "4:9"),
        FieldCase(description: "event start", file: "content/events.yaml",
                  template: "- id: e\n  title: E\n  location: X\n  start: VALUE\n", at: "4:10"),
        FieldCase(description: "event end", file: "content/events.yaml",
                  template: "- id: e\n  title: E\n  location: X\n  start: 1000-01-01\n  end: VALUE\n", at: "5:8"),
        FieldCase(description: "sidecar date", file: "content/sources/s.yaml", template: "date: VALUE\n",
                  others: ["content/sources/s.txt": "A Title\n\nText.\n"], at: "1:7"),
        FieldCase(description: "sidecar updated", file: "content/sources/s.yaml", template: "updated: VALUE\n",
                  others: ["content/sources/s.txt": "A Title\n\nText.\n"], at: "1:10"),
    ]

    @Test(arguments: fields)
    func refusesYearsOutsideOneThousandToNineThousandNineHundredNinetyEight(_ field: FieldCase) throws {
        let key = field.description.split(separator: " ").last!
        for day in ["0000-01-01", "0999-12-31", "9999-01-01", "9999-12-31"] {
            let found = try errors(field.files(day))
            #expect(found == ["\(field.place): error: '\(key)' (\(day)) must be in the years 1000 to 9998, "
                              + "which calendars and sitemaps can hold"], "\(day)")
        }
    }

    @Test(arguments: fields)
    func acceptsTheFirstAndLastDaysOfTheRange(_ field: FieldCase) throws {
        for day in ["1000-01-01", "9998-12-31"] {
            #expect(try errors(field.files(day)) == [], "\(day)")
        }
    }
}
