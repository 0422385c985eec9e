import Content

extension Day {
    /// 0 = Sunday … 6 = Saturday.
    var weekday: Int { ((daysSinceEpoch % 7) + 11) % 7 }
}
