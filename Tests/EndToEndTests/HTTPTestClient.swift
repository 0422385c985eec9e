import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a loopback socket, for tests that must send paths as they are
/// (`/%2e%2e/`) and read event streams as they arrive.
struct HTTPTestClient {
    let port: UInt16

    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    func get(_ path: String, timeout: TimeInterval = 5) throws -> Response {
        let raw = try exchange("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", until: nil, timeout: timeout)
        return parse(raw)
    }

    /// Reads from a streaming response until `marker` arrives (or the time runs out).
    func stream(_ path: String, until marker: String, timeout: TimeInterval, whileOpen: @escaping @Sendable () -> Void) throws -> String {
        try exchange("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", until: marker, timeout: timeout, afterOpen: whileOpen)
    }

    struct SocketError: Error {}

    private func exchange(_ request: String, until marker: String?, timeout: TimeInterval,
                          afterOpen: (@Sendable () -> Void)? = nil) throws -> String {
        let fd = try Loopback.connect(port: port)
        defer { close(fd) }
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var received = Data()
        var opened = false
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else {
                if !opened, let afterOpen, !received.isEmpty { opened = true; afterOpen() }
                continue
            }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received.append(contentsOf: buffer[0..<count])
            if let marker, String(decoding: received, as: UTF8.self).contains(marker) { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    private func parse(_ raw: String) -> Response {
        let parts = raw.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        var lines = head.components(separatedBy: "\r\n")
        let status = Int(lines.removeFirst().split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}
