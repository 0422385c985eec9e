import Foundation
import Testing

/// A running `placard serve` on a free port, stopped with SIGINT at the end.
final class ServedSite: @unchecked Sendable {
    let root: URL
    let process = Process()
    let port: UInt16
    private let output = Pipe()

    init(fixture: String) throws {
        root = try scratchCopy(of: fixture)
        try FileManager.default.copyItem(at: defaultTheme, to: root.appendingPathComponent("templates"))
        guard let executable = placardExecutable else { throw MissingExecutable() }
        process.executableURL = executable
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = root
        process.standardOutput = output
        _ = FileManager.default.createFile(atPath: root.appendingPathComponent("serve.log").path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: root.appendingPathComponent("serve.log"))
        try process.run()
        var line = ""
        let deadline = Date().addingTimeInterval(30)
        while !line.contains("\n"), Date() < deadline {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            line += String(decoding: data, as: UTF8.self)
        }
        guard let range = line.range(of: #"127\.0\.0\.1:(\d+)"#, options: .regularExpression),
              let port = UInt16(line[range].split(separator: ":")[1]) else {
            kill(process.processIdentifier, SIGKILL)
            throw ServeFailed(output: line)
        }
        self.port = port
    }

    struct ServeFailed: Error { var output: String }

    var client: HTTPTestClient { HTTPTestClient(port: port) }

    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Polls until `condition` holds for the page at `path`, as a rebuild lands.
    func waitFor(_ path: String, timeout: TimeInterval = 10, _ condition: (HTTPTestClient.Response) -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(try client.get(path)) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    func stop() -> Int32 {
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Suite(.serialized) struct ServeEndToEndTests {
    @Test func servesPagesWithTypesIndexesAnd404() throws {
        let site = try ServedSite(fixture: "minimal")
        defer { #expect(site.stop() == 0) }
        let home = try site.client.get("/")
        #expect(home.status == 200 && home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.body.contains("/_placard/events"))
        let css = try site.client.get("/assets/placard.css")
        #expect(css.status == 200 && css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(try site.client.get("/assets/logos/one.svg").headers["content-type"] == "image/svg+xml")
        #expect(try site.client.get("/about/").body.contains("This is the about page"))
        #expect(try site.client.get("/about").status == 301)
        let missing = try site.client.get("/no/such/page/")
        #expect(missing.status == 404 && missing.body.contains("Page not found"))
        // The reload script is never written into the output folder.
        #expect(!(try read(site.root.appendingPathComponent("public"), "index.html")).contains("_placard"))
    }

    @Test func neverServesAnythingOutsideTheOutputFolder() throws {
        let site = try ServedSite(fixture: "minimal")
        defer { _ = site.stop() }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("public/escape").path,
                                                   withDestinationPath: "/etc")
        for path in ["/../content/site.yaml", "/%2e%2e/content/site.yaml", "/%2E%2E/%2e%2e/etc/passwd",
                     "/..%2fcontent%2fsite.yaml", "/escape/passwd", "/assets/../../content/site.yaml"] {
            let response = try site.client.get(path)
            #expect(response.status == 404 || response.status == 400, "\(path)")
            #expect(!response.body.contains("root:") && !response.body.contains("baseURL"), "\(path)")
        }
    }

    @Test func editsAddsRenamesAndDeletesAreRebuiltAndReloaded() throws {
        let site = try ServedSite(fixture: "minimal")
        defer { _ = site.stop() }
        // An edit reaches the page, and open pages hear a reload event.
        let events = try site.client.stream("/_placard/events", until: "event: reload", timeout: 15) {
            try? site.write("content/pages/about.md", "---\ntitle: \"About us\"\n---\nEdited while serving.\n")
        }
        #expect(events.contains("event: reload"))
        #expect(try site.waitFor("/about/") { $0.body.contains("Edited while serving.") })
        // A new article appears, in the list too.
        try site.write("content/articles/new-one.md", "---\ntitle: \"Brand new\"\ndate: 2022-01-01\n---\nNew.\n")
        #expect(try site.waitFor("/articles/new-one/") { $0.status == 200 })
        #expect(try site.client.get("/articles/").body.contains("Brand new"))
        // A renamed slug leaves no stale page behind; a deleted article answers 404.
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("content/articles/new-one.md"),
                                         to: site.root.appendingPathComponent("content/articles/renamed.md"))
        #expect(try site.waitFor("/articles/renamed/") { $0.status == 200 })
        #expect(try site.client.get("/articles/new-one/").status == 404)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/renamed.md"))
        #expect(try site.waitFor("/articles/renamed/") { $0.status == 404 })
        #expect(!(try site.client.get("/articles/").body.contains("Brand new")))
        // After all that, the served output is exactly what a clean build makes.
        let clean = temporaryFolder("clean")
        #expect(try placard(["build", "--output", clean.path], in: site.root).status == 0)
        let served = site.root.appendingPathComponent("public")
        #expect(files(in: served) == files(in: clean))
        for path in files(in: clean) {
            #expect(try Data(contentsOf: served.appendingPathComponent(path)) == Data(contentsOf: clean.appendingPathComponent(path)),
                    "\(path) differs from a clean build")
        }
    }

    @Test func aBrokenFileShowsAnOverlayAndTheLastGoodSiteUntilFixed() throws {
        let site = try ServedSite(fixture: "minimal")
        defer { _ = site.stop() }
        let good = try String(contentsOf: site.root.appendingPathComponent("content/articles/second-story.md"), encoding: .utf8)
        try site.write("content/articles/second-story.md", "---\ntitle: \"Broken\ndate: 2021-03-03\n---\nBody.\n")
        #expect(try site.waitFor("/") { $0.body.contains("placard-errors") },
                "\((try? String(contentsOf: site.root.appendingPathComponent("serve.log"), encoding: .utf8)) ?? "")")
        let page = try site.client.get("/articles/second-story/")
        #expect(page.status == 200 && page.body.contains("Second story"))
        #expect(page.body.contains("content/articles/second-story.md:"))
        try site.write("content/articles/second-story.md", good)
        #expect(try site.waitFor("/") { !$0.body.contains("placard-errors") })
    }

    @Test func ctrlCStopsCleanly() throws {
        let site = try ServedSite(fixture: "minimal")
        #expect(site.stop() == 0)
    }
}
