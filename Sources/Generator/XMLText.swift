import Content

/// Text made safe for XML 1.0 content and attributes.
enum XMLText {
    static func escape(_ text: String) -> String { MarkupEscaping.escape(text, for: .xml) }

    /// A day as an RFC 3339 timestamp at midnight UTC: content has days, not times.
    static func timestamp(_ day: Day) -> String { "\(day.iso)T00:00:00Z" }
}
