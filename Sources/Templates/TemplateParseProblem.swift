import Content
import Foundation
import Mustache

/// A swift-mustache parse error in words, at the place to fix. swift-mustache says only
/// `expectedSectionEnd` or `sectionCloseNameIncorrect` where it gave up; the sections are found
/// again here, in the template's own text (default `{{ }}` delimiters), to name the one left open
/// and point at the tag that opened it.
struct TemplateParseProblem {
    var line: Int
    var column: Int
    var message: String

    /// `reported`: where swift-mustache stopped, in `text` (before the pragma was added).
    init(_ error: MustacheTemplate.ParserError, text: String, reported: (line: Int, column: Int)) {
        (line, column) = reported
        let tags = SectionTag.all(in: text)
        guard let kind = error.error as? MustacheTemplate.Error else {
            // The reader ran out of text (`overflow`): a tag is never closed.
            message = "\(error.error)"
            if let open = SectionTag.unclosedBraces(in: text) {
                (line, column) = open
                message = "the tag opened here with {{ is never closed with }}"
            }
            return
        }
        switch kind {
        case .expectedSectionEnd:
            message = "a section is not closed"
            if let open = SectionTag.unclosed(tags).last {
                (line, column) = (open.line, open.column)
                message = "section '\(open.name)' opened here with \(open.written) is never closed: add {{/\(open.name)}}"
            }
        case .sectionCloseNameIncorrect:
            message = "a closing tag does not match the section it closes"
            if let (open, close) = SectionTag.mismatch(tags) {
                if let open {
                    (line, column) = (open.line, open.column)
                    message = "section '\(open.name)' opened here with \(open.written) is not closed: "
                        + "\(close.written) at line \(close.line), column \(close.column) closes '\(close.name)' instead; "
                        + "close '\(open.name)' first with {{/\(open.name)}}"
                } else {
                    (line, column) = (close.line, close.column)
                    message = "\(close.written) closes section '\(close.name)', which is not open"
                }
            }
        case .unfinishedName:
            message = "a tag is not finished: a name of letters, digits, '.', '-', '_' or '?' must be followed by }}"
        case .invalidSetDelimiter:
            message = "a set-delimiter tag must read {{=OPEN CLOSE=}}"
        case .transformAppliedToInheritanceSection:
            message = "a transform cannot be applied to a {{$block}} or {{<partial}} section"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            message = "inside {{<partial}} … {{/partial}} only {{$block}} sections may appear"
        case .invalidConfigVariableSyntax:
            message = "a configuration tag must read {{% NAME: VALUE}}"
        case .unrecognisedConfigVariable:
            message = "this configuration tag is not one swift-mustache knows (CONTENT_TYPE)"
        }
    }
}

/// A section tag (`{{#name}}`, `{{^name}}`, `{{$name}}`, `{{<name}}` or `{{/name}}`) and where it is.
struct SectionTag: Equatable {
    var name: String
    var opens: Bool
    /// As written: `{{#items}}`.
    var written: String
    var line: Int
    var column: Int

    /// The section tags of a template, in order; comments and other tags are skipped.
    static func all(in text: String) -> [SectionTag] {
        var tags: [SectionTag] = []
        for (number, lineText) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = lineText[...]
            while let open = rest.range(of: "{{") {
                let column = lineText.distance(from: lineText.startIndex, to: open.lowerBound) + 1
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                let inside = rest[open.upperBound..<close.lowerBound]
                rest = rest[close.upperBound...]
                guard let sigil = inside.first, "#^$</".contains(sigil) else { continue }
                let name = inside.dropFirst().trimmingCharacters(in: .whitespaces)
                tags.append(SectionTag(name: name, opens: sigil != "/", written: "{{\(inside)}}",
                                       line: number + 1, column: column))
            }
        }
        return tags
    }

    /// The first `{{` with no `}}` after it on its line, nor in the rest of the text.
    static func unclosedBraces(in text: String) -> (line: Int, column: Int)? {
        for (number, lineText) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = lineText[...]
            while let open = rest.range(of: "{{") {
                guard let close = rest[open.upperBound...].range(of: "}}") else {
                    guard !text[open.upperBound...].contains("}}") else { break }
                    return (number + 1, lineText.distance(from: lineText.startIndex, to: open.lowerBound) + 1)
                }
                rest = rest[close.upperBound...]
            }
        }
        return nil
    }

    /// The sections still open at the end, outermost first.
    static func unclosed(_ tags: [SectionTag]) -> [SectionTag] {
        var open: [SectionTag] = []
        for tag in tags {
            if tag.opens { open.append(tag) } else if open.last?.name == tag.name { open.removeLast() }
        }
        return open
    }

    /// The first closing tag that does not close the innermost open section, with that section
    /// (nil when none is open).
    static func mismatch(_ tags: [SectionTag]) -> (open: SectionTag?, close: SectionTag)? {
        var open: [SectionTag] = []
        for tag in tags {
            if tag.opens {
                open.append(tag)
            } else if open.last?.name == tag.name {
                open.removeLast()
            } else {
                return (open.last, tag)
            }
        }
        return nil
    }
}
