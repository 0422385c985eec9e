import Build
import Content
import FlyingFox
import FlyingSocks
import Foundation

/// `placard serve`: builds, serves the output, rebuilds on every change and reloads open pages.
public final class PreviewServer: Sendable {
    public let options: BuildOptions
    let host: String
    let port: UInt16
    let session: PreviewSession
    private let server: HTTPServer
    private let watcher: FileWatcher

    public init(options: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8080,
                log: @escaping @Sendable (String) -> Void) throws {
        self.options = options
        self.host = host
        self.port = port
        let session = PreviewSession(options: options, log: log)
        self.session = session
        let address: any SocketAddress = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port)
            : try sockaddr_in.inet(ip4: host == "localhost" ? "127.0.0.1" : host, port: port)
        server = HTTPServer(address: address, timeout: 3600, logger: .disabled)
        let theme = options.templates ?? options.sourceRoot.appendingPathComponent("templates")
        watcher = FileWatcher(recursiveRoots: [options.sourceRoot.appendingPathComponent("content"), theme],
                              shallowRoot: options.sourceRoot,
                              ignoredNames: [options.output.lastPathComponent, ".build", "Package.resolved"]) {
            Task { await session.noteChange() }
        }
    }

    /// Builds once, then serves until `stop()`. Returns once the server has stopped.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        await session.rebuild()
        let files = StaticFiles(root: options.output)
        let session = self.session
        await server.appendRoute(HTTPRoute("GET " + Injection.eventsPath)) { _ in
            let stream = await session.broadcaster.subscribe()
            var headers = HTTPHeaders()
            headers[.contentType] = "text/event-stream"
            headers[HTTPHeader("Cache-Control")] = "no-cache"
            return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: StreamedBody(stream: stream)))
        }
        await server.appendRoute("GET,HEAD *") { request in
            await Self.respond(to: request, files: files, session: session)
        }
        watcher.start()
        let listening = Task {
            try await server.waitUntilListening()
            let actualPort = await server.listeningAddress.flatMap { address -> UInt16? in
                if case .ip4(_, let port) = address { return port }
                if case .ip6(_, let port) = address { return port }
                return nil
            } ?? port
            let shownHost = host.contains(":") ? "[\(host)]" : host
            onListening("http://\(shownHost):\(actualPort)/")
        }
        defer { listening.cancel() }
        try await server.run()
    }

    public func stop() async {
        watcher.stop()
        await session.broadcaster.closeAll()
        await server.stop(timeout: 1)
    }

    static func respond(to request: HTTPRequest, files: StaticFiles, session: PreviewSession) async -> HTTPResponse {
        // The raw target: FlyingFox's `path` drops trailing slashes, which folders need.
        switch files.resolve(request.target.path(percentEncoded: true)) {
        case .redirect(let location):
            var headers = HTTPHeaders()
            headers[.location] = location
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case .file(let url):
            return await serve(url, status: .ok, session: session, headOnly: request.method == .HEAD)
        case .notFound:
            if case .file(let page) = files.resolve("/404.html") {
                return await serve(page, status: .notFound, session: session, headOnly: request.method == .HEAD)
            }
            var headers = HTTPHeaders()
            headers[.contentType] = "text/plain; charset=utf-8"
            return HTTPResponse(statusCode: .notFound, headers: headers, body: Data("Not found\n".utf8))
        }
    }

    private static func serve(_ url: URL, status: HTTPStatusCode, session: PreviewSession, headOnly: Bool) async -> HTTPResponse {
        guard var data = FileManager.default.contents(atPath: url.path) else {
            return HTTPResponse(statusCode: .notFound)
        }
        let type = MediaTypes.type(forPath: url.path)
        if type.hasPrefix("text/html") {
            data = Data(Injection.inject(into: String(decoding: data, as: UTF8.self), errors: await session.errors).utf8)
        }
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[HTTPHeader("Cache-Control")] = "no-store"
        headers[.contentLength] = String(data.count)
        return HTTPResponse(statusCode: status, headers: headers, body: headOnly ? Data() : data)
    }
}
