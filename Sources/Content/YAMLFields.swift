import Foundation
import Markdown
import Yams

/// Collects the problems of one load, in the order they are found.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(.error(location, message))
    }

    func warning(_ location: SourceLocation, _ message: String) {
        diagnostics.append(.warning(location, message))
    }

    func append(_ more: [Diagnostic]) {
        diagnostics += more
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// A value read from YAML, with where it was written.
struct Located<Value> {
    var value: Value
    var location: SourceLocation
}

/// A YAML text that starts at `firstLine` of `path` (front matter starts on line 2).
struct YAMLText {
    var path: String
    var text: String
    var firstLine: Int = 1

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: path, line: firstLine) }
        return SourceLocation(file: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    /// Given, since Yams' default reads the whole environment on every parse (2% of a build).
    static var encoding: Parser.Encoding { .utf8 }

    /// Parses the text, or reports why it cannot be parsed.
    func compose(into sink: DiagnosticSink) -> Node? {
        do {
            try YAMLAliases.check(text)
            return try Yams.compose(yaml: text, .default, .default, YAMLText.encoding)
        } catch let error as YAMLAliases.TooManyValues {
            sink.error(location(error.mark), "invalid YAML: \(error.problem)")
        } catch let error as YamlError {
            if case let .reader(problem, offset?, _, yaml) = error {
                // libyaml's reader gives a character offset, not a line: a control character, bad UTF-8.
                let before = yaml.prefix(offset)
                let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                let column = String(before.reversed().prefix { $0 != "\n" }).unicodeScalars.count + 1
                sink.error(SourceLocation(file: path, line: line + firstLine - 1, column: column), "invalid YAML: \(problem)")
                return nil
            }
            let start = problemStart(error)
            sink.error(start.location, "invalid YAML: " + start.message)
        } catch {
            sink.error(location(nil), "invalid YAML: \(error)")
        }
        return nil
    }
}

extension YAMLText {
    /// Where the problem starts: libyaml reports an unclosed quote or bracket where the text ends.
    private func problemStart(_ error: YamlError) -> (location: SourceLocation, message: String) {
        guard let mark = error.mark,
              let start = YAMLProblemStart.find(in: text, reportedLine: mark.line) else {
            return (location(error.mark), error.problem)
        }
        let location = SourceLocation(file: path, line: start.line + firstLine - 1, column: start.column ?? 1)
        let reported = "line \(mark.line + firstLine - 1)"
        switch start.opener {
        case "\"", "'":
            return (location, "the quoted text opened here with \(start.opener!) is never closed (at \(reported): \(error.problem))")
        case "[", "{":
            return (location, "the \(start.opener!) opened here is never closed with its \(start.opener == "[" ? "]" : "}") (at \(reported): \(error.problem))")
        default:
            return (location, "this line starts what cannot be read (at \(reported): \(error.problem))")
        }
    }
}

extension YamlError {
    var mark: Mark? {
        switch self {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark
        case let .duplicatedKeysInMapping(_, context):
            return context.mark
        default:
            return nil
        }
    }

    var problem: String {
        switch self {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _),
             let .composer(context, problem, _, _):
            return [problem, context?.text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        case let .duplicatedKeysInMapping(duplicates, _):
            return "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))"
        default:
            return "\(self)"
        }
    }
}

/// Typed access to the fields of one YAML mapping; every problem goes to the sink with its place.
struct YAMLFields {
    let node: Node
    let source: YAMLText
    let sink: DiagnosticSink
    private let mapping: Node.Mapping
    /// The values by key, looked up once: Yams's mapping subscript compares every key node.
    private let values: [String: Node]

    /// Nil (after reporting) when `node` is not a mapping.
    init?(_ node: Node, source: YAMLText, sink: DiagnosticSink, what: String) {
        guard let mapping = node.mapping else {
            sink.error(source.location(node.mark), "\(what) must be a mapping of fields")
            return nil
        }
        self.node = node
        self.source = source
        self.sink = sink
        self.mapping = mapping
        values = Dictionary(mapping.compactMap { pair in pair.key.string.map { ($0, pair.value) } },
                            uniquingKeysWith: { first, _ in first })
    }

    var location: SourceLocation { source.location(node.mark) }

    func value(_ key: String) -> Node? {
        guard let value = values[key] else { return nil }
        if case .scalar(let scalar) = value, scalar.style == .plain,
           ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            return nil
        }
        return value
    }

    func location(of key: String) -> SourceLocation {
        source.location(value(key)?.mark ?? node.mark)
    }

    /// Reports fields the format does not know, which are most often typos.
    func warnUnknownKeys(allowed: Set<String>) {
        for key in mapping.keys {
            guard let name = key.string else { continue }
            if !allowed.contains(name) {
                sink.warning(source.location(key.mark), "unknown field '\(name)'")
            }
        }
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key) else {
            if required { sink.error(location, "missing required field '\(key)'") }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            sink.error(source.location(value.mark), "'\(key)' must be text")
            return nil
        }
        let text = scalar.string.trimmedOfWhitespace
        if required && text.isEmpty {
            sink.error(source.location(value.mark), "'\(key)' must not be empty")
            return nil
        }
        return text.isEmpty ? nil : text
    }

    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let bool = value.bool else {
            sink.error(source.location(value.mark), "'\(key)' must be true or false")
            return nil
        }
        return bool
    }

    func day(_ key: String, required: Bool = false) -> Day? {
        guard let text = string(key, required: required) else { return nil }
        guard let day = Day(iso: text) else {
            sink.error(location(of: key), "'\(key)' must be a date written YYYY-MM-DD, not '\(text)'")
            return nil
        }
        guard Day.supportedYears.contains(day.year) else {
            let years = Day.supportedYears
            sink.error(location(of: key), "'\(key)' (\(text)) must be in the years \(years.lowerBound) to "
                + "\(years.upperBound), which calendars and sitemaps can hold")
            return nil
        }
        return day
    }

    /// `updated`, which may not be before `date`.
    func updatedDay(after date: Day?) -> Day? {
        let updated = day("updated")
        if let date, let updated, updated < date {
            sink.error(location(of: "updated"), "'updated' (\(updated)) is before 'date' (\(date))")
        }
        return updated
    }

    /// A URL that reaches the output; one that `URLPolicy` refuses is reported and dropped.
    func url(_ key: String, required: Bool = false) -> String? {
        guard let text = string(key, required: required) else { return nil }
        if let problem = URLPolicy.problem(with: text) {
            sink.error(location(of: key), "\(key) \(problem)")
            return nil
        }
        return text
    }

    /// A list of texts; a single text is taken as a list of one.
    func strings(_ key: String) -> [Located<String>] {
        guard let value = value(key) else { return [] }
        if case .scalar = value, let single = string(key) {
            return [Located(value: single, location: source.location(value.mark))]
        }
        guard let sequence = value.sequence else {
            sink.error(source.location(value.mark), "'\(key)' must be a list")
            return []
        }
        return sequence.compactMap { item in
            guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                sink.error(source.location(item.mark), "each item of '\(key)' must be text")
                return nil
            }
            return Located(value: scalar.string, location: source.location(item.mark))
        }
    }

    func fields(_ key: String) -> YAMLFields? {
        guard let value = value(key) else { return nil }
        return YAMLFields(value, source: source, sink: sink, what: "'\(key)'")
    }

    func list(_ key: String) -> [Node] {
        guard let value = value(key) else { return [] }
        guard let sequence = value.sequence else {
            sink.error(source.location(value.mark), "'\(key)' must be a list")
            return []
        }
        return Array(sequence)
    }
}
