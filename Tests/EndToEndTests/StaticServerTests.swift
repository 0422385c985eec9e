import Foundation
import TestSupport
import Testing

/// `public/` works under any static server at any path: Python's server under a sub-path,
/// crawled by linkchecker (Debian's package; scripts/test installs it).
@Suite(.serialized) struct StaticServerTests {
    /// Serves `folder` with `python3 -m http.server` and runs linkchecker from `path`.
    func crawl(_ folder: URL, path: String) throws -> (status: Int32, report: String) {
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder.path]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        // SIGKILL: children of test threads inherit a mask that blocks SIGTERM.
        defer {
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        let banner = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        let port = try #require(banner.range(of: #"port (\d+)"#, options: .regularExpression).map {
            banner[$0].split(separator: " ")[1]
        }, "python3 -m http.server did not start: \(banner)")
        let run = try runTool(["linkchecker", "--no-status", "--no-warnings", "http://127.0.0.1:\(port)\(path)"],
                              deadline: 180)
        return (run.status, run.output)
    }

    @Test func theBundledSiteUnderASubPathHasNoBrokenLinks() async throws {
        let served = temporaryFolder("served")
        // Placard creates an output's parents only inside the site root.
        try FileManager.default.createDirectory(at: served.appendingPathComponent("campaign"), withIntermediateDirectories: true)
        try await build(repositoryRoot, into: served.appendingPathComponent("campaign/site"))
        let result = try crawl(served, path: "/campaign/site/")
        #expect(result.status == 0, "\(result.report)")
        #expect(result.report.contains("0 errors found"))
        #expect(result.report.range(of: #"[1-9]\d* links? in \d+ URLs checked"#, options: .regularExpression) != nil)
    }

    @Test func theCrawlFindsABrokenLinkWhenThereIsOne() async throws {
        let served = temporaryFolder("served")
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
        try await build(fixtures.appendingPathComponent("check-problems"), into: served.appendingPathComponent("sub"))
        let result = try crawl(served, path: "/sub/")
        #expect(result.status != 0)
        #expect(result.report.contains("nowhere"))
    }
}
