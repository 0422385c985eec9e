import FlyingFox
import FlyingSocks
import Foundation
@testable import Preview
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct HeadReaderTests {
    var limits: HTTPLimits {
        var limits = HTTPLimits()
        limits.requestLine = 64
        limits.headerBytes = 256
        return limits
    }

    func read(_ text: String) -> HeadReader.Outcome {
        var reader = HeadReader(limits: limits)
        reader.append(Array(text.utf8))
        return reader.next()
    }

    @Test func aRequestHeadIsCutOutWithItsHeaders() {
        var reader = HeadReader(limits: limits)
        reader.append(Array("\r\nGET /a?b=c HTTP/1.1\r\nHost: x\r\nX-Two:  y z \r\n\r\nHEAD /b HTTP/1.0\n\nGET".utf8))
        guard case .head(let first) = reader.next() else { Issue.record("no head"); return }
        #expect(first.method == "GET" && first.target == "/a?b=c" && first.version == "HTTP/1.1")
        #expect(first.headers == [.init(name: "Host", value: "x"), .init(name: "X-Two", value: "y z")])
        #expect(first.keepsAlive && !first.hasBody)
        #expect(first.request.target.path() == "/a" && first.request.target.query() == "b=c")
        // A pipelined second request, with bare line feeds, and the start of a third.
        guard case .head(let second) = reader.next() else { Issue.record("no second head"); return }
        #expect(second.method == "HEAD" && second.target == "/b" && !second.keepsAlive)
        #expect(reader.next() == .needMore)
        #expect(reader.buffer == Array("GET".utf8))
    }

    @Test func partsOfAHeadWaitForTheRest() {
        var reader = HeadReader(limits: limits)
        for piece in ["GET / HT", "TP/1.1\r", "\nHost: x\r\n", "\r"] {
            reader.append(Array(piece.utf8))
            #expect(reader.next() == .needMore, "\(piece)")
        }
        reader.append([UInt8(ascii: "\n")])
        guard case .head(let head) = reader.next() else { Issue.record("no head"); return }
        #expect(head.header("host") == "x")
    }

    @Test func aLongRequestLineIsRefusedBeforeItEnds() {
        var reader = HeadReader(limits: limits)
        reader.append(Array("GET /".utf8) + Array(repeating: UInt8(ascii: "a"), count: 60))
        #expect(reader.next() == .needMore)
        reader.append(Array(repeating: UInt8(ascii: "a"), count: 10))
        #expect(reader.next() == .refuse(.uriTooLong))
        #expect(read("GET /" + String(repeating: "a", count: 60) + " HTTP/1.1\r\n\r\n") == .refuse(.uriTooLong))
        // The longest line allowed still passes.
        let longest = "GET /" + String(repeating: "a", count: 64 - 14) + " HTTP/1.1"
        #expect(longest.utf8.count == 64)
        #expect(read(longest + "\r\n\r\n") != .refuse(.uriTooLong))
    }

    @Test func tooManyHeaderBytesAreRefusedBeforeTheyEnd() {
        var reader = HeadReader(limits: limits)
        reader.append(Array("GET / HTTP/1.1\r\n".utf8))
        reader.append(Array("X-A: \(String(repeating: "b", count: 200))\r\n".utf8))
        #expect(reader.next() == .needMore)
        reader.append(Array("X-B: \(String(repeating: "b", count: 60))\r\n".utf8))
        #expect(reader.next() == .refuse(.requestHeaderFieldsTooLarge))
    }

    /// A head fed a byte at a time is looked at in linear time: 40 KB of headers one byte per
    /// read is refused at once, where FlyingFox's decoder took minutes over 100 KB.
    @Test func byteAtATimeStaysLinear() {
        var reader = HeadReader(limits: HTTPLimits())
        let bytes = Array("GET / HTTP/1.1\r\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 40_000)
        let start = ContinuousClock.now
        var outcome = HeadReader.Outcome.needMore
        for byte in bytes where outcome == .needMore {
            reader.append([byte])
            outcome = reader.next()
        }
        #expect(outcome == .refuse(.requestHeaderFieldsTooLarge))
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test(arguments: ["GET /\r\n\r\n", "GET http://evil.com/ HTTP/1.1\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n",
                      "GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", "GET / HTTP/1.1\r\nBad Name: x\r\n\r\n",
                      "GET / HTTP/1.1\r\nNoColon\r\n\r\n", "GET /\u{7}x HTTP/1.1\r\n\r\n", "G(T / HTTP/1.1\r\n\r\n",
                      "GET / FTP/1.1\r\n\r\n"])
    func malformedHeadsAreBadRequests(_ text: String) {
        #expect(read(text) == .refuse(.badRequest))
    }

    @Test func otherHTTPVersionsAreNotSupported() {
        #expect(read("GET / HTTP/2.0\r\n\r\n") == .refuse(.httpVersionNotSupported))
    }
}

/// How long to wait for what must happen: waits end as soon as it does. Generous, because other
/// suites of this test process can hold every thread of the concurrency pool, which the server
/// under test runs on, for many seconds; promptness is tested end to end, where `placard serve`
/// has a process of its own.
let patience: TimeInterval = 120

/// A blocking loopback client, run off the concurrency pool (the server under test needs it).
final class RawClient: @unchecked Sendable {
    let fd: Int32

    init(port: UInt16) throws {
        fd = try Loopback.connect(port: port)
    }

    deinit { close(fd) }

    /// Whether every byte went out (the server may close first).
    @discardableResult
    func write(_ text: String) -> Bool { Loopback.send(text, to: fd) }

    /// What arrives until the server closes, `marker` shows up, or `timeout` passes.
    func read(until marker: String? = nil, timeout: TimeInterval) -> (text: String, closed: Bool) {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 50) > 0 else { continue }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { return (String(decoding: received, as: UTF8.self), true) }
            received.append(contentsOf: buffer[0..<count])
            if let marker, String(decoding: received, as: UTF8.self).contains(marker) { break }
        }
        return (String(decoding: received, as: UTF8.self), false)
    }
}

