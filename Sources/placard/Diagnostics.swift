import Content
import Foundation

/// Prints diagnostics to standard error, one per line, like a compiler.
enum Diagnostics {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printLine(diagnostic.description) }
    }

    static func printLine(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
