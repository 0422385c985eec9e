import Content
import Foundation
import TestSupport
import Testing

/// axe-core 4.x in headless Chromium (scripts/axe-check) finds no WCAG 2.1 A/AA violation on any
/// page of the bundled campaign, in light or dark mode. scripts/test installs chromium,
/// chromium-driver and selenium; the script fetches axe.min.js from PyPI once.
@Suite(.serialized) struct AccessibilityTests {
    static let script = repositoryRoot.appendingPathComponent("scripts/axe-check").path

    @Test func everyPageOfTheBundledCampaignPassesAxeInLightAndDarkMode() async throws {
        let output = temporaryFolder("axe-bundled")
        defer { try? FileManager.default.removeItem(at: output) }
        try await build(repositoryRoot, into: output, today: .init(iso: "2021-06-09")!)
        let pages = files(in: output).filter { $0.hasSuffix(".html") }
        #expect(pages.count > 10)
        let run = try runTool(["python3", Self.script, output.path], deadline: 900)
        #expect(run.status == 0, "\(run.output)")
        // Both schemes, every page, and the search page after two queries.
        #expect(run.stderr.contains("axe-core: \((pages.count + 2) * 2) page loads, 0 violations"), "\(run.stderr)")
    }

    @Test func theCheckFailsNamingPageRuleAndNode() throws {
        let folder = temporaryFolder("axe-broken")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // An input without a label in both schemes; text that loses its contrast in dark mode only.
        let page = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title><style>
            @media (prefers-color-scheme: dark) { body { background: #111; } p { color: #222; } }
            </style></head><body><main><h1>x</h1><p>Hard to read at night</p><input id="q"></main></body></html>
            """
        try Data(page.utf8).write(to: folder.appendingPathComponent("index.html"))
        let run = try runTool(["python3", Self.script, folder.path], deadline: 300)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("index.html (light): label (critical): #q: ") }, "\(run.output)")
        #expect(lines.contains { $0.hasPrefix("index.html (dark): label (critical): #q: ") }, "\(run.output)")
        #expect(lines.contains { $0.hasPrefix("index.html (dark): color-contrast (serious): p: ") }, "\(run.output)")
        #expect(!lines.contains { $0.hasPrefix("index.html (light): color-contrast") }, "\(run.output)")
    }
}
