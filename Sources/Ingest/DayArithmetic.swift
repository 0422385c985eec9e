import Content

extension Day {
    func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

    /// 0 = Sunday … 6 = Saturday.
    var weekday: Int { ((daysSinceEpoch % 7) + 11) % 7 }
}