/// Runs blocking work on a thread of its own and waits for it without holding a pool thread.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

/// A `BoundedHTTPServer` on a free loopback port.
struct TestServer {
    let server: BoundedHTTPServer
    let port: UInt16
    let task: Task<Void, any Error>

    static var shortLimits: HTTPLimits {
        var limits = HTTPLimits()
        limits.headTimeout = .milliseconds(600)
        limits.writeTimeout = .seconds(1)
        return limits
    }

    static func start(limits: HTTPLimits = shortLimits,
                      handler: @escaping BoundedHTTPServer.Handler = TestServer.hello) async throws -> TestServer {
        let server = BoundedHTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), limits: limits)
        let (ports, continuation) = AsyncStream.makeStream(of: UInt16.self)
        let task = Task {
            defer { continuation.finish() }
            try await server.run(handler: handler) { address in
                if case .ip4(_, let port) = address { continuation.yield(port) }
            }
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw SocketError.disconnected }
        return TestServer(server: server, port: port, task: task)
    }

    @Sendable static func hello(_ request: HTTPRequest) async -> BoundedHTTPServer.Reply {
        .init(HTTPResponse(statusCode: .ok, body: Data("hello \(request.target.path())".utf8)))
    }

    func client() throws -> RawClient { try RawClient(port: port) }

    /// A plain GET on a new connection.
    func get(_ path: String, timeout: TimeInterval = patience) async throws -> String {
        let client = try client()
        return try await offPool {
            client.write("GET \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            return client.read(timeout: timeout).text
        }
    }

    /// Polls until `condition` holds, for at most `timeout`.
    func eventually(_ timeout: Duration = .seconds(patience), _ condition: () async -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if await condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return await condition()
    }

    func stop() async {
        server.stop()
        _ = await task.result
    }
}

