import Content
import Foundation
import Mustache

/// The templates of a theme folder, parsed once, and the static files it ships.
public struct Theme: Sendable {
    /// Templates every theme must have: one per page kind, and the layout.
    public static let requiredTemplates = ["layout", "home", "article", "articles", "organization", "organizations",
                                           "event", "events", "person", "page", "404"]

    public let displayPath: String
    /// Paths under `static/`, copied to the output root.
    public let staticFiles: [String]
    public let directory: URL
    /// Files of the theme that were skipped (pipes, sockets, devices, broken links).
    public let warnings: [Diagnostic]
    /// Changes whenever a template's text does: what rendered pages are cached under.
    public let signature: Int
    private let library: MustacheLibrary
    private let names: Set<String>

    /// Loads every `*.mustache` under `directory`; all problems are reported together. Links may
    /// point inside the theme folder or `siteRoot`, nowhere else.
    public static func load(from directory: URL, displayPath: String, siteRoot: URL? = nil) throws(DiagnosticList) -> Theme {
        _ = EscaperRegistration.installed
        let files = SiteFiles(allowing: [directory] + (siteRoot.map { [$0] } ?? []))
        let found = files.regularFiles(under: directory, displayFolder: displayPath)
        var diagnostics = found.problems.filter { $0.severity == .error }
        var library = MustacheLibrary()
        var texts: [String: (path: String, text: String)] = [:]
        for relative in found.files where relative.hasSuffix(".mustache") && !relative.hasPrefix("static/") {
            let name = String(relative.dropLast(".mustache".count))
            let path = displayPath + "/" + relative
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(relative).path),
                  let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error(SourceLocation(file: path), "cannot read template as UTF-8 text"))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: EscaperRegistration.pragma + text), named: name)
                texts[name] = (path, text)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = line == 1 ? max(1, error.context.columnNumber - EscaperRegistration.pragma.count)
                    : error.context.columnNumber
                let problem = TemplateParseProblem(error, text: text, reported: (line, column))
                diagnostics.append(.error(SourceLocation(file: path, line: problem.line, column: problem.column),
                                          "template does not parse: \(problem.message)"))
            } catch {
                diagnostics.append(.error(SourceLocation(file: path), "template does not parse: \(error)"))
            }
        }
        let names = Set(texts.keys)
        for name in requiredTemplates where !names.contains(name) && !diagnostics.contains(where: {
            $0.location.file == displayPath + "/" + name + ".mustache"
        }) {
            diagnostics.append(.error(SourceLocation(file: displayPath + "/" + name + ".mustache"), "missing template"))
        }
        for (name, source) in texts.sorted(by: { $0.key < $1.key }) {
            for reference in partialReferences(in: source.text) where !names.contains(reference.name) {
                diagnostics.append(.error(SourceLocation(file: source.path, line: reference.line),
                                          "'\(name)' includes '\(reference.name)', but there is no \(displayPath)/\(reference.name).mustache"))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        let staticFiles = found.files.filter { $0.hasPrefix("static/") }.map { String($0.dropFirst("static/".count)) }
        var hasher = Hasher()
        for (name, source) in texts.sorted(by: { $0.key < $1.key }) {
            hasher.combine(name)
            hasher.combine(source.text)
        }
        return Theme(displayPath: displayPath, staticFiles: staticFiles, directory: directory,
                     warnings: found.problems.filter { $0.severity != .error },
                     signature: hasher.finalize(), library: library, names: names)
    }

    public func hasTemplate(_ name: String) -> Bool { names.contains(name) }

    /// Renders the named template with a context.
    public func render(_ name: String, _ context: TemplateValue) throws(Diagnostic) -> String {
        guard let html = library.render(context.mustacheValue, withTemplate: name) else {
            throw .error(SourceLocation(file: displayPath + "/" + name + ".mustache"), "missing template")
        }
        return html
    }

    /// `{{> name}}` and `{{< name}}` tags, with their lines.
    static func partialReferences(in text: String) -> [(name: String, line: Int)] {
        var references: [(String, Int)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let marker = rest.first, marker == ">" || marker == "<",
                      let close = rest.range(of: "}}") else { continue }
                let name = rest[rest.index(after: rest.startIndex)..<close.lowerBound]
                    .trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { references.append((name, number + 1)) }
                rest = rest[close.upperBound...]
            }
        }
        return references
    }
}
