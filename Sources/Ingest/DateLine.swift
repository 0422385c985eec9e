import Content
import Foundation

/// A line that is only a date, with what pages write around it: a weekday, a time and its zone,
/// a label ("Published", "Updated:"), separators and at most a short source name after one
/// ("Nov 9, 2018", "Sept. 9, 2020 11:45 p.m. Updated: Sept. 10", "Dec. 1, 2018 / 11:43 PM GMT",
/// "23 May 2018 | | The Guardian", "By Jane Doe | June 3, 2019", "Big Brother Watch Team / May 13, 2019"),
/// and a blog's comment count ("September 10, 2020 0 By Jane Doe", "May 2, 2019 3 Comments"). It is
/// header metadata, never page furniture.
struct DateLine {
    enum Kind { case published, updated }

    /// `.updated` when "Updated" (or "Last modified", …) comes before the date.
    var kind: Kind
    /// The first date, when the line gives its year ("August 28 at 8:00 AM" gives none).
    var date: Day?
    /// "Updated: Sept. 10, 2020 …" after a published date, for the update date.
    var updatedText: String?
    /// The writer, when the line is their byline with the date.
    var byline: String?

    init?(_ line: String) {
        guard !line.hasAtLeast(160), line.wordCount <= 16, line.contains(where: \.isNumber) else { return nil }
        let text = Self.slashingDottedDates(line)
        // Any year serves: only the spans matter, and a year the text gives is kept as it is.
        let dates = DateFinder.find(in: text, reference: Self.anyLeapYear).filter {
            $0.precision == .day && $0.text.contains(where: \.isNumber)
        }
        guard let first = dates.first else { return nil }
        var rest = text
        for date in dates.reversed() { rest.replaceSubrange(date.range, with: " ") }
        for expression in [Self.time, Self.timeZone, Self.weekday, Self.label, Self.commentCount, Self.readingTime] {
            rest = expression.stringByReplacingMatches(in: rest, range: NSRange(rest.startIndex..., in: rest), withTemplate: " ")
        }
        // What is left may only be a byline ("By Jane Doe | June 3, 2019") or a short name set off
        // by a separator ("| The Guardian").
        let left = rest.trimmingCharacters(in: Self.separators)
        if left.matches(Vocabulary.byline), left.wordCount <= 5 {
            byline = String(left.dropFirst(3)).trimmedOfSpaces
        } else if left.wordCount <= 3, line.matches(Self.nameOnDate), let name = Cleaner.byline(left) {
            // `Jane Doe on June 11, 2020`: a byline without its "By".
            byline = name
        } else {
            // `Big Brother Watch Team / May 13, 2019`: a slash sets off a name as a bar does.
            // `Jane Doe — May 15, 2019`: so does a dash with spaces around it.
            guard left.wordCount == 0 || (left.wordCount <= 4 && (line.contains(where: { "|·•/".contains($0) })
                || line.contains(" — ") || line.contains(" – "))) else { return nil }
        }

        let before = String(text[..<first.range.lowerBound])
        kind = before.matches(Self.updateWord) ? .updated : .published
        date = first.hasExplicitYear ? first.start : nil
        let after = String(text[first.range.upperBound...])
        if kind == .published, let match = Self.updateWord.firstMatch(in: after, range: NSRange(after.startIndex..., in: after)),
           let range = Range(match.range, in: after) {
            updatedText = String(after[range.lowerBound...])
        }
    }

    /// `5.15.19`, `05.15.2019` → `5/15/2019`: a date line's dotted date, read as the slashed one is;
    /// `2020-06-11T15:45:00Z` → `2020-06-11`. Only on a line that is a date and little else.
    static func slashingDottedDates(_ line: String) -> String {
        // `2020-06-11T15:45:00Z`: an ISO date with its time, as a page's markup gives it.
        let text = line.contains("T") ? isoTime.stringByReplacingMatches(in: line, range: NSRange(line.startIndex..., in: line),
                                                                         withTemplate: "$1 ") : line
        guard text.contains("."), let match = dottedDate.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range, in: text), let yearRange = Range(match.range(at: 3), in: text),
              let first = Range(match.range(at: 1), in: text), let second = Range(match.range(at: 2), in: text)
        else { return text }
        let year = text[yearRange].count == 2 ? "20" + text[yearRange] : String(text[yearRange])
        return text.replacingCharacters(in: range, with: "\(text[first])/\(text[second])/\(year)")
    }

    private static let isoTime = caseSensitiveRegex(#"\b(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?"#)
    private static let nameOnDate = caseSensitiveRegex(#"^\s*\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){1,2}\s+on\s+\S"#)
    private static let dottedDate = regex(#"(?<![\d.])([0-3]?\d)\.([0-3]?\d)\.(\d{4}|\d{2})(?![\d.])"#)
    /// `3 min read` beside the byline and the date.
    private static let readingTime = regex(#"\b\d{1,3}\s*(min|mins|minute|minutes)\.?\s+(read|to read)\b"#)
    private static let separators = CharacterSet(charactersIn: " ,;:|·•/-–—").union(.whitespaces)
    private static let anyLeapYear = Day(year: 2000, month: 1, day: 1)
    private static let time = regex(#"\b\d{1,2}(:\d{2}){0,2}\s*[ap]\.?\s?m\b\.?|\b\d{1,2}[:.]\d{2}(:\d{2})?\b|\b(noon|midnight)\b"#)
    private static let timeZone = caseSensitiveRegex(#"\b(GMT|UTC|BST|CES?T|[ECMPA][SD]?T)\b"#)
    private static let weekday = regex(#"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\b\.?"#)
    private static let label = regex(#"\b(published|posted|updated?|last|modified|edited|originally|first|date|dated|filed|released|issued|on|at)\b"#)
    /// `3 Comments`, `No Responses`, or a bare count before the byline (`0 By Jane Doe`): a blog theme's
    /// comment counter beside the date, never a name's part.
    private static let commentCount = regex(#"\b(\d{1,5}|no)\s+(comments?|responses?|replies)\b|(?<![\p{L}\d,])\d{1,5}(?=\s+by\s+\p{Lu})"#)
    private static let updateWord = regex(#"\b(updated?|last modified|modified|edited)\b"#)
}
