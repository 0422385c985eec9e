import Content
import Foundation

/// A date written in a text, resolved to days.
public struct FoundDate: Sendable, Hashable {
    public enum Precision: Sendable, Hashable { case day, month, year }

    public var start: Day
    /// Last day of a range, or of the month or year the text names.
    public var end: Day
    public var precision: Precision
    /// Whether the text gave the year itself (not taken from the publication date).
    public var hasExplicitYear: Bool
    public var text: String
    public var range: Range<String.Index>

    public func overlaps(_ first: Day, _ last: Day) -> Bool { start <= last && first <= end }
}

/// Finds absolute dates ("June 10, 2020", "June 10th", "May 2021", "2020-06-10", "5/28/2020"), ranges
/// ("June 7th - June 11th", "June 7-11") and dates relative to a reference day ("Wednesday",
/// "in May", "last year", "yesterday").
public enum DateFinder {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"]
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    static let monthPattern = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
    static let dayPattern = "(\\d{1,2})(?:st|nd|rd|th)?"
    static let yearPattern = "(\\d{4})"
    static let weekdayPattern = "(sunday|monday|tuesday|wednesday|thursday|friday|saturday)"

    static let expressions: [(ScreenedRegex, Kind)] = patterns.map {
        (try! ScreenedRegex(pattern: $0.0, options: [.caseInsensitive]), $0.1)
    }