@Suite(.serialized) struct BoundedServerTests {
    @Test func aHugeRequestLineOrHeaderBlockIsRefusedAndClosed() async throws {
        let server = try await TestServer.start(limits: HTTPLimits())
        for _ in 0..<3 {
            let long = try server.client()
            let line = try await offPool { () -> (String, Bool) in
                long.write("GET /" + String(repeating: "a", count: 100_000) + " HTTP/1.1\r\nHost: x\r\n\r\n")
                return long.read(timeout: patience)
            }
            #expect(line.0.hasPrefix("HTTP/1.1 414 URI Too Long\r\n") && line.0.contains("Connection: close"))
            #expect(line.1, "the connection is closed")
            let big = try server.client()
            let headers = try await offPool { () -> (String, Bool) in
                big.write("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "b", count: 1_000_000) + "\r\n\r\n")
                return big.read(timeout: patience)
            }
            #expect(headers.0.hasPrefix("HTTP/1.1 431 Request Header Fields Too Large\r\n"))
            #expect(headers.1, "the connection is closed")
        }
        // Nothing is left busy: the next request is answered, and no connection stays.
        #expect(try await server.get("/after", timeout: patience).hasSuffix("hello /after"))
        #expect(await server.eventually { server.server.openConnections == 0 })
        await server.stop()
    }

    @Test func idleConnectionsAreClosedAfterTheHeadTimeout() async throws {
        let server = try await TestServer.start()
        let idle = try server.client()
        let start = ContinuousClock.now
        let (text, closed) = try await offPool { idle.read(timeout: patience) }
        let elapsed = ContinuousClock.now - start
        #expect(closed && text.isEmpty)
        #expect(elapsed >= .milliseconds(500), "\(elapsed)")
        #expect(await server.eventually { server.server.openConnections == 0 })
        await server.stop()
    }

    @Test func aSlowHeadIsClosedEvenWhileBytesKeepComing() async throws {
        let server = try await TestServer.start()
        let slow = try server.client()
        let start = ContinuousClock.now
        let (stillSending, text) = try await offPool { () -> (Bool, String) in
            guard slow.write("GET / HTTP/1.1\r\nX-Slow: ") else { return (false, "") }
            // A byte every 50 ms: the head never completes.
            for _ in 0..<Int(patience * 20) {
                Thread.sleep(forTimeInterval: 0.05)
                if !slow.write("a") { return (false, slow.read(timeout: 0.1).text) }
            }
            return (true, "")
        }
        #expect(!stillSending && text.isEmpty)
        #expect(ContinuousClock.now - start >= .milliseconds(500))
        await server.stop()
    }

    @Test func keepAliveCarriesRequestsThenTimesOutWhenIdle() async throws {
        let server = try await TestServer.start()
        let client = try server.client()
        let (first, second, closed) = try await offPool { () -> (String, String, Bool) in
            client.write("GET /one HTTP/1.1\r\nHost: x\r\n\r\n")
            let first = client.read(until: "hello /one", timeout: patience).text
            client.write("GET /two HTTP/1.1\r\nHost: x\r\n\r\nHEAD /three HTTP/1.1\r\nHost: x\r\n\r\n")
            let rest = client.read(timeout: patience)
            return (first, rest.text, rest.closed)
        }
        #expect(first.hasPrefix("HTTP/1.1 200 OK\r\n") && first.contains("Content-Length: 10\r\n"))
        #expect(!first.contains("Connection: close"))
        #expect(second.contains("hello /two") && second.contains("Content-Length: 12\r\n"))
        #expect(second.components(separatedBy: "HTTP/1.1 200 OK").count == 3, "the HEAD answer follows")
        #expect(second.hasSuffix("\r\n\r\n"), "no body for HEAD")
        #expect(closed, "idle after its answers, the connection is timed out")
        await server.stop()
    }

    @Test func otherMethodsAndBadHeadsAreRefusedAndClosed() async throws {
        let server = try await TestServer.start()
        for (request, status) in [("POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc", "405"),
                                  ("GET / HTTP/1.1\r\n bad\r\n\r\n", "400"), ("GET / HTTP/3\r\n\r\n", "505")] {
            let client = try server.client()
            let (text, closed) = try await offPool { () -> (String, Bool) in
                client.write(request)
                return client.read(timeout: patience)
            }
            #expect(text.hasPrefix("HTTP/1.1 \(status) ") && closed, "\(request)")
        }
        await server.stop()
    }

    @Test func connectionsOverTheLimitAreTurnedAway() async throws {
        var limits = TestServer.shortLimits
        limits.connections = 2
        limits.headTimeout = .seconds(patience)
        let server = try await TestServer.start(limits: limits)
        let held = [try server.client(), try server.client()]
        #expect(await server.eventually { server.server.openConnections == 2 })
        let extra = try server.client()
        let (text, closed) = try await offPool { extra.read(timeout: patience) }
        #expect(text.hasPrefix("HTTP/1.1 503 ") && closed)
        withExtendedLifetime(held) {}
        await server.stop()
    }

    @Test func stopClosesEveryConnection() async throws {
        let broadcaster = ReloadBroadcaster()
        let server = try await TestServer.start(limits: HTTPLimits()) { request in
            request.target.path() == Injection.eventsPath
                ? await PreviewServer.events(from: broadcaster) : await TestServer.hello(request)
        }
        let idle = try server.client()
        let partial = try server.client()
        let events = try server.client()
        let opened = try await offPool { () -> String in
            partial.write("GET / HTTP/1.1\r\nHost: x\r\n")
            events.write("GET \(Injection.eventsPath) HTTP/1.1\r\nHost: x\r\n\r\n")
            return events.read(until: "connected", timeout: patience).text
        }
        #expect(opened.contains("connected"))
        #expect(await server.eventually { server.server.openConnections == 3 })
        await server.stop()
        let allClosed = try await offPool { [idle, partial, events] in
            idle.read(timeout: patience).closed && partial.read(timeout: patience).closed
                && events.read(timeout: patience).closed
        }
        #expect(allClosed)
    }
}

@Suite(.serialized) struct LiveReloadStreamTests {
    func start(_ broadcaster: ReloadBroadcaster, heartbeat: Duration = .seconds(15)) async throws -> TestServer {
        var limits = TestServer.shortLimits
        limits.heartbeat = heartbeat
        return try await TestServer.start(limits: limits) { request in
            request.target.path() == Injection.eventsPath
                ? await PreviewServer.events(from: broadcaster) : await TestServer.hello(request)
        }
    }

