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

    /// One line of JSON for `--explain --format json`: for scripts such as `scripts/loader-eval`.
    public static func json(_ outcome: IngestOutcome, file: String) -> String {
        let article = outcome.article
        let report = ExplanationReport(
            file: file,
            errors: outcome.diagnostics.filter { $0.severity == .error }.map(\.message),
            title: article?.title, subtitle: article?.subtitle, date: article?.date.iso, updated: article?.updated?.iso,
            author: article?.author, publisher: article?.source?.publisher, contact: article?.contact,
            lines: outcome.decisions.map {
                ExplanationReport.Line(line: $0.line.number, kept: $0.role != .removed, role: $0.role.rawValue, rule: $0.reason)
            },
            organizations: article?.organizations ?? [], people: article?.people ?? [], events: article?.events ?? [],
            quotes: outcome.attributions.map {
                ExplanationReport.Quote(text: $0.quote.text, person: $0.quote.person, organization: $0.quote.organization,
                                        line: $0.line, rule: $0.rule)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, numbers and optionals cannot fail.
        return String(decoding: (try? encoder.encode(report)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
