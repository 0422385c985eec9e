import Content

/// Text made safe for XML 1.0 content and attributes.
enum XMLText {
    /// Escapes markup characters and drops what XML 1.0 cannot hold at all (control characters
    /// other than tab and line breaks, U+FFFE, U+FFFF), so that any title survives.
    static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A day as an RFC 3339 timestamp at midnight UTC: content has days, not times.
    static func timestamp(_ day: Day) -> String { "\(day.iso)T00:00:00Z" }
}
