import Foundation
import TestSupport
import Testing

/// The first and last days content may write, under an unusual but valid base URL, still give
/// calendars, a sitemap and feeds that outside parsers accept.
@Suite struct ExtremeValuesTests {
    func extremeSite() throws -> URL {
        let site = try scratchCopy(of: "minimal")
        let content = site.appendingPathComponent("content")
        let config = content.appendingPathComponent("site.yaml")
        let yaml = try String(contentsOf: config, encoding: .utf8)
            .replacingOccurrences(of: "https://fixture.example/campaign", with: "http://localhost:8080/~team/%C3%A9t%C3%A9")
        try Data(yaml.utf8).write(to: config)
        let events = content.appendingPathComponent("events.yaml")
        try Data((try String(contentsOf: events, encoding: .utf8) + """
            - id: long-haul
              title: "Long haul"
              start: 1000-01-01
              end: 9998-12-31
              location: "Everywhere"
            - id: last-day
              title: "Last day"
              date: 9998-12-31
              location: "Here"

            """).utf8).write(to: events)
        for (name, day) in [("first", "1000-01-01"), ("last", "9998-12-31")] {
            let article = "---\ntitle: \"\(name)\"\ndate: \(day)\norganizations: [acme]\nevents: [long-haul, last-day]\n---\nBody.\n"
            try Data(article.utf8).write(to: content.appendingPathComponent("articles/\(name).md"))
        }
        return site
    }

    @Test(.timeLimit(.minutes(2))) func calendarsSitemapAndFeedsAreValidAtTheEndsOfTheRange() async throws {
        let site = try extremeSite(), output = temporaryFolder()
        defer { removeFolders(site, output) }
        try await build(site, into: output)

        let haul = try read(output, "events/long-haul.ics")
        #expect(haul.contains("DTSTART;VALUE=DATE:10000101\r\n") && haul.contains("DTEND;VALUE=DATE:99990101\r\n"))
        #expect(try read(output, "events/last-day.ics").contains("DTEND;VALUE=DATE:99990101\r\n"))
        let script = """
            import sys, icalendar
            for path in sys.argv[1:]:
                with open(path, 'rb') as f:
                    for event in icalendar.Calendar.from_ical(f.read()).walk('VEVENT'):
                        print(event.decoded('DTSTART').isoformat(), event.decoded('DTEND').isoformat())
            """
        let ics = ["events/long-haul.ics", "events/last-day.ics"].map { output.appendingPathComponent($0).path }
        let run = try runTool(["python3", "-c", script] + ics)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.stdout.contains("1000-01-01 9999-01-01\n9998-12-31 9999-01-01"), "\(run.output)")

        let schema = fixtures.appendingPathComponent("schemas/sitemap.xsd")
        let sitemap = try runTool(["xmllint", "--noout", "--schema", schema.path, output.appendingPathComponent("sitemap.xml").path])
        #expect(sitemap.status == 0 && sitemap.output.contains("validates"), "\(sitemap.output)")
        let text = try read(output, "sitemap.xml")
        #expect(text.contains("<loc>http://localhost:8080/~team/%C3%A9t%C3%A9/articles/last/</loc><lastmod>9998-12-31</lastmod>"))
        #expect(text.contains("<loc>http://localhost:8080/~team/%C3%A9t%C3%A9/articles/first/</loc><lastmod>1000-01-01</lastmod>"))

        let feed = try runTool(["python3", "-c", "import feedparser, sys; d = feedparser.parse(sys.argv[1]); "
                                + "print(int(d.bozo), d.bozo_exception if d.bozo else '', d.feed.updated)",
                                output.appendingPathComponent("feed.xml").path])
        #expect(feed.stdout.hasPrefix("0  9998-12-31T00:00:00Z"), "\(feed.output)")
    }
}