    private static let patterns: [(String, Kind)] = [
        // June 7th - June 11th[, 2021]
        (#"\b\#(monthPattern)\s+\#(dayPattern)\s*(?:-|–|—|to|through|until)\s*\#(monthPattern)\s+\#(dayPattern)(?:,?\s+\#(yearPattern))?\b"#, .rangeTwoMonths),
        // June 7-11[, 2021]
        (#"\b\#(monthPattern)\s+\#(dayPattern)\s*(?:-|–|—)\s*\#(dayPattern)(?:,?\s+\#(yearPattern))?\b"#, .rangeOneMonth),
        // Thursday, July 25[, 2019]: one date, the written one
        (#"\b\#(weekdayPattern),?\s+\#(monthPattern)\s+\#(dayPattern)(?:,?\s+\#(yearPattern))?\b(?!\s*(?:-|–)\s*\d)"#, .weekdayMonthDay),
        // June 10[th][, 2020]
        (#"\b\#(monthPattern)\s+\#(dayPattern)(?:,?\s+\#(yearPattern))?\b(?!\s*(?:-|–)\s*\d)"#, .monthDay),
        // 10 June 2020
        (#"\b\#(dayPattern)\s+(?:of\s+)?\#(monthPattern),?\s+\#(yearPattern)\b"#, .dayMonthYear),
        // 2020-06-10
        (#"\b(\d{4})-(\d{2})-(\d{2})\b"#, .iso),
        // 5/28/2020: month first, as in the US, unless the first number cannot be a month (28/5/2020)
        (#"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"#, .numeric),
        // May 2021
        (#"\b\#(monthPattern),?\s+\#(yearPattern)\b"#, .monthYear),
        // in May, earlier this month
        (#"\b(?:in|since|by|until|during|early|late|mid-?)\s+\#(monthPattern)\b(?!\s+\d)"#, .bareMonth),
        // Thursday (not the weekday of a written date: "Thursday, July 25", "Thursday 25 July 2019")
        (#"\b(?:on\s+|last\s+|this\s+)?\#(weekdayPattern)\b(?!,?\s+(?:\#(monthPattern)\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\#(monthPattern)))"#, .weekday),
        (#"\b(last|this|next)\s+year\b"#, .relativeYear),
        (#"\b(yesterday|today)\b"#, .relativeDay),
        (#"\b(?:in|since|of|during)\s+(\d{4})\b"#, .year),
    ]

    enum Kind {
        case rangeTwoMonths, rangeOneMonth, weekdayMonthDay, monthDay, dayMonthYear, iso, numeric, monthYear, bareMonth, weekday
        case relativeYear, relativeDay, year
    }

    /// Every date in `text`, in order; spans already taken by a longer form are not read again.
    public static func find(in text: String, reference: Day?) -> [FoundDate] {
        find(in: text, reference: reference, cues: DateCues(text))
    }

    /// With `cues` nil, every pattern is tried: what the cues must never change.
    static func find(in text: String, reference: Day?, cues: DateCues?) -> [FoundDate] {
        var found: [FoundDate] = []
        var taken = Spans([])
        let whole = NSRange(text.startIndex..., in: text)
        for (expression, kind) in expressions where cues?.allow(kind) ?? true {
            // One expression's matches never overlap each other: only the longer forms' are checked.
            var added: [Range<String.Index>] = []
            for match in expression.matches(in: text, range: whole) {
                guard let range = Range(match.range, in: text), !taken.overlaps(range) else { continue }
                let groups = (1..<match.numberOfRanges).map { index -> String? in
                    Range(match.range(at: index), in: text).map { String(text[$0]) }
                }
                if let date = resolve(kind, groups, reference: reference, text: String(text[range]), range: range) {
                    found.append(date)
                    added.append(range)
                }
            }
            if !added.isEmpty { taken = Spans(taken.ranges + added) }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    static func month(_ name: String?) -> Int? {
        guard let name = name?.lowercased() else { return nil }
        return months.firstIndex { $0.hasPrefix(String(name.prefix(3))) }.map { $0 + 1 }
    }

    /// The year, of the reference year and the two around it, in which the day falls on the weekday
    /// the text gives (`Thursday, December 31` written in January); the reference year when none does.
    static func dayOnWeekday(month: Int, day: Int, weekday: Int, near year: Int) -> Day? {
        let candidates = [year, year - 1, year + 1].compactMap { Day(year: $0, month: month, day: day) }
        return candidates.first { $0.weekday == weekday } ?? candidates.first
    }

    private static func resolve(_ kind: Kind, _ groups: [String?], reference: Day?, text: String,
                                range: Range<String.Index>) -> FoundDate? {
        func make(_ start: Day?, _ end: Day?, _ precision: FoundDate.Precision, explicitYear: Bool) -> FoundDate? {
            guard let start, let end, start <= end,
                  Day.supportedYears.contains(start.year), Day.supportedYears.contains(end.year) else { return nil }
            return FoundDate(start: start, end: end, precision: precision, hasExplicitYear: explicitYear, text: text,
                             range: range)
        }
        func year(_ text: String?) -> (Int, Bool)? {
            if let text, let value = Int(text) { return (value, true) }
            return reference.map { ($0.year, false) }
        }
        switch kind {
        case .rangeTwoMonths:
            guard let (y, explicit) = year(groups[4]), let m1 = month(groups[0]), let m2 = month(groups[2]),
                  let d1 = groups[1].flatMap({ Int($0) }), let d2 = groups[3].flatMap({ Int($0) }) else { return nil }
            return make(Day(year: y, month: m1, day: d1), Day(year: y, month: m2, day: d2), .day, explicitYear: explicit)
        case .rangeOneMonth:
            guard let (y, explicit) = year(groups[3]), let m = month(groups[0]),
                  let d1 = groups[1].flatMap({ Int($0) }), let d2 = groups[2].flatMap({ Int($0) }) else { return nil }
            return make(Day(year: y, month: m, day: d1), Day(year: y, month: m, day: d2), .day, explicitYear: explicit)
        case .monthDay:
            guard let (y, explicit) = year(groups[2]), let m = month(groups[0]),
                  let d = groups[1].flatMap({ Int($0) }) else { return nil }
            let day = Day(year: y, month: m, day: d)
            return make(day, day, .day, explicitYear: explicit)
        case .weekdayMonthDay:
            guard let name = groups[0]?.lowercased(), let weekday = weekdays.firstIndex(of: name), let m = month(groups[1]),
                  let d = groups[2].flatMap({ Int($0) }) else { return nil }
            if let y = groups[3].flatMap({ Int($0) }) {
                let day = Day(year: y, month: m, day: d)
                return make(day, day, .day, explicitYear: true)
            }
            guard let reference else { return nil }
            let day = dayOnWeekday(month: m, day: d, weekday: weekday, near: reference.year)
            return make(day, day, .day, explicitYear: false)
        case .dayMonthYear:
            guard let d = groups[0].flatMap({ Int($0) }), let m = month(groups[1]),
                  let y = groups[2].flatMap({ Int($0) }) else { return nil }
            let day = Day(year: y, month: m, day: d)
            return make(day, day, .day, explicitYear: true)
        case .iso:
            guard let y = groups[0].flatMap({ Int($0) }), let m = groups[1].flatMap({ Int($0) }),
                  let d = groups[2].flatMap({ Int($0) }) else { return nil }
            let day = Day(year: y, month: m, day: d)
            return make(day, day, .day, explicitYear: true)
        case .numeric:
            guard let first = groups[0].flatMap({ Int($0) }), let second = groups[1].flatMap({ Int($0) }),
                  let y = groups[2].flatMap({ Int($0) }) else { return nil }
            let (m, d) = first > 12 ? (second, first) : (first, second)
            let day = Day(year: y, month: m, day: d)
            return make(day, day, .day, explicitYear: true)
        case .monthYear:
            guard let m = month(groups[0]), let y = groups[1].flatMap({ Int($0) }) else { return nil }
            return make(Day(year: y, month: m, day: 1), Day(year: y, month: m, day: Day.daysIn(month: m, year: y)),
                        .month, explicitYear: true)
        case .bareMonth:
            guard let reference, let m = month(groups[0]) else { return nil }
            let y = m <= reference.month ? reference.year : reference.year - 1
            return make(Day(year: y, month: m, day: 1), Day(year: y, month: m, day: Day.daysIn(month: m, year: y)),
                        .month, explicitYear: false)
        case .weekday:
            guard let reference, let name = groups[0]?.lowercased(), let target = weekdays.firstIndex(of: name)
            else { return nil }
            let back = (reference.weekday - target + 7) % 7
            let day = reference.adding(days: -back)
            return make(day, day, .day, explicitYear: false)
        case .relativeYear:
            guard let reference, let which = groups[0]?.lowercased() else { return nil }
            let y = reference.year + (which == "last" ? -1 : which == "next" ? 1 : 0)
            return make(Day(year: y, month: 1, day: 1), Day(year: y, month: 12, day: 31), .year, explicitYear: false)
        case .relativeDay:
            guard let reference, let which = groups[0]?.lowercased() else { return nil }
            let day = which == "yesterday" ? reference.adding(days: -1) : reference
            return make(day, day, .day, explicitYear: false)
        case .year:
            guard let y = groups[0].flatMap({ Int($0) }), (1900...2100).contains(y) else { return nil }
            return make(Day(year: y, month: 1, day: 1), Day(year: y, month: 12, day: 31), .year, explicitYear: true)
        }
    }
}
