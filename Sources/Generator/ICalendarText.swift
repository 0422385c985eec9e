import Foundation

/// RFC 5545 content lines: `NAME;PARAM=VALUE:value`, CRLF-terminated, folded at 75 octets.
struct ICalendarText {
    static let lineBreak = "\r\n"
    /// The most octets of a physical line, without its line break (RFC 5545, 3.1).
    static let maximumOctets = 75

    private(set) var lines: [String] = []

    /// A property whose value is written as it is (dates, URIs, numbers, names).
    mutating func property(_ name: String, _ value: String) {
        lines.append("\(name):\(value)")
    }

    /// A TEXT property: the value is escaped.
    mutating func text(_ name: String, _ value: String) {
        property(name, Self.escape(value))
    }

    mutating func begin(_ component: String) { property("BEGIN", component) }
    mutating func end(_ component: String) { property("END", component) }

    /// The whole text: every line folded and ended with CRLF.
    var text: String {
        lines.map { Self.fold($0) + Self.lineBreak }.joined()
    }

    /// Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma, and newlines as `\n`.
    /// Other control characters, which a value may not hold, are dropped (tabs become spaces).
    static func escape(_ value: String) -> String {
        var escaped = ""
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\r": escaped += "\\n"
            case "\n": if !previousWasCR { escaped += "\\n" }
            case "\t": escaped += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Splits a content line into physical lines of at most 75 octets (UTF-8), never inside a
    /// scalar; each continuation starts with one space. The lines are joined with CRLF.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > maximumOctets else { return line }
        var folded = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > maximumOctets {
                folded += lineBreak + " "
                octets = 1
            }
            folded.unicodeScalars.append(scalar)
            octets += size
        }
        return folded
    }

    /// Undoes `fold`: a line break followed by a space or tab is removed (RFC 5545, 3.1).
    static func unfold(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
    }
}
