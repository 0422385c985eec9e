import Foundation
import TestSupport
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

    /// SIGINT, then the exit status; nil (and SIGKILL) if it has not exited within `timeout`.
    func stop(timeout: TimeInterval = 10) -> Int32? {
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    /// CPU seconds the server has used so far (Linux), or nil.
    var cpuSeconds: Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// A line of /proc/PID/status in kB (Linux), or nil.
    func status(_ key: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    /// Open file descriptors (Linux), or nil.
    var openFiles: Int? {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process.processIdentifier)/fd"))?.count
    }

    func connect() throws -> RawConnection { try RawConnection(port: port) }
}

/// A loopback connection that sends any bytes and reads what comes back, for hostile requests.
final class RawConnection: @unchecked Sendable {
    let fd: Int32

    init(port: UInt16) throws {
        fd = try Loopback.connect(port: port)
    }

    deinit { close(fd) }

    /// Whether every byte went out: the server may refuse and close before the end.
    @discardableResult
    func write(_ text: String) -> Bool { Loopback.send(text, to: fd) }

    /// What arrives until the server closes (`closed`), `marker` shows up, or `timeout` passes;
    /// only the first `keep` bytes are kept, the rest counted.
    func read(until marker: String? = nil, timeout: TimeInterval, keep: Int = 1 << 20) -> (text: String, count: Int, closed: Bool) {
        var received = Data()
        var count = 0
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 50) > 0 else { continue }
            let got = recv(fd, &buffer, buffer.count, 0)
            if got <= 0 { return (String(decoding: received, as: UTF8.self), count, true) }
            count += got
            if received.count < keep { received.append(contentsOf: buffer[0..<min(got, keep - received.count)]) }
            if let marker, String(decoding: received, as: UTF8.self).contains(marker) { break }
        }
        return (String(decoding: received, as: UTF8.self), count, false)
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

    @Test func hugeRequestLinesAndHeadersAreRefusedAndLeaveNothingBusy() throws {
        let site = try ServedSite(fixture: "minimal")
        defer { #expect(site.stop(timeout: 5) == 0) }
        for _ in 0..<3 {
            let long = try site.connect()
            long.write("GET /" + String(repeating: "a", count: 100_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let refused = long.read(timeout: 30)
            #expect(refused.text.hasPrefix("HTTP/1.1 414 ") && refused.closed, "\(refused.text.prefix(80))")
            let big = try site.connect()
            big.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + String(repeating: "b", count: 1 << 20) + "\r\n\r\n")
            let tooLarge = big.read(timeout: 30)
            #expect(tooLarge.text.hasPrefix("HTTP/1.1 431 ") && tooLarge.closed, "\(tooLarge.text.prefix(80))")
        }
        // The hostile clients are gone: a page is answered at once and no core is left spinning.
        let start = Date()
        #expect(try site.client.get("/", timeout: 3).status == 200)
        #expect(Date().timeIntervalSince(start) < 3)
        if let before = site.cpuSeconds {
            Thread.sleep(forTimeInterval: 1)
            let used = (site.cpuSeconds ?? before) - before
            #expect(used < 0.5, "the server used \(used) s of CPU in a second of quiet")
        }
    }

    @Test func redirectsNeverLeaveTheHost() throws {
        let site = try ServedSite(fixture: "minimal")
        defer { _ = site.stop() }
        for path in ["//articles", "///articles", "/%2F%2Farticles", "/%2f%2farticles", "/.//articles"] {
            let response = try site.client.get(path)
            #expect(response.status == 301 && response.headers["location"] == "/articles/", "\(path)")
        }
        for path in ["/\\evil.com", "//evil.com", "/%2F%2Fevil.com", "/%5C%5Cevil.com", "//evil.com/articles"] {
            let response = try site.client.get(path)
            #expect(response.status == 404 && response.headers["location"] == nil, "\(path)")
        }
    }

    @Test func filesAreStreamedAndHeadAnswersTheirLength() throws {
        let site = try ServedSite(fixture: "minimal")
        defer { _ = site.stop() }
        // Straight into the output folder, which the watcher ignores: no rebuild replaces it.
        let size = 50_000_000
        let asset = site.root.appendingPathComponent("public/assets/big.bin")
        try Data(repeating: 0x5A, count: size).write(to: asset)
        let head = try site.connect()
        head.write("HEAD /assets/big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let answer = head.read(timeout: 30)
        #expect(answer.text.hasPrefix("HTTP/1.1 200 OK\r\n") && answer.text.hasSuffix("\r\n\r\n"), "no body for HEAD")
        #expect(answer.text.contains("Content-Length: \(size)\r\n") && answer.text.contains("Content-Type: application/octet-stream"))
        let before = site.status("VmHWM")
        // Ten at once: every request is sent before any answer is read, then each is read to the end.
        let connections = try (0..<10).map { _ in try site.connect() }
        for connection in connections {
            connection.write("GET /assets/big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        }
        let counts = Locked([Int]())
        let readers = DispatchGroup()
        for connection in connections {
            readers.enter()
            Thread {
                let got = connection.read(timeout: 60, keep: 4096)
                counts.withLock { $0.append(got.closed ? got.count : -1) }
                readers.leave()
            }.start()
        }
        readers.wait()
        #expect(counts.withLock { $0 }.count == 10)
        for count in counts.withLock({ $0 }) { #expect(count > size && count < size + 1024) }
        if let before, let after = site.status("VmHWM") {
            // Reading each file whole per request peaked at 10 x 50 MB over the baseline.
            #expect(after - before < 100_000, "peak memory grew by \(after - before) kB")
        }
    }

    @Test func droppedLiveReloadStreamsAreClosedWithoutARebuild() throws {
        let site = try ServedSite(fixture: "minimal")
        defer { #expect(site.stop(timeout: 5) == 0) }
        _ = try site.client.get("/")
        Thread.sleep(forTimeInterval: 0.3)
        let baseline = site.openFiles
        var streams: [RawConnection] = []
        for _ in 0..<40 {
            let stream = try site.connect()
            stream.write("GET /_placard/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            #expect(stream.read(until: ": connected", timeout: 30).text.contains(": connected"))
            streams.append(stream)
        }
        if let baseline, let open = site.openFiles { #expect(open >= baseline + 40) }
        streams.removeAll()
        guard let baseline else { return }
        let deadline = Date().addingTimeInterval(5)
        while (site.openFiles ?? 0) > baseline, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect((site.openFiles ?? .max) <= baseline, "descriptors held after the clients hung up")
    }

    @Test func ctrlCStopsPromptlyWithHostileConnectionsOpen() throws {
        let site = try ServedSite(fixture: "minimal")
        var held: [RawConnection] = []
        for _ in 0..<5 { held.append(try site.connect()) }
        let slow = try site.connect()
        slow.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        let stream = try site.connect()
        stream.write("GET /_placard/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        _ = stream.read(until: ": connected", timeout: 5)
        // Whole hostile heads, which once kept a core busy and Ctrl-C unheard.
        let long = try site.connect()
        long.write("GET /" + String(repeating: "a", count: 100_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let big = try site.connect()
        big.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + String(repeating: "b", count: 1 << 20) + "\r\n\r\n")
        Thread.sleep(forTimeInterval: 0.5)
        let start = Date()
        #expect(site.stop(timeout: 5) == 0)
        #expect(Date().timeIntervalSince(start) < 3)
        withExtendedLifetime((held, slow, stream, long, big)) {}
    }
}

/// A value shared between threads.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T { lock.withLock { body(&value) } }
}
