import Content
import Foundation
@testable import Preview
import TestSupport
import Testing

/// The error overlay in a real browser (headless Chromium through scripts/axe-check): no WCAG 2.1
/// A/AA violation in light or dark mode, its Close button has the focus, and Escape dismisses it.
@Suite struct OverlayBrowserTests {
    @Test func theOverlayIsAccessibleFocusedAndDismissedByEscape() async throws {
        let output = temporaryFolder("overlay")
        defer { try? FileManager.default.removeItem(at: output) }
        try await build(fixtures.appendingPathComponent("minimal"), into: output)
        let home = output.appendingPathComponent("index.html")
        let errors = [Diagnostic.error(SourceLocation(file: "content/articles/x.md", line: 2, column: 8),
                                       "invalid YAML: the quoted text opened here with \" is never closed")]
        let page = Injection.inject(into: try String(contentsOf: home, encoding: .utf8), errors: errors)
        try Data(page.utf8).write(to: home)
        let script = repositoryRoot.appendingPathComponent("scripts/axe-check").path
        let run = try runTool(["python3", script, "--dismiss", "placard-errors", output.path, "index.html"], deadline: 300)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.stderr.contains("axe-core: 2 page loads, 0 violations"), "\(run.stderr)")

        // The same check fails on an overlay that Escape does not dismiss.
        try Data(page.replacingOccurrences(of: "e.key===\"Escape\"", with: "e.key===\"Nothing\"").utf8).write(to: home)
        let stuck = try runTool(["python3", script, "--dismiss", "placard-errors", output.path, "index.html"], deadline: 300)
        #expect(stuck.status == 1)
        #expect(stuck.stdout.contains("index.html (light): Escape does not dismiss #placard-errors"), "\(stuck.output)")
    }
}
