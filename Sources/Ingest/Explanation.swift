import Foundation

/// The report of `placard ingest --explain`: each line's fate and reason, then what was found,
/// with the rule behind each quotation's speaker.
public enum Explanation {
    public static func text(_ outcome: IngestOutcome, file: String) -> String {
        var lines: [String] = []
        for decision in outcome.decisions {
            let mark = decision.role == .removed ? "-" : decision.role == .body ? " " : "*"
            let excerpt = decision.line.text.count > 70 ? decision.line.text.prefix(67) + "…" : Substring(decision.line.text)
            lines.append("\(file):\(decision.line.number): \(mark) \(decision.role.rawValue): \(decision.reason) | \(excerpt)")
        }
        guard let article = outcome.article else { return lines.joined(separator: "\n") }
        lines.append("")
        lines.append("title: \(article.title)")
        if let subtitle = article.subtitle { lines.append("subtitle: \(subtitle)") }
        lines.append("date: \(article.date.iso)" + (article.updated.map { ", updated \($0.iso)" } ?? ""))
        if let author = article.author { lines.append("author: \(author)") }
        if let publisher = article.source?.publisher { lines.append("publisher: \(publisher)") }
        if let contact = article.contact { lines.append("contact: \(contact)") }
        lines.append("organizations: \(article.organizations.joined(separator: ", "))")
        lines.append("people: \(article.people.joined(separator: ", "))")
        lines.append("events: \(article.events.joined(separator: ", "))")
        for attribution in outcome.attributions {
            let quote = attribution.quote
            let speaker = quote.person ?? quote.organization ?? "unattributed"
            let excerpt = quote.text.count > 60 ? quote.text.prefix(57) + "…" : Substring(quote.text)
            lines.append("\(file):\(attribution.line): quote (\(speaker)): \(excerpt.replacingOccurrences(of: "\n", with: " "))")
            lines.append("    because \(attribution.rule)")
        }
        return lines.joined(separator: "\n")
    }

    /// One line of JSON for `--explain --format json`, for scripts such as `scripts/loader-eval`:
    /// every key is always there, absent values are null.
    public static func json(_ outcome: IngestOutcome, file: String) -> String {
        let article = outcome.article
        func orNull(_ text: String?) -> Any { text ?? NSNull() }
        let report: [String: Any] = [
            "file": file,
            "errors": outcome.diagnostics.filter { $0.severity == .error }.map(\.message),
            "title": orNull(article?.title), "subtitle": orNull(article?.subtitle),
            "date": orNull(article?.date.iso), "updated": orNull(article?.updated?.iso),
            "author": orNull(article?.author), "publisher": orNull(article?.source?.publisher),
            "contact": orNull(article?.contact),
            "lines": outcome.decisions.map { decision -> [String: Any] in
                ["line": decision.line.number, "kept": decision.role != .removed, "role": decision.role.rawValue,
                 "rule": decision.reason]
            },
            "organizations": article?.organizations ?? [], "people": article?.people ?? [], "events": article?.events ?? [],
            "quotes": outcome.attributions.map { attribution -> [String: Any] in
                ["text": attribution.quote.text, "person": orNull(attribution.quote.person),
                 "organization": orNull(attribution.quote.organization), "line": attribution.line, "rule": attribution.rule]
            },
        ]
        // Strings, numbers, booleans and nulls always serialize.
        let data = (try? JSONSerialization.data(withJSONObject: report, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
