import Foundation
import Markdown

/// Who first published a copied article, and where, as a line of its own states it: "The post …
/// appeared first on Common Dreams.", "Originally published by ValueWalk", "This article first
/// appeared at https://…". Only a line that says so counts: a site's name elsewhere is no credit.
struct SourceCredit: Equatable {
    var publisher: String?
    var url: String?

    // `… appeared first on NAME.`, `originally published (by|on|in|at) NAME[, DATE|.]`
    private static let stated = caseSensitiveRegex(
        #"^(?:(?i:the post)\b.{3,400}?\b(?i:appeared first on)|(?i:(?:this (?:article|story|post|piece) )?(?:was )?(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)))\s+(.{2,120}?)\s*[.]?$"#)
    // A name: one to six capitalized words (`The Boston Globe`, `FOX Business`, `ValueWalk`).
    private static let name = caseSensitiveRegex(#"^(?:The\s+)?\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}\d.&'’-]*)){0,5}$"#)

    /// The first credit line among `lines` (the lines cleaning removed), if any.
    static func read(_ lines: [String]) -> SourceCredit? {
        for line in lines {
            let text = line.trimmedOfSpaces
            guard let match = stated.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let range = Range(match.range(at: 1), in: text) else { continue }
            // `ValueWalk, May 19, 2021` and `ValueWalk on May 19` name the site before a date.
            let named = text[range].split(separator: ",").first.map(String.init)?
                .replacingOccurrences(of: #"\s+on\s+\p{Lu}\p{Ll}+\.?\s+\d.*$"#, with: "", options: .regularExpression)
                .trimmedOfSpaces ?? ""
            if isAddress(named) { return SourceCredit(url: named) }
            if named.matches(name) { return SourceCredit(publisher: named) }
        }
        return nil
    }

    /// An absolute http(s) address that the URL policy allows, with no spaces.
    private static func isAddress(_ text: String) -> Bool {
        guard let scheme = URLPolicy.scheme(of: text), scheme == "http" || scheme == "https" else { return false }
        return !text.contains(where: \.isWhitespace) && URLComponents(string: text)?.host?.isEmpty == false
    }
}
