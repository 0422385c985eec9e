/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the `---` lines (empty when the file has none).
    var yaml: YAMLText
    var body: String
    /// Line of the file on which the body starts.
    var bodyLine: Int

    /// Nil (after reporting) when the front matter is opened but never closed. Only the front
    /// matter's lines are looked at; the body is sliced off whole.
    init?(text: String, path: String, sink: DiagnosticSink) {
        var lines = LineCursor(text)
        guard let opener = lines.next(), opener.text.trimmingTrailingSpaces() == "---" else {
            yaml = YAMLText(path: path, text: "", firstLine: 1)
            body = text
            bodyLine = 1
            return
        }
        var yamlEnd = opener.end
        while let line = lines.next() {
            if ["---", "..."].contains(line.text.trimmingTrailingSpaces()) {
                let yamlStart = opener.next ?? text.endIndex
                yaml = YAMLText(path: path, text: yamlStart < yamlEnd ? String(text[yamlStart..<yamlEnd]) : "", firstLine: 2)
                body = line.next.map { String(text[$0...]) } ?? ""
                bodyLine = lines.number + 1
                return
            }
            yamlEnd = line.end
        }
        sink.error(SourceLocation(file: path, line: 1, column: 1),
                   "front matter opened with '---' is never closed with a '---' line")
        return nil
    }
}

/// The lines of a text one at a time, without splitting the rest of it.
private struct LineCursor {
    let text: String
    private var position: String.Index?
    /// The number of the last line returned (from 1).
    private(set) var number = 0

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    /// A line's text, where it ends (before its newline), and where the next line starts (nil after the last).
    mutating func next() -> (text: Substring, end: String.Index, next: String.Index?)? {
        guard let start = position else { return nil }
        number += 1
        guard let newline = text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else {
            position = nil
            return (text[start...], text.endIndex, nil)
        }
        let next = text.utf8.index(after: newline)
        position = next
        return (text[start..<newline], newline, next)
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
