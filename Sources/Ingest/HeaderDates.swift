import Content
import Foundation

/// The publication date, from what a page's header shows, in this order: a release line
/// ("FOR IMMEDIATE RELEASE: June 10, 2020", read while cleaning), a line that is only a date, a
/// labelled date inside a line ("FILED DATE: 5/28/2020"), a dateline opening one of the first
/// paragraphs ("SEATTLE, June 10, 2020 —"), and last an update date. A date the body gives for
/// something that happened is not the publication date.
extension Cleaner {
    /// Before the title is chosen: date lines and labels are never the title.
    func readHeaderLabels(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String],
                          _ document: inout CleanedDocument) {
        for index in Self.headerRegion(lines, roles) where roles[index] == .body {
            let text = lines[index].text
            if Self.isReleaseLabel(text) {
                roles[index] = .date
                reasons[index] = "release line (its date, if any, on a line of its own)"
            } else if let line = DateLine(text) {
                switch line.kind {
                case .updated:
                    document.updatedLine = document.updatedLine ?? text
                    roles[index] = .updated
                    reasons[index] = "update date line"
                case .published:
                    if let date = line.date { document.date = document.date ?? date }
                    if let updated = line.updatedText { document.updatedLine = document.updatedLine ?? updated }
                    roles[index] = .date
                    reasons[index] = line.date == nil ? "date line (no year)" : "date line: a date alone in the header"
                }
                if let author = line.byline {
                    document.author = document.author ?? author
                    roles[index] = .author
                    reasons[index] = "byline with the date"
                }
            }
        }
    }

    /// `May 22, 2022` at the page's top and `May 20, 2022` just above the headline: a site's masthead
    /// shows the day of the copy, and the date nearest the title is the article's. Only dates that
    /// differ, the first above the title, are told apart so.
    func removeMastheadDates(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String],
                             _ document: inout CleanedDocument) {
        guard let title = roles.firstIndex(of: .title) else { return }
        func dateOf(_ index: Int) -> (index: Int, date: Day)? {
            guard roles[index] == .date, let line = DateLine(lines[index].text), line.kind == .published, let date = line.date
            else { return nil }
            return (index, date)
        }
        // The article's own date may stand just below the title, before its first paragraph.
        let articleStart = lines.indices.first { $0 > title && roles[$0] == .body && Self.isFullParagraph(lines[$0].text) } ?? lines.count
        let above = (0..<title).compactMap(dateOf)
        let below = ((title + 1)..<articleStart).first { dateOf($0) != nil }.flatMap(dateOf)
        // Only an earlier one: the copy's day is never before the article's, and a later date under the
        // title (the byline's) leaves the one above it the article's.
        let earlierBelow = below.flatMap { below in above.first.flatMap { below.date < $0.date ? below : nil } }
        let dated = above + (earlierBelow.map { [$0] } ?? [])
        guard let nearest = dated.last, dated.count >= 2, document.date == dated[0].date,
              dated.dropLast().allSatisfy({ $0.date != nearest.date }) else { return }
        for (index, _) in dated.dropLast() {
            roles[index] = .removed
            reasons[index] = "masthead date: the day of the copy, above the article's own date"
        }
        document.date = nearest.date
    }

    /// After the header is read, when no line gave the date.
    func readDatesInText(_ lines: [SourceLine], _ roles: [LineDecision.Role], _ document: inout CleanedDocument) {
        guard document.date == nil else { return }
        document.date = Self.headerRegion(lines, roles).lazy.compactMap { Self.labelledDate(lines[$0].text) }.first
            ?? lines.indices.lazy.filter { roles[$0] == .body && Self.isFullParagraph(lines[$0].text) }.prefix(3)
            .compactMap { Self.dateline(lines[$0].text) }.first
            ?? Self.headerRegion(lines, roles).lazy.compactMap { Self.wireLeadInDate(lines[$0].text) ?? Self.timedDateOpening(lines[$0].text) }.first
            ?? document.updatedLine.flatMap { Self.fullDates(in: $0).first?.start }
    }

    /// The header and the lede: every line before the third full paragraph (a standfirst or a
    /// caption may be the first). A digest puts its first item's date under that item's summary.
    static func headerRegion(_ lines: [SourceLine], _ roles: [LineDecision.Role]) -> Range<Int> {
        let paragraphs = lines.indices.lazy.filter { roles[$0] == .body && isFullParagraph(lines[$0].text) }
        return 0..<(paragraphs.dropFirst(2).first ?? lines.count)
    }

    /// `FILED DATE: 5/28/2020 9:00 AM …`, `… For Immediate Release: June 11, 2020 Contact: …`: in
    /// a line's opening, where stamps and release lines put it.
    static func labelledDate(_ line: String) -> Day? {
        let text = String(line.prefix(1000))
        for match in dateLabel.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            let after = String(text[range.upperBound...].prefix(60))
            if let date = fullDates(in: after).first, date.range.lowerBound == after.startIndex { return date.start }
        }
        return nil
    }

    /// `SEATTLE, June 10, 2020 — …`, `Washington (September 5, 2019) – …`, `June 10, 2020 -- …`,
    /// `Law360 (June 10, 2020, 10:59 PM EDT) -- …`,
    /// `BOSTON, June 24, 2020 /PRNewswire/ -- …`: a place in capitals or nothing, the date, and a dash.
    static func dateline(_ text: String) -> Day? {
        let opening = String(text.prefix(120))
        guard let date = fullDates(in: opening).first else { return nil }
        let before = String(opening[..<date.range.lowerBound])
        let after = String(opening[date.range.upperBound...])
        guard before.matches(datelinePlace), after.matches(datelineDash) else { return nil }
        return date.start
    }

    /// Dates with their day and year, in order.
    static func fullDates(in text: String) -> [FoundDate] {
        DateFinder.find(in: text, reference: nil).filter { $0.precision == .day && $0.hasExplicitYear }
    }

    /// `For Immediate Release`, `FOR IMMEDIATE RELEASE:` alone on a line: header metadata.
    static func isReleaseLabel(_ text: String) -> Bool { !text.hasAtLeast(40) && text.matches(releaseLabel) }
    private static let releaseLabel = regex(#"^(for immediate release|immediate release|for release)\W*$"#)
    /// `Press Release`, `News Release`, `Media Advisory`: what kind of page it is, not its title or byline.
    private static let dateLabel = regex(#"\b(for (immediate )?release|release date|filed|filed date|date filed|filing date|dated|published|posted|issued|released)(\s+on)?\s*:\s*"#)
    /// Up to five capitalized words ("WASHINGTON, D.C.", "Seattle, Wash."), then a comma, a dash or
    /// a parenthesis; not a sentence's opening word ("On June 10, 2020 – …").
    /// A publication's name may hold digits (`Law360 (June 10, 2020, 10:59 PM EDT) --`).
    private static let datelinePlace = caseSensitiveRegex(#"^\s*\(?\s*((?!(?:On|In|By|As|Since|Until|From|Through|Before|After|Today|Last|This|And|But)\b)\p{Lu}[\p{L}\d.'’-]*(,?\s+\p{Lu}[\p{L}\d.'’-]*){0,4}\s*(,|[—–-]{1,2})?\s*\(?\s*)?$"#)
    /// A dash, or a wire's name between slashes (`/PRNewswire/ --`), after the time of day if given.
    private static let datelineDash = regex(#"^(\s*,?\s*\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*([ECMPA][SD]?T|GMT|UTC)?)?\s*\)?\s*([-–—]{1,2}\s|/)"#)
}