    @Test func aDroppedStreamIsUnsubscribedAtOnce() async throws {
        let broadcaster = ReloadBroadcaster()
        let server = try await start(broadcaster)
        let baseline = await broadcaster.count
        var clients: [RawClient] = []
        for _ in 0..<5 {
            let client = try server.client()
            let opened = try await offPool {
                client.write("GET \(Injection.eventsPath) HTTP/1.1\r\nHost: x\r\n\r\n")
                return client.read(until: ": connected", timeout: patience).text
            }
            #expect(opened.contains("Content-Type: text/event-stream"))
            clients.append(client)
        }
        // Streams are long-lived: past the head timeout they are still open and still hear events.
        try await Task.sleep(for: .seconds(1))
        #expect(await broadcaster.count == baseline + 5)
        await broadcaster.broadcast(event: "reload", data: "7")
        let heard = try await offPool { [clients] in clients[0].read(until: "data: 7", timeout: patience).text }
        #expect(heard.contains("event: reload\ndata: 7"))
        // Clients hang up; no rebuild comes, yet their streams end and the count is back.
        clients.removeAll()
        #expect(await server.eventually { await broadcaster.count == baseline })
        #expect(await server.eventually { server.server.openConnections == 0 })
        await server.stop()
    }

    @Test func theHeartbeatReachesOpenStreams() async throws {
        let broadcaster = ReloadBroadcaster()
        let server = try await start(broadcaster)
        let client = try server.client()
        _ = try await offPool {
            client.write("GET \(Injection.eventsPath) HTTP/1.1\r\nHost: x\r\n\r\n")
            return client.read(until: ": connected", timeout: patience)
        }
        await broadcaster.heartbeat()
        #expect(try await offPool { client.read(until: ": keep-alive", timeout: patience).text }.contains(": keep-alive\n\n"))
        await broadcaster.closeAll()
        let end = try await offPool { client.read(timeout: patience) }
        #expect(end.closed && end.text.hasSuffix("0\r\n\r\n"), "closeAll ends the chunked stream")
        #expect(await server.eventually { await broadcaster.count == 0 })
        await server.stop()
    }
}

@Suite struct RespondTests {
    let root: URL
    let session: PreviewSession

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("placard-respond-\(UUID().uuidString)")
        root = base.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("evil.com"), withIntermediateDirectories: true)
        try Data("<html><body><p>home</p></body></html>".utf8).write(to: root.appendingPathComponent("index.html"))
        try Data("<body>list</body>".utf8).write(to: root.appendingPathComponent("articles/index.html"))
        try Data(repeating: 7, count: 3 << 20).write(to: root.appendingPathComponent("big.bin"))
        try Data("body{}".utf8).write(to: root.appendingPathComponent("style.css"))
        session = PreviewSession(options: .init(sourceRoot: base, output: root), log: { _ in })
    }

    func respond(_ path: String, method: HTTPMethod = .GET) async -> HTTPResponse {
        let request = HTTPRequest(method: method, version: .http11, target: .init(path: path, query: ""),
                                  headers: HTTPHeaders(), body: HTTPBodySequence())
        return await PreviewServer.respond(to: request, files: StaticFiles(root: root), session: session)
    }

    func body(_ response: HTTPResponse) -> HTTPBodySequence? {
        if case .httpBody(let body) = response.payload { return body }
        return nil
    }

    @Test func filesAreReadFromDiskWhenSentNotWhenAnswered() async throws {
        let response = await respond("/big.bin")
        #expect(response.statusCode == .ok && response.headers[.contentType] == "application/octet-stream")
        #expect(body(response)?.count == 3 << 20)
        // Rewritten in place after the answer was made: the bytes sent are the new ones, so the
        // answer holds no copy of the file.
        let handle = try FileHandle(forWritingTo: root.appendingPathComponent("big.bin"))
        try handle.write(contentsOf: Data(repeating: 9, count: 3 << 20))
        try handle.close()
        var chunks = 0
        var bytes = 0
        for try await chunk in body(response)! {
            #expect(chunk.allSatisfy { $0 == 9 })
            #expect(chunk.count <= 64 * 1024)
            chunks += 1
            bytes += chunk.count
            if bytes >= 3 << 20 { break }
        }
        #expect(bytes == 3 << 20 && chunks >= 48)
        let css = await respond("/style.css", method: .HEAD)
        #expect(css.headers[.contentType] == "text/css; charset=utf-8" && body(css)?.count == 6)
    }

    @Test func pagesGetTheLiveReloadScript() async throws {
        let response = await respond("/")
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        let text = String(decoding: try await response.bodyData, as: UTF8.self)
        #expect(text == "<html><body><p>home</p>" + Injection.reloadScript + "</body></html>")
        #expect(body(response)?.count == text.utf8.count)
    }

    @Test(arguments: ["//articles", "///articles", "/%2F%2Farticles", "/%2farticles", "//evil.com", "/%2F%2Fevil.com",
                      "/./articles", "/.//articles"])
    func redirectsStayOnThisHost(_ path: String) async {
        let response = await respond(path)
        #expect(response.statusCode == .movedPermanently)
        let location = response.headers[.location] ?? ""
        #expect(location.hasPrefix("/") && !location.hasPrefix("//") && !location.hasPrefix("/\\"), "\(location)")
        #expect(location == "/articles/" || location == "/evil.com/", "\(location)")
    }

    @Test(arguments: ["/\\evil.com", "/%5Cevil.com", "/%5C%5Cevil.com/", "//evil.com/../..", "/%00"])
    func backslashesAndEscapesAreNotFound(_ path: String) async {
        #expect(await respond(path).statusCode == .notFound)
    }
}
