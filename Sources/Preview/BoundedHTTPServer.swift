import FlyingFox
import FlyingSocks
import Foundation

/// The preview's HTTP/1.1 server: FlyingSocks' non-blocking sockets and FlyingFox's request,
/// response and body types, with connection handling of its own that holds every connection to
/// `HTTPLimits`.
///
/// Why not FlyingFox's `HTTPServer` (0.27): it reads the request line and headers with no size
/// bound and in quadratic time, has no timeout for reading a request (its `timeout:` bounds only
/// the handler), cannot be handed a connection accepted and checked elsewhere, and does not notice
/// that the client of a streaming response has gone until a write fails. Those fixes belong
/// upstream; until they land this file works around them.
final class BoundedHTTPServer: Sendable {
    /// A response, and what to do once it is written or abandoned (a live-reload stream ends its
    /// subscription there).
    struct Reply: Sendable {
        var response: HTTPResponse
        var onFinish: (@Sendable () async -> Void)?

        init(_ response: HTTPResponse, onFinish: (@Sendable () async -> Void)? = nil) {
            self.response = response
            self.onFinish = onFinish
        }
    }

    typealias Handler = @Sendable (HTTPRequest) async -> Reply

    let address: any SocketAddress
    let limits: HTTPLimits
    private let state = Locked()

    init(address: any SocketAddress, limits: HTTPLimits) {
        self.address = address
        self.limits = limits
    }

    /// Connections open now (for tests).
    var openConnections: Int { state.withLock { $0.open } }

    /// Listens, calls `onListening` with the bound address, and serves until `stop()`.
    func run(handler: @escaping Handler, onListening: @Sendable (Socket.Address) -> Void) async throws {
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        let socket = try Socket(domain: Int32(type(of: address).family), type: .stream)
        defer { try? socket.close() }
        try socket.setValue(true, for: .localAddressReuse)
        #if canImport(Darwin)
        try socket.setValue(true, for: .noSIGPIPE)
        #endif
        try socket.bind(to: address)
        try socket.listen()
        let bound = try socket.sockname()
        let listener = try AsyncSocket(socket: socket, pool: pool)
        let task = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await pool.run() }
                group.addTask { await self.acceptConnections(on: listener, handler: handler) }
                try await group.next()
                group.cancelAll()
            }
        }
        let stoppedAlready = state.withLock { state in
            state.task = task
            return state.stopped
        }
        if stoppedAlready { task.cancel() } else { onListening(bound) }
        let result = await withTaskCancellationHandler { await task.result } onCancel: { task.cancel() }
        if case .failure(let error) = result, !state.withLock({ $0.stopped }), !(error is CancellationError) {
            throw error
        }
    }

    /// Closes every connection at once (the tasks serving them are cancelled) and makes `run` return.
    func stop() {
        state.withLock { state in
            state.stopped = true
            return state.task
        }?.cancel()
    }

    private func acceptConnections(on listener: AsyncSocket, handler: @escaping Handler) async {
        await withDiscardingTaskGroup { group in
            while !Task.isCancelled {
                let client: AsyncSocket
                do {
                    client = try await listener.accept()
                } catch {
                    // Out of file descriptors, or a connection reset before it was accepted:
                    // try again shortly rather than stop serving.
                    try? await Task.sleep(for: .milliseconds(50))
                    continue
                }
                #if canImport(Darwin)
                try? client.socket.setValue(true, for: .noSIGPIPE)
                #endif
                let admitted = state.withLock { state in
                    guard state.open < limits.connections else { return false }
                    state.open += 1
                    return true
                }
                guard admitted else {
                    _ = try? client.socket.write(Data(Self.busy.utf8))
                    try? client.close()
                    continue
                }
                group.addTask {
                    await self.serve(client, handler: handler)
                    self.state.withLock { $0.open -= 1 }
                }
            }
        }
    }

    private static let busy = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"

    /// One connection, watched: when an armed deadline passes, the work on it is cancelled.
    private func serve(_ client: AsyncSocket, handler: @escaping Handler) async {
        let watchdog = Watchdog()
        let connection = Connection(socket: client, limits: limits, watchdog: watchdog, handler: handler)
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await connection.run() }
            group.addTask { await watchdog.watch() }
            await group.next()
            group.cancelAll()
        }
        try? client.close()
    }

    /// The server's mutable state behind a lock.
    final class Locked: @unchecked Sendable {
        struct State {
            var task: Task<Void, any Error>?
            var stopped = false
            var open = 0
        }

        private let lock = NSLock()
        private var state = State()

        func withLock<T>(_ body: (inout State) -> T) -> T {
            lock.withLock { body(&state) }
        }
    }
}

/// A deadline for the current step of a connection: reading a head, or writing.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var deadline: ContinuousClock.Instant?

    func arm(_ limit: Duration) { lock.withLock { deadline = .now + limit } }
    func disarm() { lock.withLock { deadline = nil } }

    /// Returns once an armed deadline has passed, or when cancelled.
    func watch() async {
        while !Task.isCancelled {
            let remaining = lock.withLock { deadline.map { $0 - .now } }
            if let remaining, remaining <= .zero { return }
            do {
                try await Task.sleep(for: min(remaining ?? .seconds(1), .milliseconds(250)))
            } catch {
                return
            }
        }
    }
}

