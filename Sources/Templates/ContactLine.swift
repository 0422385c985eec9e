import Foundation

/// A press contact line (`Evan Greer, (508) 474-5248, press@fightforthefuture.org`) as text and
/// links: phone numbers become `tel:` links and email addresses `mailto:` links.
enum ContactLine {
    struct Part: Equatable {
        var text: String
        var url: String?
    }

    // A phone number: an optional `+`, then digits with spaces, dots, dashes or brackets between
    // them; seven to fifteen digits (E.164's most) tell it from a year or a date.
    private static let phone = try! NSRegularExpression(pattern: #"(?<![\w+])\+?\(?\d[\d\s().-]{5,22}\d(?![\w@])"#)
    private static let email = try! NSRegularExpression(pattern: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+"#)

    static func parts(_ line: String) -> [Part] {
        let range = NSRange(line.startIndex..., in: line)
        var found: [(Range<String.Index>, String)] = []
        for match in email.matches(in: line, range: range) {
            guard let matched = Range(match.range, in: line) else { continue }
            found.append((matched, "mailto:" + line[matched]))
        }
        for match in phone.matches(in: line, range: range) {
            guard let matched = Range(match.range, in: line),
                  !found.contains(where: { $0.0.overlaps(matched) }),
                  let url = telURL(String(line[matched])) else { continue }
            found.append((matched, url))
        }
        var parts: [Part] = []
        var cursor = line.startIndex
        for (matched, url) in found.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            if cursor < matched.lowerBound { parts.append(Part(text: String(line[cursor..<matched.lowerBound]))) }
            parts.append(Part(text: String(line[matched]), url: url))
            cursor = matched.upperBound
        }
        if cursor < line.endIndex { parts.append(Part(text: String(line[cursor...]))) }
        return parts
    }

    /// `(508) 474-5248` → `tel:508-474-5248`; `+1 202 224 3121` → `tel:+1-202-224-3121`. Nil when
    /// the digits cannot be a phone number.
    static func telURL(_ written: String) -> String? {
        let digits = written.filter(\.isNumber)
        guard (7...15).contains(digits.count), written.allSatisfy({ $0.isNumber || " ().-+".contains($0) }) else {
            return nil
        }
        let groups = written.split(whereSeparator: { !$0.isNumber }).joined(separator: "-")
        return "tel:" + (written.hasPrefix("+") ? "+" : "") + groups
    }
}
