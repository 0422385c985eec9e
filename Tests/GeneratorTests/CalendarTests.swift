@testable import Generator
@testable import Content
import Foundation
import TestSupport
import Testing

@Suite struct CalendarTests {
    let calendarFixture = fixtures.appendingPathComponent("calendar")

    // MARK: - Text

    @Test func foldsAtSeventyFiveOctetsWithoutSplittingScalars() {
        let value = String(repeating: "Überwachung 🚫 監視 — ", count: 20)
        let line = "DESCRIPTION:" + ICalendarText.escape(value)
        let folded = ICalendarText.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical.count > 5)
        for (position, part) in physical.enumerated() {
            #expect(part.utf8.count <= 75, "line \(position) has \(part.utf8.count) octets")
            if position > 0 { #expect(part.hasPrefix(" ")) }
        }
        // Lines are as full as they can be: the next scalar would not have fit.
        #expect(physical.dropLast().allSatisfy { $0.utf8.count >= 72 })
        #expect(ICalendarText.unfold(folded) == line)
        // Splitting only between scalars keeps each physical line valid UTF-8 on its own.
        #expect(physical.allSatisfy { String(data: Data($0.utf8), encoding: .utf8) == $0 })
        #expect(ICalendarText.fold("SUMMARY:short") == "SUMMARY:short")
        let exact = "X:" + String(repeating: "a", count: 73)
        #expect(ICalendarText.fold(exact) == exact)
        #expect(ICalendarText.fold(exact + "é") == exact + "\r\n é")
    }

    @Test func escapesText() {
        #expect(ICalendarText.escape(#"a\b; c, d"#) == #"a\\b\; c\, d"#)
        #expect(ICalendarText.escape("one\ntwo\r\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
        #expect(ICalendarText.escape("tab\there\u{7}") == "tab here")
        var ics = ICalendarText()
        ics.text("SUMMARY", "Rally; march, speak")
        ics.property("URL", "https://example.org/a,b;c")
        #expect(ics.text == "SUMMARY:Rally\\; march\\, speak\r\nURL:https://example.org/a,b;c\r\n")
    }

    @Test func utcOffsetsAndDays() {
        #expect(Calendars.utcOffset(-18_000) == "-0500")
        #expect(Calendars.utcOffset(19_800) == "+0530")
        #expect(Calendars.utcOffset(0) == "+0000")
        #expect(Calendars.utcOffset(-(3600 + 61)) == "-010101")
        #expect(Day(iso: "2021-06-30")!.adding(days: 1) == Day(iso: "2021-07-01")!)
        #expect(Day(iso: "2020-02-28")!.adding(days: 1) == Day(iso: "2020-02-29")!)
        #expect(Day(iso: "2021-12-31")!.adding(days: 1) == Day(iso: "2022-01-01")!)
        #expect(Calendars.host(of: "https://Example.ORG:8443/campaign/") == "example.org")
        #expect(Calendars.host(of: nil) == "placard.invalid")
    }

    // MARK: - Built calendars

