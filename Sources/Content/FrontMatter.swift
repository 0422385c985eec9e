/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the `---` lines (empty when the file has none).
    var yaml: YAMLText
    var body: String
    /// Line of the file on which the body starts.
    var bodyLine: Int

    /// Nil (after reporting) when the front matter is opened but never closed.
    init?(text: String, path: String, sink: DiagnosticSink) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingTrailingSpaces() == "---" }) == true else {
            yaml = YAMLText(path: path, text: "", firstLine: 1)
            body = text
            bodyLine = 1
            return
        }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { ["---", "..."].contains($0.trimmingTrailingSpaces()) }) else {
            sink.error(SourceLocation(file: path, line: 1, column: 1),
                       "front matter opened with '---' is never closed with a '---' line")
            return nil
        }
        yaml = YAMLText(path: path, text: lines[..<close].joined(separator: "\n"), firstLine: 2)
        body = lines[(close + 1)...].joined(separator: "\n")
        bodyLine = close + 3
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