/// The requests and responses of one connection, in turn (HTTP/1.1 keep-alive).
private struct Connection: Sendable {
    let socket: AsyncSocket
    let limits: HTTPLimits
    let watchdog: Watchdog
    let handler: BoundedHTTPServer.Handler

    func run() async {
        var reader = HeadReader(limits: limits)
        do {
            while !Task.isCancelled {
                watchdog.arm(limits.headTimeout)
                let outcome = try await readHead(&reader)
                watchdog.disarm()
                guard case .head(let head) = outcome else {
                    if case .refuse(let status) = outcome {
                        _ = try await write(Self.plain(status), headOnly: false, keepAlive: false)
                    }
                    return await lingerAndClose()
                }
                guard head.method == "GET" || head.method == "HEAD" else {
                    var response = Self.plain(.methodNotAllowed)
                    response.headers[HTTPHeader("Allow")] = "GET, HEAD"
                    _ = try await write(response, headOnly: head.method == "HEAD", keepAlive: false)
                    return await lingerAndClose()
                }
                let reply = await handler(head.request)
                let keptAlive: Bool
                do {
                    keptAlive = try await write(reply.response, headOnly: head.method == "HEAD",
                                                keepAlive: head.keepsAlive && !head.hasBody)
                } catch {
                    await reply.onFinish?()
                    throw error
                }
                await reply.onFinish?()
                guard keptAlive else {
                    // A body this server does not read would otherwise reset the connection
                    // before the client has read the answer.
                    if head.hasBody { await lingerAndClose() }
                    return
                }
            }
        } catch {
            // Gone, timed out, or the server is stopping: the connection closes.
        }
    }

    private func readHead(_ reader: inout HeadReader) async throws -> HeadReader.Outcome {
        while true {
            let outcome = reader.next()
            guard outcome == .needMore else { return outcome }
            reader.append(try await socket.read(atMost: 16 * 1024))
        }
    }

    /// Writes the response; whether the connection may carry another request.
    private func write(_ response: HTTPResponse, headOnly: Bool, keepAlive: Bool) async throws -> Bool {
        guard case .httpBody(let body) = response.payload else {
            throw SocketError.unsupportedAddress  // a WebSocket upgrade, which the preview never makes
        }
        let streamed = body.count == nil
        let keepAlive = keepAlive && !streamed
        var lines = ["HTTP/1.1 \(response.statusCode.code) \(response.statusCode.phrase)"]
        for (name, value) in response.headers
        where !["content-length", "transfer-encoding", "connection"].contains(name.rawValue.lowercased()) {
            lines.append("\(name.rawValue): \(value)")
        }
        if let count = body.count {
            lines.append("Content-Length: \(count)")
        } else if !headOnly {
            lines.append("Transfer-Encoding: chunked")  // FlyingFox chunk-encodes bodies of unknown length
        }
        if !keepAlive { lines.append("Connection: close") }
        try await write(Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8))
        guard !headOnly else { return keepAlive }
        if let count = body.count {
            try await copy(body, count: count)
        } else {
            await stream(body)
        }
        return keepAlive
    }

    private func write(_ data: Data) async throws {
        watchdog.arm(limits.writeTimeout)
        try await socket.write(data)
        watchdog.disarm()
    }

    /// Exactly `count` bytes of the body, a chunk at a time; a file that shrank meanwhile ends the
    /// connection, since the length is already promised.
    private func copy(_ body: HTTPBodySequence, count: Int) async throws {
        var iterator = body.makeAsyncIterator()
        var sent = 0
        while sent < count {
            try Task.checkCancellation()
            guard let chunk = try await iterator.next(), !chunk.isEmpty else { throw SocketError.disconnected }
            let part = chunk.prefix(count - sent)
            try await write(part)
            sent += part.count
        }
    }

    /// A body of unknown length (an event stream) until it ends, a write fails, or the client
    /// hangs up; the last is noticed at once by reading the connection, where a client that only
    /// listens sends nothing more.
    private func stream(_ body: HTTPBodySequence) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                var iterator = body.makeAsyncIterator()
                while !Task.isCancelled, let chunk = try? await iterator.next() {
                    guard (try? await write(chunk)) != nil else { return }
                }
            }
            group.addTask {
                do {
                    while true { _ = try await socket.read(atMost: 4096) }
                } catch {}
            }
            await group.next()
            group.cancelAll()
        }
    }

    /// After refusing a request whose bytes may still be arriving: stop writing, read and drop
    /// what comes (a little while, a few megabytes at most), then close. Closing with unread
    /// bytes would reset the connection and could lose the answer on its way.
    private func lingerAndClose() async {
        _ = shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        watchdog.arm(min(limits.headTimeout, .seconds(2)))
        var drained = 0
        while drained < 4 << 20, let bytes = try? await socket.read(atMost: 16 * 1024) {
            drained += bytes.count
        }
    }

    static func plain(_ status: HTTPStatusCode) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = "text/plain; charset=utf-8"
        return HTTPResponse(statusCode: status, headers: headers, body: Data("\(status.code) \(status.phrase)\n".utf8))
    }
}
