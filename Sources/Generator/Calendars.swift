import Content
import Foundation
import Markdown

/// RFC 5545 calendars: `events/<id>.ics` for each event and `events/calendar.ics` with all of them,
/// in registry order. Everything in them comes from content (never the clock), so builds are
/// byte-identical.
enum Calendars {
    static func files(_ rendered: RenderedSite) -> [GeneratedFile] {
        let events = rendered.site.events
        guard !events.isEmpty else { return [] }  // a VCALENDAR needs at least one component
        var files = events.map { event in
            GeneratedFile(SitePaths.eventCalendar(event.id), calendar([event], name: event.title, rendered))
        }
        files.append(GeneratedFile(SitePaths.calendar, calendar(events, name: rendered.site.config.title, rendered)))
        return files
    }

    /// One VCALENDAR with a VTIMEZONE for each zone its timed events use, then their VEVENTs.
    static func calendar(_ events: [Event], name: String, _ rendered: RenderedSite) -> String {
        var ics = ICalendarText()
        ics.begin("VCALENDAR")
        ics.property("VERSION", "2.0")
        ics.text("PRODID", "-//Placard//Placard \(rendered.version)//EN")
        ics.property("CALSCALE", "GREGORIAN")
        ics.property("METHOD", "PUBLISH")
        ics.text("X-WR-CALNAME", name)
        let timed = events.compactMap(\.schedule.timed)
        for (_, spans) in Dictionary(grouping: timed, by: \.zone.identifier).sorted(by: { $0.key < $1.key }) {
            let years = spans.map(\.start.day.year).min()!...spans.map(\.end.day.year).max()!
            timeZone(spans[0].zone, years: years, into: &ics)
        }
        for event in events {
            self.event(event, rendered, into: &ics)
        }
        ics.end("VCALENDAR")
        return ics.text
    }

    static func event(_ event: Event, _ rendered: RenderedSite, into ics: inout ICalendarText) {
        ics.begin("VEVENT")
        ics.property("UID", "\(event.id)@\(host(of: rendered.site.config.baseURL))")
        ics.property("DTSTAMP", "\(event.start.compact)T000000Z")
        let schedule = event.schedule
        if let times = schedule.timed {
            ics.property("DTSTART;TZID=\(times.zone.identifier)", times.start.compact)
            ics.property("DTEND;TZID=\(times.zone.identifier)", times.end.compact)
        } else {
            ics.property("DTSTART;VALUE=DATE", schedule.firstDay.compact)
            ics.property("DTEND;VALUE=DATE", schedule.lastDay.adding(days: 1).compact)
        }
        ics.text("SUMMARY", event.title)
        if let description = event.description {
            ics.text("DESCRIPTION", MarkdownDocument.plainText(description))
        }
        if let location = event.isVirtual ? "Online" : event.place {
            ics.text("LOCATION", location)
        }
        if let url = rendered.absoluteURL(for: SitePaths.event(event.id)) ?? event.url {
            ics.property("URL", url.filter { !$0.isNewline })
        }
        if let kind = event.kind {
            ics.text("CATEGORIES", kind)
        }
        ics.end("VEVENT")
    }

    /// The host of `baseURL`, lowercased, for UIDs; `placard.invalid` without one.
    static func host(of baseURL: String?) -> String {
        guard let baseURL, let host = URLComponents(string: baseURL)?.host, !host.isEmpty else {
            return "placard.invalid"
        }
        return host.lowercased()
    }

    // MARK: - Time zones

    /// A VTIMEZONE for the years `years`: each DST transition of those years as a STANDARD or
    /// DAYLIGHT observance, preceded by the one in force when the first year starts. A zone without
    /// DST gets a single STANDARD observance.
    static func timeZone(_ zone: TimeZone, years: ClosedRange<Int>, into ics: inout ICalendarText) {
        guard let rangeStart = LocalTime(year: years.lowerBound).instant(in: zone),
              let rangeEnd = LocalTime(year: years.upperBound + 1).instant(in: zone) else { return }
        var transitions: [Date] = []
        var inForce: Date?
        var cursor = rangeStart.addingTimeInterval(-366 * 86_400)
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next > cursor, next < rangeEnd {
            if next <= rangeStart { inForce = next } else { transitions.append(next) }
            cursor = next
        }
        ics.begin("VTIMEZONE")
        ics.property("TZID", zone.identifier)
        if let inForce {
            observance(zone, at: inForce, into: &ics)
        } else {
            // No transition in the year before: the offset in force stands since 1970.
            let reference = transitions.first.map { $0.addingTimeInterval(-1) } ?? rangeStart
            let offset = zone.secondsFromGMT(for: reference)
            let component = zone.isDaylightSavingTime(for: reference) ? "DAYLIGHT" : "STANDARD"
            ics.begin(component)
            ics.property("DTSTART", "19700101T000000")
            ics.property("TZOFFSETFROM", utcOffset(offset))
            ics.property("TZOFFSETTO", utcOffset(offset))
            ics.text("TZNAME", name(of: zone, at: reference))
            ics.end(component)
        }
        for transition in transitions {
            observance(zone, at: transition, into: &ics)
        }
        ics.end("VTIMEZONE")
    }

    /// The observance that starts at `transition`: its DTSTART is the local time just before it.
    private static func observance(_ zone: TimeZone, at transition: Date, into ics: inout ICalendarText) {
        let from = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
        let to = zone.secondsFromGMT(for: transition)
        let component = zone.isDaylightSavingTime(for: transition) ? "DAYLIGHT" : "STANDARD"
        ics.begin(component)
        ics.property("DTSTART", LocalTime(transition.addingTimeInterval(TimeInterval(from)), in: utc).compact)
        ics.property("TZOFFSETFROM", utcOffset(from))
        ics.property("TZOFFSETTO", utcOffset(to))
        ics.text("TZNAME", name(of: zone, at: transition))
        ics.end(component)
    }

    /// `EDT`, else what the system calls it (`GMT-4`).
    static func name(of zone: TimeZone, at date: Date) -> String {
        let style: TimeZone.NameStyle = zone.isDaylightSavingTime(for: date) ? .shortDaylightSaving : .shortStandard
        return zone.localizedName(for: style, locale: Locale(identifier: "en_US"))
            ?? zone.abbreviation(for: date) ?? zone.identifier
    }

    /// `-0500`, `+0530`, `+003412` (seconds only when there are some).
    static func utcOffset(_ seconds: Int) -> String {
        let magnitude = abs(seconds)
        let (hours, minutes, rest) = (magnitude / 3600, magnitude % 3600 / 60, magnitude % 60)
        return (seconds < 0 ? "-" : "+") + Digits.two(hours) + Digits.two(minutes) + (rest == 0 ? "" : Digits.two(rest))
    }

    static let utc = TimeZone(secondsFromGMT: 0)!

}