    @Test func writesOneCalendarPerEventAndOneWithAll() async throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        try await build(calendarFixture, into: output)
        let built = files(in: output).filter { $0.hasSuffix(".ics") }
        #expect(built == ["events/calendar.ics", "events/council-vote.ics", "events/town-hall.ics",
                          "events/virtual-protest.ics", "events/week-of-action.ics"])
        let all = try read(output, "events/calendar.ics")
        #expect(all.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Placard//Placard test//EN\r\n"
                              + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"
                              + #"X-WR-CALNAME:Calendar Fixture\, with\; special\\characters"# + "\r\n"))
        #expect(all.hasSuffix("END:VCALENDAR\r\n"))
        #expect(uids(all) == ["council-vote", "week-of-action", "town-hall", "virtual-protest"]
            .map { "\($0)@calendar.example" })
        // CRLF everywhere: no bare LF, no bare CR.
        #expect(!all.replacingOccurrences(of: "\r\n", with: "").contains { $0 == "\n" || $0 == "\r" })
        #expect(all.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })

        let single = try read(output, "events/week-of-action.ics")
        #expect(single.contains("X-WR-CALNAME:Week of action\r\n"))
        #expect(uids(single) == ["week-of-action@calendar.example"])
        let week = try properties(single)
        // June 7–11 inclusive: the exclusive end is June 12.
        #expect(week["DTSTART;VALUE=DATE"] == "20210607")
        #expect(week["DTEND;VALUE=DATE"] == "20210612")
        #expect(week["DTSTAMP"] == "20210607T000000Z")
        #expect(week["LOCATION"] == #"Seattle\, WA"#)
        #expect(week["URL"] == "https://calendar.example/campaign/events/week-of-action/")
        #expect(week["CATEGORIES"] == "action")
        #expect(!single.contains("VTIMEZONE"))

        let vote = try properties(try read(output, "events/council-vote.ics"))
        #expect(vote["DTEND;VALUE=DATE"] == "20210303")
        #expect(vote["DESCRIPTION"] == "The council votes on the ban. See the agenda and the report.")
        #expect(vote["LOCATION"] == #"City Hall\, Room 2\; second floor"#)

        let online = try properties(try read(output, "events/virtual-protest.ics"))
        #expect(online["LOCATION"] == "Online")
        #expect(online["DESCRIPTION"] == "Post a video at https://protest.example/.")

        let page = try read(output, "events/week-of-action/index.html")
        #expect(page.contains(#"href="../week-of-action.ics""#) && page.contains("Add to calendar"))
        // The timeline offers the whole calendar, as a link and for discovery.
        let timeline = try read(output, "events/index.html")
        #expect(timeline.contains(#"<a href="calendar.ics" download>All events in your calendar</a>"#))
        #expect(timeline.contains(#"<link rel="alternate" type="text/calendar" title="#) && timeline.contains(#"href="calendar.ics">"#))
    }

    @Test func timedEventsUseTheirZoneAndCarryItsDefinition() async throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        try await build(calendarFixture, into: output)
        let text = try read(output, "events/town-hall.ics")
        let hall = try properties(text)
        #expect(hall["DTSTART;TZID=America/New_York"] == "20210610T180000")
        #expect(hall["DTEND;TZID=America/New_York"] == "20210610T200000")
        #expect(hall["DESCRIPTION"] == #"An evening of talks.\n\nBring questions — and friends."#)
        let unfolded = ICalendarText.unfold(text)
        // 2021 in New York: EST in force since November 2020, EDT from March 14, EST from November 7.
        let zone = try #require(between("BEGIN:VTIMEZONE\r\n", "END:VTIMEZONE\r\n", in: unfolded))
        #expect(zone == """
            TZID:America/New_York\r
            BEGIN:STANDARD\r
            DTSTART:20201101T020000\r
            TZOFFSETFROM:-0400\r
            TZOFFSETTO:-0500\r
            TZNAME:EST\r
            END:STANDARD\r
            BEGIN:DAYLIGHT\r
            DTSTART:20210314T020000\r
            TZOFFSETFROM:-0500\r
            TZOFFSETTO:-0400\r
            TZNAME:EDT\r
            END:DAYLIGHT\r
            BEGIN:STANDARD\r
            DTSTART:20211107T020000\r
            TZOFFSETFROM:-0400\r
            TZOFFSETTO:-0500\r
            TZNAME:EST\r
            END:STANDARD\r

            """)
        // The zone comes before the events, once, in the calendar of all events too.
        let all = try read(output, "events/calendar.ics")
        #expect(all.components(separatedBy: "BEGIN:VTIMEZONE").count == 2)
        #expect(all.range(of: "END:VTIMEZONE")!.lowerBound < all.range(of: "BEGIN:VEVENT")!.lowerBound)
    }

    @Test func zonesWithoutDaylightSavingGetOneStandardObservance() {
        var ics = ICalendarText()
        Calendars.timeZone(TimeZone(identifier: "Asia/Kolkata")!, years: 2021...2022, into: &ics)
        #expect(ics.lines.count == 9)
        #expect(Array(ics.lines.prefix(6)) == ["BEGIN:VTIMEZONE", "TZID:Asia/Kolkata", "BEGIN:STANDARD",
                                               "DTSTART:19700101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530"])
        #expect(ics.lines.dropFirst(6).first?.hasPrefix("TZNAME:") == true)
        #expect(Array(ics.lines.suffix(2)) == ["END:STANDARD", "END:VTIMEZONE"])
    }

    @Test func timedEventsWithoutEndTime() throws {
        let location = SourceLocation(file: "events.yaml")
        var event = Event(id: "late", title: "Late", start: Day(iso: "2021-12-31")!, end: nil, kind: nil, place: nil,
                          isVirtual: false, aliases: [], organizations: [], description: nil, location: location,
                          time: TimeOfDay(text: "23:30"), timeZone: "Europe/Berlin")
        var times = try #require(event.schedule.timed)
        #expect(times.end.compact == "20220101T003000")  // an hour later, over the new year
        #expect(times.iso8601(times.end) == "2022-01-01T00:30:00+01:00")
        event.end = Day(iso: "2022-01-02")
        times = try #require(event.schedule.timed)
        #expect(times.end.compact == "20220103T000000")  // until the end of the last day
    }

    @Test func structuredDataEndsATimedEventWhenTheCalendarDoes() async throws {
        let site = try scratchCopy(of: "calendar")
        let output = temporaryFolder()
        defer { removeFolders(site, output) }
        let events = site.appendingPathComponent("content/events.yaml")
        let text = try String(contentsOf: events, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "  end_time: \"20:00\"\n", with: "").utf8).write(to: events)
        try await build(site, into: output)
        let page = try read(output, "events/town-hall/index.html")
        #expect(page.contains(#""startDate":"2021-06-10T18:00:00-04:00""#), "\(page)")
        #expect(page.contains(#""endDate":"2021-06-10T19:00:00-04:00""#))
        #expect(try read(output, "events/town-hall.ics").contains("DTEND;TZID=America/New_York:20210610T190000"))
    }

    @Test func uidAndStampAreStableAcrossBuilds() async throws {
        let first = temporaryFolder(), second = temporaryFolder()
        defer { for folder in [first, second] { try? FileManager.default.removeItem(at: folder) } }
        try await build(calendarFixture, into: first)
        try await build(calendarFixture, into: second)
        for path in files(in: first).filter({ $0.hasSuffix(".ics") }) {
            #expect(try read(first, path) == read(second, path), "\(path)")
        }
        let stamps = try properties(read(first, "events/town-hall.ics"))
        #expect(stamps["UID"] == "town-hall@calendar.example")
        #expect(stamps["DTSTAMP"] == "20210610T000000Z")
    }

    @Test func withoutBaseURLTheUIDUsesAnInvalidHostAndTheURLIsTheEventsOwn() async throws {
        let root = try scratchCopy(of: "calendar")
        let output = temporaryFolder()
        defer { for folder in [root, output] { try? FileManager.default.removeItem(at: folder) } }
        try Data("title: No base\n".utf8).write(to: root.appendingPathComponent("content/site.yaml"))
        try await build(root, into: output)
        let online = try properties(read(output, "events/virtual-protest.ics"))
        #expect(online["UID"] == "virtual-protest@placard.invalid")
        #expect(online["URL"] == "https://protest.example/")
        #expect(try properties(read(output, "events/week-of-action.ics"))["URL"] == nil)
    }

    // MARK: - Registry

    @Test func registryReportsBadTimesAndZonesWithFileAndLine() throws {
        let found = try loadErrors(events: """
            - id: no-zone
              title: "No zone"
              date: 2021-06-10
              time: "18:00"
            - id: bad-zone
              title: "Bad zone"
              date: 2021-06-10
              time: "18:00"
              timezone: Mars/Olympus_Mons
            - id: bad-time
              title: "Bad time"
              date: 2021-06-10
              time: "25:00"
              timezone: America/New_York
            - id: end-only
              title: "End only"
              date: 2021-06-10
              end_time: "20:00"
            - id: backwards
              title: "Backwards"
              date: 2021-06-10
              time: "18:00"
              end_time: "17:59"
              timezone: America/New_York
            - id: fine
              title: "Fine"
              start: 2021-06-10
              end: 2021-06-11
              time: 18:00
              end_time: "09:00"
              timezone: Europe/Berlin
              url: "https://example.org/fine"
            """)
        #expect(found == [
            "site/content/events.yaml:4:9: error: 'time' needs a 'timezone' (an IANA name such as 'America/New_York')",
            "site/content/events.yaml:9:13: error: unknown time zone 'Mars/Olympus_Mons'; give an IANA name such as 'America/New_York'",
            "site/content/events.yaml:13:9: error: 'time' must be a 24-hour time written HH:MM, not '25:00'",
            "site/content/events.yaml:18:13: error: 'end_time' needs a start 'time'",
            "site/content/events.yaml:23:13: error: the end (2021-06-10 17:59) is before the start (2021-06-10 18:00)",
        ])
    }

    @Test func registryReadsTimesZoneAndURL() throws {
        let root = temporaryFolder("calendar-site")
        defer { try? FileManager.default.removeItem(at: root) }
        try write(root, events: """
            - id: fine
              title: "Fine"
              start: 2021-06-10
              end: 2021-06-11
              time: 18:00
              end_time: "9:05"
              timezone: Europe/Berlin
              url: "https://example.org/fine"
            """)
        let event = try #require(try SiteLoader(root: root).load().events.first)
        #expect(event.time == TimeOfDay(hour: 18, minute: 0) && event.endTime == TimeOfDay(hour: 9, minute: 5))
        #expect(event.timeZone == "Europe/Berlin" && event.url == "https://example.org/fine")
    }

    // MARK: - Outside parser

    /// Every .ics of the bundled campaign and of the fixture parses with Python's `icalendar`, with
    /// the right number of events, and the timed event starts at the right UTC instant.
    @Test(.timeLimit(.minutes(3))) func pythonIcalendarParsesEveryCalendar() async throws {
        let bundled = temporaryFolder("bundled"), fixture = temporaryFolder("calendar")
        defer { for folder in [bundled, fixture] { try? FileManager.default.removeItem(at: folder) } }
        try await build(repositoryRoot, into: bundled)
        try await build(calendarFixture, into: fixture)
        let script = #"""
            import json, sys, datetime, icalendar
            result = {}
            for path in sys.argv[1:]:
                with open(path, 'rb') as f:
                    calendar = icalendar.Calendar.from_ical(f.read())
                events = calendar.walk('VEVENT')
                starts = {}
                for event in events:
                    start = event.decoded('DTSTART')
                    if isinstance(start, datetime.datetime):
                        starts[str(event['UID'])] = start.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
                    else:
                        starts[str(event['UID'])] = start.isoformat()
                result[path] = {'events': len(events), 'zones': len(calendar.walk('VTIMEZONE')), 'starts': starts}
            print('\n' + json.dumps(result, sort_keys=True))
            """#
        let paths = [bundled, fixture].flatMap { folder in
            files(in: folder).filter { $0.hasSuffix(".ics") }.map { folder.appendingPathComponent($0).path }
        }
        let bundledEvents = try SiteLoader(root: repositoryRoot).load().events.count
        #expect(paths.count == bundledEvents + 1 + 5)
        let run = try runTool(["python3", "-c", script] + paths)
        try #require(run.status == 0, "\(run.output)")
        // The result is the last line; warnings, if any, come before it.
        let json = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String: Any]])
        #expect(parsed.count == paths.count)
        for path in paths {
            let expected = path.hasSuffix("/calendar.ics") ? (path.hasPrefix(bundled.path) ? bundledEvents : 4) : 1
            #expect(parsed[path]?["events"] as? Int == expected, "\(path)")
        }
        let hall = try #require(parsed[fixture.appendingPathComponent("events/town-hall.ics").path])
        #expect((hall["starts"] as? [String: String])?["town-hall@calendar.example"] == "2021-06-10T22:00:00Z")
        #expect(hall["zones"] as? Int == 1)
        let week = try #require(parsed[bundled.appendingPathComponent("events/eyes-on-amazon-week-of-action.ics").path])
        #expect((week["starts"] as? [String: String])?["eyes-on-amazon-week-of-action@example.org"] == "2021-06-07")
    }

    // MARK: - Helpers

    /// The UIDs of a calendar's events, in order (without the host).
    private func uids(_ text: String) -> [String] {
        ICalendarText.unfold(text).components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) }
    }

    /// The properties of the first VEVENT, by name with parameters (`DTSTART;VALUE=DATE`).
    private func properties(_ text: String) throws -> [String: String] {
        let event = try #require(between("BEGIN:VEVENT\r\n", "END:VEVENT\r\n", in: ICalendarText.unfold(text)))
        var found: [String: String] = [:]
        for line in event.components(separatedBy: "\r\n") where !line.isEmpty {
            let colon = try #require(line.firstIndex(of: ":"))
            found[String(line[..<colon])] = String(line[line.index(after: colon)...])
        }
        return found
    }

    private func between(_ start: String, _ end: String, in text: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else {
            return nil
        }
        return String(text[from.upperBound..<to.lowerBound])
    }

    private func write(_ root: URL, events: String) throws {
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("title: Test\n".utf8).write(to: content.appendingPathComponent("site.yaml"))
        try Data(events.utf8).write(to: content.appendingPathComponent("events.yaml"))
    }

    /// The errors of loading a site with these events, as printed.
    private func loadErrors(events: String) throws -> [String] {
        let root = temporaryFolder("calendar-site")
        defer { try? FileManager.default.removeItem(at: root) }
        try write(root, events: events)
        do throws(DiagnosticList) {
            _ = try SiteLoader(root: root, displayRoot: "site").load()
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }
}
