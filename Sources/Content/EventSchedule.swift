import Foundation

/// When an event happens: the one reading of its dates, times and zone that pages, the timeline,
/// calendars and structured data share.
public struct EventSchedule: Sendable {
    public let firstDay: Day
    public let lastDay: Day
    /// Start and end on the wall clock of the event's zone; nil for an all-day event.
    public let timed: Timed?

    public struct Timed: Sendable {
        public let zone: TimeZone
        public let start: LocalTime
        public let end: LocalTime

        /// `2021-06-10T18:00:00-04:00`: a wall-clock time with its zone's offset on that day.
        public func iso8601(_ time: LocalTime) -> String {
            guard let instant = time.instant(in: zone) else { return time.iso }
            let offset = zone.secondsFromGMT(for: instant)
            let minutes = abs(offset) / 60
            return time.iso + (offset < 0 ? "-" : "+") + Digits.two(minutes / 60) + ":" + Digits.two(minutes % 60)
        }
    }

    /// Without `end_time` a one-day timed event lasts an hour, and a multi-day one until the end
    /// of its last day.
    public init(_ event: Event) {
        firstDay = event.start
        lastDay = event.end ?? event.start
        guard let time = event.time, let identifier = event.timeZone, let zone = TimeZone(identifier: identifier) else {
            timed = nil
            return
        }
        let start = LocalTime(day: event.start, hour: time.hour, minute: time.minute)
        let end: LocalTime
        if let endTime = event.endTime {
            end = LocalTime(day: lastDay, hour: endTime.hour, minute: endTime.minute)
        } else if let last = event.end {
            end = LocalTime(day: last.adding(days: 1))
        } else if let instant = start.instant(in: zone) {
            end = LocalTime(instant.addingTimeInterval(3600), in: zone)
        } else {
            end = start
        }
        timed = Timed(zone: zone, start: start, end: end)
    }
}

extension Event {
    public var schedule: EventSchedule { EventSchedule(self) }
}

/// A wall-clock date and time, without a zone.
public struct LocalTime: Comparable, Sendable {
    public var day: Day
    public var hour = 0
    public var minute = 0
    public var second = 0

    public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        (self.day, self.hour, self.minute, self.second) = (day, hour, minute, second)
    }

    /// Midnight of January 1 of `year`.
    public init(year: Int) {
        self.init(day: Day(year: year, month: 1, day: 1)!)
    }

    /// The wall-clock time of `date` in `zone`.
    public init(_ date: Date, in zone: TimeZone) {
        let parts = Self.calendar(zone).dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        self.init(day: Day(year: parts.year!, month: parts.month!, day: parts.day!)!,
                  hour: parts.hour!, minute: parts.minute!, second: parts.second!)
    }

    /// The instant this wall-clock time names in `zone` (a time skipped by DST moves forward).
    public func instant(in zone: TimeZone) -> Date? {
        Self.calendar(zone).date(from: DateComponents(year: day.year, month: day.month, day: day.day,
                                                      hour: hour, minute: minute, second: second))
    }

    /// `2021-06-10T18:00:00`
    public var iso: String { "\(day.iso)T\(Digits.two(hour)):\(Digits.two(minute)):\(Digits.two(second))" }

    /// `20210610T180000`, as iCalendar writes it.
    public var compact: String {
        day.compact + "T" + Digits.two(hour) + Digits.two(minute) + Digits.two(second)
    }

    static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        (lhs.day, lhs.hour, lhs.minute, lhs.second) < (rhs.day, rhs.hour, rhs.minute, rhs.second)
    }
}

/// Numbers written with leading zeros, as dates and times are.
public enum Digits {
    /// `7` → `07`.
    public static func two(_ value: Int) -> String { padded(value, width: 2) }

    public static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
