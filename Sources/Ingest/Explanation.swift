import Foundation

/// The report of `placard ingest --explain`: each line's fate and reason, then what was found.
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
        for quote in article.quotes {
            let speaker = quote.person ?? quote.organization ?? "unattributed"
            let excerpt = quote.text.count > 60 ? quote.text.prefix(57) + "…" : Substring(quote.text)
            lines.append("quote (\(speaker)): \(excerpt.replacingOccurrences(of: "\n", with: " "))")
        }
        return lines.joined(separator: "\n")
    }
}
