@testable import Content
import Testing

/// A YAML error is reported where the problem starts, not where libyaml gave up.
@Suite struct YAMLProblemStartTests {
    @Test func anUnclosedQuoteOrBracketIsFoundOnItsLine() throws {
        let found = try errors([
            "content/articles/q.md": "---\ntitle: \"Unclosed\ndate: 2021-01-01\nsummary: fine\n---\nBody\n",
            "content/articles/b.md": "---\ntitle: Fine\ndate: 2021-01-01\norganizations: [a, {b: c}\nsummary: x\n---\nBody\n",
            "content/articles/s.md": "---\ntitle: 'it''s\nsummary: \"multi\n  line\"\ndate: 2021-01-01\n---\nBody\n",
            "content/site.yaml": "title: T\ndescription: \"two\n  lines\"\nlanguage: 'en\nnav: []\n",
        ])
        #expect(found.contains { $0.hasPrefix("content/articles/q.md:2:8: error: invalid YAML: the quoted text opened here with \" is never closed (at line ") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("content/articles/b.md:4:16: error: invalid YAML: the [ opened here is never closed with its ]") }, "\(found)")
        // '' is a quote inside single quotes; a quoted value over two lines is fine.
        #expect(found.contains { $0.hasPrefix("content/articles/s.md:2:8: error: invalid YAML: the quoted text opened here with '") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("content/site.yaml:4:11: error: invalid YAML: the quoted text opened here with '") }, "\(found)")
    }

    @Test func anErrorLibyamlPlacesRightIsLeftWhereItIs() throws {
        // A mapping value where none may be: libyaml points at it, and nothing before it fails.
        let found = try errors(["content/site.yaml": "title: T\nlanguage: en: us\nnav: []\n"])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("content/site.yaml:2:") == true, "\(found)")
        #expect(YAMLProblemStart.find(in: "title: T\nlanguage: en: us\nnav: []\n", reportedLine: 2) == nil)
    }

    @Test func theOpenerIsTheFirstQuoteOrTheLastBracketLeftOpen() {
        #expect(YAMLProblemStart.unclosed(in: "a: [x, [y], {z: \"q\"")?.opener == "{")
        #expect(YAMLProblemStart.unclosed(in: "a: [x, [y], {z: \"q\"")?.column == 13)
        #expect(YAMLProblemStart.unclosed(in: "a: [x, [y], {z: \"q\"}")?.column == 4)
        #expect(YAMLProblemStart.unclosed(in: "a: \"x\\\" [") .map { [String($0.opener), String($0.column)] } == ["\"", "4"])
        #expect(YAMLProblemStart.unclosed(in: "a: it's [fine] # a \"comment") == nil)
        #expect(YAMLProblemStart.unclosed(in: "a: 'it''s' {") .map { [String($0.opener), String($0.column)] } == ["{", "12"])
    }

    /// Found by the fuzzer: the lines before an unclosed bracket parse, and hold a mapping key that
    /// stands for a billion values; composing them to see that they parse hashed it for ever.
    @Test func aBillionLaughsKeyBeforeTheProblemIsNotExpanded() {
        var lines = ["title: Bad", "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 { lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]") }
        lines += ["? *l9", ": x", "organizations: [unclosed"]
        let start = YAMLProblemStart.find(in: lines.joined(separator: "\n") + "\n", reportedLine: lines.count + 1)
        #expect(start == YAMLProblemStart.Start(line: lines.count, column: 16, opener: "["))
    }

    @Test func theSearchBackIsBounded() {
        // Far more lines than the tries: the reported line stands.
        let text = "a: \"open\n" + String(repeating: "b: c\n", count: YAMLProblemStart.maximumTries + 10)
        #expect(YAMLProblemStart.find(in: text, reportedLine: YAMLProblemStart.maximumTries + 12) == nil)
        let short = "a: \"open\n" + String(repeating: "b: c\n", count: 10)
        #expect(YAMLProblemStart.find(in: short, reportedLine: 12) == .init(line: 1, column: 4, opener: "\""))
    }
}
