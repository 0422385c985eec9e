import Content
import Foundation

/// Finds references to other hosts in the theme's HTML, CSS and JavaScript: the campaign promises
/// its readers that their browsers ask nothing of anyone else. URLs that content supplies through
/// template values (`{{url}}`) are not the theme's.
struct ThemeHostScan {
    let themeURL: URL
    let displayPath: String

    private static let reference = try! NSRegularExpression(
        pattern: #"(?:\b(?:src|href|action|poster|data|srcset)\s*=\s*["']?|url\(\s*["']?|@import\s+(?:url\(\s*)?["']?|\bfetch\(\s*["']|\bimport\s*\(?\s*["'])((?:https?:)?//[^"'\s)>]+)"#,
        options: [.caseInsensitive])

    func findings() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in SiteLoader.regularFiles(under: themeURL)
        where [".mustache", ".html", ".css", ".js", ".svg"].contains(where: { file.hasSuffix($0) }) {
            guard let data = FileManager.default.contents(atPath: themeURL.appendingPathComponent(file).path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                let range = NSRange(line.startIndex..., in: line)
                for match in Self.reference.matches(in: line, range: range) {
                    guard let urlRange = Range(match.range(at: 1), in: line) else { continue }
                    let column = line.distance(from: line.startIndex, to: urlRange.lowerBound) + 1
                    findings.append(.error(SourceLocation(file: displayPath + "/" + file, line: number + 1, column: column),
                                           "the theme loads '\(line[urlRange])' from another host"))
                }
            }
        }
        return findings
    }
}
