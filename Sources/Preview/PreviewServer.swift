import Generator
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
    let http: BoundedHTTPServer
    private let watcher: FileWatcher

    public init(options: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8080, limits: HTTPLimits = HTTPLimits(),
                log: @escaping @Sendable (String) -> Void) throws {
        self.options = options
        self.host = host
        self.port = port
        let session = PreviewSession(options: options, log: log)
        self.session = session
        let address: any SocketAddress = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port)
            : try sockaddr_in.inet(ip4: host == "localhost" ? "127.0.0.1" : host, port: port)
        http = BoundedHTTPServer(address: address, limits: limits)
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
        let (http, host, port) = (self.http, self.host, self.port)
        watcher.start()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await http.run(handler: { request in
                    if request.method == .GET, request.target.path() == Injection.eventsPath {
                        return await Self.events(from: session.broadcaster)
                    }
                    return .init(await Self.respond(to: request, files: files, session: session))
                }, onListening: { address in
                    var actualPort = port
                    if case .ip4(_, let bound) = address { actualPort = bound }
                    if case .ip6(_, let bound) = address { actualPort = bound }
                    let shownHost = host.contains(":") ? "[\(host)]" : host
                    onListening("http://\(shownHost):\(actualPort)/")
                })
            }
            group.addTask {
                while true {
                    try await Task.sleep(for: http.limits.heartbeat)
                    await session.broadcaster.heartbeat()
                }
            }
            // The server returns when stopped; the heartbeat goes with it.
            try await group.next()
            group.cancelAll()
        }
    }

    public func stop() async {
        watcher.stop()
        http.stop()
        await session.broadcaster.closeAll()
    }

    /// A live-reload stream, unsubscribed as soon as its connection is over.
    static func events(from broadcaster: ReloadBroadcaster) async -> BoundedHTTPServer.Reply {
        let (id, stream) = await broadcaster.subscribe()
        var headers = HTTPHeaders()
        headers[.contentType] = "text/event-stream"
        headers[HTTPHeader("Cache-Control")] = "no-cache"
        return .init(HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: StreamedBody(stream: stream))),
                     onFinish: { await broadcaster.unsubscribe(id) })
    }

    /// Pages larger than this are sent as they are, without the live-reload script.
    static let injectableSize = 16 << 20

    /// The answer to a GET or HEAD (the connection leaves the body out for HEAD).
    static func respond(to request: HTTPRequest, files: StaticFiles, session: PreviewSession) async -> HTTPResponse {
        // The raw target: folders need their trailing slash.
        let (held, owned) = (session.live.files, session.live.ownedPaths)
        switch files.resolve(request.target.path(percentEncoded: true), held: held, owned: owned) {
        case .redirect(let location):
            var headers = HTTPHeaders()
            headers[.location] = location
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case .file(let url):
            return await serve(url, status: .ok, session: session)
        case .held(let path, let file):
            return await serve(file, at: path, status: .ok, session: session)
        case .notFound:
            switch files.resolve("/404.html", held: held, owned: owned) {
            case .held(let path, let file): return await serve(file, at: path, status: .notFound, session: session)
            case .file(let page): return await serve(page, status: .notFound, session: session)
            default: break
            }
            var headers = HTTPHeaders()
            headers[.contentType] = "text/plain; charset=utf-8"
            return HTTPResponse(statusCode: .notFound, headers: headers, body: Data("Not found\n".utf8))
        }
    }

    /// A file of the build in memory; a copied one is streamed from the output folder.
    private static func serve(_ file: ServedFile, at path: String, status: HTTPStatusCode, session: PreviewSession) async -> HTTPResponse {
        guard case .data(let data) = file else {
            if case .copy(let url) = file { return await serve(url, status: status, session: session) }
            return HTTPResponse(statusCode: .notFound)
        }
        let type = MediaTypes.type(forPath: path)
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[HTTPHeader("Cache-Control")] = "no-store"
        guard type.hasPrefix("text/html"), data.count <= injectableSize else {
            return HTTPResponse(statusCode: status, headers: headers, body: data)
        }
        let page = Injection.inject(into: String(decoding: data, as: UTF8.self), errors: await session.errors)
        return HTTPResponse(statusCode: status, headers: headers, body: Data(page.utf8))
    }

    /// Streams the file from disk; only pages are read whole, to add the live-reload script.
    private static func serve(_ url: URL, status: HTTPStatusCode, session: PreviewSession) async -> HTTPResponse {
        let type = MediaTypes.type(forPath: url.path)
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[HTTPHeader("Cache-Control")] = "no-store"
        guard let body = try? HTTPBodySequence(file: url, suggestedBufferSize: 64 * 1024) else {
            return HTTPResponse(statusCode: .notFound)
        }
        if type.hasPrefix("text/html"), (body.count ?? .max) <= injectableSize,
           let data = FileManager.default.contents(atPath: url.path) {
            let page = Injection.inject(into: String(decoding: data, as: UTF8.self), errors: await session.errors)
            return HTTPResponse(statusCode: status, headers: headers, body: Data(page.utf8))
        }
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }
}
