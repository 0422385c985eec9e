import Foundation

/// A calendar day, as content writes it (`2020-06-10`): no time, no time zone.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years content may write: iCalendar and the sitemap's XML Schema dates need four digits
    /// (and no year 0), and a calendar entry ends the day after an event's last day.
    public static let supportedYears = 1000...9998

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    public var iso: String {
        "\(Digits.padded(year, width: 4))-\(Digits.two(month))-\(Digits.two(day))"
    }

    /// `20210607`, as iCalendar writes it.
    public var compact: String {
        Digits.padded(year, width: 4) + Digits.two(month) + Digits.two(day)
    }

    public var monthName: String { Day.monthNames[month - 1] }

    /// `June 10, 2020`
    public var text: String { "\(monthName) \(day), \(year)" }

    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension Day {
    /// `June 10, 2020`, `June 7 – 11, 2020`, `May 30 – June 2, 2020`, `December 30, 2020 – January 2, 2021`.
    public static func rangeText(_ start: Day, _ end: Day?) -> String {
        guard let end, end != start else { return start.text }
        if start.year != end.year { return "\(start.text) – \(end.text)" }
        if start.month != end.month { return "\(start.monthName) \(start.day) – \(end.monthName) \(end.day), \(end.year)" }
        return "\(start.monthName) \(start.day) – \(end.day), \(end.year)"
    }

    /// The day a build takes as "today" (what is upcoming or past): `SOURCE_DATE_EPOCH` (seconds
    /// since 1970, UTC) when set, for reproducible builds, else the clock's UTC day.
    public static func buildReference(environment: [String: String] = ProcessInfo.processInfo.environment) -> Day {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            ?? Int(Date().timeIntervalSince1970)
        return Day(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }

    /// Days since 1970-01-01 (days-from-civil, proleptic Gregorian), for arithmetic.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` after this one (before it when negative).
    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

    /// The UTC day `days` after 1970-01-01 (civil-from-days, proleptic Gregorian).
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        self.year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }
}
