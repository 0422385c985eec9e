import Foundation
import Testing

/// `placard check` reports every URL in the output that `URLPolicy` refuses, however it got there.
@Suite struct UnsafeURLCheckTests {
    func scratchCopy(of path: String) throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("placard-unsafe-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(path), to: copy)
        return copy
    }

    func append(_ text: String, to file: URL) throws {
        try Data((try String(contentsOf: file, encoding: .utf8) + text).utf8).write(to: file)
    }

    @Test func aThemeThatHardCodesAnUnsafeURLIsAnError() async throws {
        let theme = try scratchCopy(of: "templates")
        defer { try? FileManager.default.removeItem(at: theme) }
        let layout = theme.appendingPathComponent("layout.mustache")
        let text = try String(contentsOf: layout, encoding: .utf8).replacingOccurrences(of: "</body>", with: """
            <a href="javascript:alert(1)">a</a> <a class=x href='JaVaScRiPt:alert(2)'>b</a>
            <a href=java&Tab;script:alert(3)>c</a> <form action="&#106;ava&#x73;cript&colon;alert(4)"></form>
            <iframe src=" data:text/html,x"></iframe> <a title="href=javascript:no" href="&amp;#106;avascript:text">d</a>
            </body>
            """)
        try Data(text.utf8).write(to: layout)
        let found = try await checkFindings(repositoryRoot.appendingPathComponent("Tests/Fixtures/minimal"), templates: theme)
        let refused = found.filter { $0.contains("is refused") && $0.hasSuffix("(on index.html)") }
        let rule = "is refused: only http, https, mailto, tel, sms and relative URLs are allowed (on index.html)"
        #expect(refused.count == 5, "\(refused)")
        for url in ["javascript:alert(1)", "JaVaScRiPt:alert(2)", #"java\tscript:alert(3)"#, "javascript:alert(4)",
                    " data:text/html,x"] {
            #expect(refused.contains { $0.hasSuffix(": error: link '\(url)' \(rule)") }, "\(url)")
        }
    }

    @Test func anOptedInMarkdownLinkIsAnErrorAtItsLine() async throws {
        let site = try scratchCopy(of: "Tests/Fixtures/minimal")
        defer { try? FileManager.default.removeItem(at: site) }
        try append("unsafe_html: true\n", to: site.appendingPathComponent("content/site.yaml"))
        try append("\nSee [this](javascript:alert(1)).\n", to: site.appendingPathComponent("content/pages/about.md"))
        let lines = try String(contentsOf: site.appendingPathComponent("content/pages/about.md"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("javascript:") }) + 1
        let found = try await checkFindings(site)
        #expect(found.contains("content/pages/about.md:\(line):5: error: link 'javascript:alert(1)' is refused: only http, "
                               + "https, mailto, tel, sms and relative URLs are allowed (on about/index.html)"), "\(found)")
    }

    /// Output escapes `&`, so `&#106;avascript:` in a field is text to a browser: a relative link.
    @Test func aCharacterReferenceInAFieldStaysLiteralInTheOutput() async throws {
        let site = try scratchCopy(of: "Tests/Fixtures/minimal")
        defer { try? FileManager.default.removeItem(at: site) }
        let registry = site.appendingPathComponent("content/organizations.yaml")
        let text = try String(contentsOf: registry, encoding: .utf8)
            .replacingOccurrences(of: "https://one.example/", with: "&#106;avascript:alert(1)")
        try Data(text.utf8).write(to: registry)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("placard-check-\(UUID().uuidString)")
        let found = try await checkFindings(site, output: output)
        let page = try String(contentsOf: output.appendingPathComponent("organizations/coalition-one/index.html"), encoding: .utf8)
        #expect(page.contains(#"<a href="&amp;#106;avascript:alert(1)">Website</a>"#))
        #expect(!found.contains { $0.contains("is refused") }, "\(found)")
    }
}
