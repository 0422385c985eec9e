import Yams

/// Where a YAML error starts. libyaml notices an unclosed quote or bracket only at the end of the
/// text, so its mark points past the problem. The problem starts on the line after the longest run
/// of leading lines that still parses; on that line, at the quote or bracket left open, if any.
enum YAMLProblemStart {
    /// Parses tried at most, backwards from the reported line (registries can be long).
    static let maximumTries = 200
    /// And bytes read in all those tries: a megabyte of front matter is read a few times at most.
    static let maximumBytesRead = 4_000_000

    struct Start: Equatable {
        /// From 1, in the YAML text.
        var line: Int
        var column: Int?
        /// What is left open there: `"`, `'`, `[` or `{`.
        var opener: Character?
    }

    /// Nil when the start is the reported line itself, or is not found within `maximumTries`.
    static func find(in text: String, reportedLine: Int) -> Start? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var line = min(reportedLine, lines.count + 1)
        // `line` fails to parse with the lines before it: go back while those fail too.
        var (tries, bytesRead) = (0, 0)
        while line > 1 {
            let before = lines[..<(line - 1)].joined(separator: "\n")
            guard !parses(before) else { break }
            tries += 1
            bytesRead += before.utf8.count
            // Each try reads the lines before again: bounded, for a long text that breaks at its end.
            guard tries < maximumTries, bytesRead < maximumBytesRead else { return nil }
            line -= 1
        }
        guard line < reportedLine, line <= lines.count else { return nil }
        let open = unclosed(in: lines[line - 1])
        return Start(line: line, column: open?.column, opener: open?.opener)
    }

    /// Whether `text` is well-formed YAML. Its aliases are counted first: a part that parses may
    /// hold a mapping key standing for a billion values, which composing would hash whole.
    private static func parses(_ text: String) -> Bool {
        do {
            try YAMLAliases.check(text)
        } catch is YAMLAliases.TooManyValues {
            return true
        } catch {
            return false
        }
        return (try? Yams.compose(yaml: text, .default, .default, YAMLText.encoding)) != nil
    }

    /// The first quote left open on a line, else the last bracket left open, with its column
    /// (from 1, in characters). Quotes inside quotes and everything after a comment do not count.
    static func unclosed(in line: Substring) -> (opener: Character, column: Int)? {
        var brackets: [(Character, Int)] = []
        var quote: (Character, Int)?
        var previous: Character = " "
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let column = index + 1
            if let (mark, _) = quote {
                if character == mark {
                    // '' inside single quotes is an escaped quote.
                    if mark == "'", index + 1 < characters.count, characters[index + 1] == "'" { index += 1 } else { quote = nil }
                } else if mark == "\"", character == "\\" {
                    index += 1
                }
            } else if character == "#", previous == " " || previous == "\t" {
                break
            } else if character == "\"" || character == "'" {
                // A quote opens a scalar only where one can start, not inside a word (it's).
                if " \t[{,:-".contains(previous) || index == 0 { quote = (character, column) }
            } else if character == "[" || character == "{" {
                brackets.append((character, column))
            } else if character == "]" || character == "}" {
                _ = brackets.popLast()
            }
            previous = character
            index += 1
        }
        if let quote { return quote }
        return brackets.last.map { ($0.0, $0.1) }
    }
}
