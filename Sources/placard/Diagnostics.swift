import Content
import Foundation

/// Prints diagnostics like a compiler: to standard error, coloured on a terminal, and as
/// workflow annotations under GitHub Actions.
enum Diagnostics {
    static let environment = ProcessInfo.processInfo.environment
    static let colour = isatty(STDERR_FILENO) != 0 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    static let githubActions = environment["GITHUB_ACTIONS"] == "true"

    static func print(_ diagnostics: [Diagnostic], strict: Bool = false) {
        for var diagnostic in diagnostics {
            if strict && diagnostic.severity == .warning { diagnostic.severity = .error }
            printLine(colour ? coloured(diagnostic) : diagnostic.description)
            if githubActions { Swift.print(annotation(diagnostic)) }
        }
    }

    static func printLine(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Errors, and under `--strict` warnings too: what makes a command fail.
    static func failures(_ diagnostics: [Diagnostic], strict: Bool) -> Int {
        diagnostics.filter { $0.severity == .error || (strict && $0.severity == .warning) }.count
    }

    private static func coloured(_ diagnostic: Diagnostic) -> String {
        let code = switch diagnostic.severity {
        case .error: "31"
        case .warning: "33"
        case .note: "36"
        }
        return "\u{1B}[1m\(diagnostic.location):\u{1B}[0m \u{1B}[1;\(code)m\(diagnostic.severity.rawValue):\u{1B}[0m \(diagnostic.message)"
    }

    /// `::error file=content/x.md,line=7,col=3::message`
    static func annotation(_ diagnostic: Diagnostic) -> String {
        let command = diagnostic.severity == .note ? "notice" : diagnostic.severity.rawValue
        var properties = ["file=\(escapeProperty(diagnostic.location.file))"]
        if let line = diagnostic.location.line { properties.append("line=\(line)") }
        if let column = diagnostic.location.column { properties.append("col=\(column)") }
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(diagnostic.message))"
    }

    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
