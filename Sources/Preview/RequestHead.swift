import FlyingFox
import Foundation

/// What the preview holds every connection to, so that no client can keep it busy: sizes are in
/// bytes, times from when the server starts waiting.
public struct HTTPLimits: Sendable {
    /// The request line (method, target, version): longer is answered 414 and closed.
    public var requestLine = 8 * 1024
    /// The header lines after it, all together: more is answered 431 and closed.
    public var headerBytes = 32 * 1024
    /// A whole request head must arrive within this of the connection opening or of the previous
    /// response: idle and slow (slowloris) connections are closed after it.
    public var headTimeout: Duration = .seconds(15)
    /// A write the client does not take within this closes the connection.
    public var writeTimeout: Duration = .seconds(30)
    /// Live-reload streams get a comment line this often, so that a client gone without a word is
    /// noticed when the write fails.
    public var heartbeat: Duration = .seconds(15)
    /// Connections open at once; more are answered 503 and closed.
    public var connections = 256

    public init() {}
}

/// A parsed request line and its headers.
struct RequestHead: Equatable, Sendable {
    var method: String
    /// As sent: percent-encoded path, and query if any.
    var target: String
    var version: String
    var headers: [Field]

    struct Field: Equatable, Sendable {
        var name: String
        var value: String
    }

    func header(_ name: String) -> String? {
        headers.last { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Comma-separated tokens of a header, lowercased.
    func tokens(_ name: String) -> [String] {
        headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }
            .flatMap { $0.value.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// A body follows (which the preview never reads: the connection closes after the answer).
    var hasBody: Bool {
        header("Transfer-Encoding") != nil || (header("Content-Length").map { $0 != "0" } ?? false)
    }

    var keepsAlive: Bool {
        version == "HTTP/1.1" && !tokens("Connection").contains("close")
    }

    var request: HTTPRequest {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var fields = HTTPHeaders()
        for field in headers { fields.addValue(field.value, for: HTTPHeader(field.name)) }
        return HTTPRequest(method: HTTPMethod(method), version: HTTPVersion(version),
                           target: .init(path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : ""),
                           headers: fields, body: HTTPBodySequence())
    }
}

/// Collects the bytes of a connection and cuts request heads out of them, refusing a request
/// line or header block over the limits as soon as the bytes read show it: it never holds more
/// than the limits plus one read, and looks at each byte a bounded number of times.
///
/// FlyingFox's own decoder reads lines with no bound and compares each line's whole tail after
/// every byte (quadratic: a 100 KB line keeps a core busy for minutes, even after the client is
/// gone), and has no head timeout; hence this reader.
struct HeadReader {
    enum Outcome: Equatable {
        case needMore
        case head(RequestHead)
        case refuse(HTTPStatusCode)
    }

    let limits: HTTPLimits
    private(set) var buffer: [UInt8] = []
    /// Bytes of `buffer` known to hold no blank line that ends the head.
    private var scanned = 0

    init(limits: HTTPLimits) {
        self.limits = limits
    }

    mutating func append(_ bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    private static let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    /// The next complete head, consumed from the buffer; or what is missing or wrong.
    mutating func next() -> Outcome {
        // Empty lines before a request line are ignored (RFC 9112 §2.2).
        let blank = buffer.prefix { $0 == Self.cr || $0 == Self.lf }.count
        if blank > 0 {
            buffer.removeFirst(blank)
            scanned = 0
        }
        guard let lineEnd = buffer.prefix(limits.requestLine + 2).firstIndex(of: Self.lf) else {
            return buffer.count > limits.requestLine + 1 ? .refuse(.uriTooLong) : .needMore
        }
        let requestLine = buffer[..<lineEnd].last == Self.cr ? buffer[..<(lineEnd - 1)] : buffer[..<lineEnd]
        guard requestLine.count <= limits.requestLine else { return .refuse(.uriTooLong) }
        // The head ends at the first empty line: a line feed followed by an optional carriage
        // return and a line feed. Each search resumes where the last one stopped.
        var index = max(lineEnd, scanned)
        var headEnd: Int?
        while index < buffer.count {
            if buffer[index] == Self.lf {
                if index + 1 < buffer.count, buffer[index + 1] == Self.lf {
                    headEnd = index + 2
                    break
                }
                if index + 2 < buffer.count, buffer[index + 1] == Self.cr, buffer[index + 2] == Self.lf {
                    headEnd = index + 3
                    break
                }
                // Too few bytes yet to tell: look at this line feed again next time.
                if index + 2 >= buffer.count { break }
            }
            index += 1
        }
        guard let headEnd else {
            scanned = index
            return buffer.count - (lineEnd + 1) > limits.headerBytes + 2 ? .refuse(.requestHeaderFieldsTooLarge) : .needMore
        }
        guard headEnd - (lineEnd + 1) <= limits.headerBytes + 2 else { return .refuse(.requestHeaderFieldsTooLarge) }
        let headerBlock = buffer[(lineEnd + 1)..<headEnd]
        let parsed = Self.parse(requestLine: requestLine, headerBlock: headerBlock)
        buffer.removeFirst(headEnd)
        scanned = 0
        return parsed
    }

    private static func parse(requestLine: ArraySlice<UInt8>, headerBlock: ArraySlice<UInt8>) -> Outcome {
        // No control characters anywhere; no bytes above 0x7E in the request line.
        guard let line = text(requestLine) else { return .refuse(.badRequest) }
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenCharacter),
              parts[1].hasPrefix("/") || parts[1] == "*" else { return .refuse(.badRequest) }
        guard parts[2].hasPrefix("HTTP/") else { return .refuse(.badRequest) }
        guard parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else { return .refuse(.httpVersionNotSupported) }
        var fields: [RequestHead.Field] = []
        for rawLine in headerBlock.split(separator: lf) {
            let bytes = rawLine.last == cr ? rawLine.dropLast() : rawLine
            if bytes.isEmpty { continue }
            guard let text = text(bytes, header: true), let colon = text.firstIndex(of: ":") else {
                return .refuse(.badRequest)
            }
            let name = text[..<colon]
            // No folded lines, no space before the colon (RFC 9112 §5.1, §5.2).
            guard !name.isEmpty, name.allSatisfy(isTokenCharacter) else { return .refuse(.badRequest) }
            let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            fields.append(.init(name: String(name), value: value))
        }
        return .head(RequestHead(method: String(parts[0]), target: String(parts[1]), version: String(parts[2]),
                                 headers: fields))
    }

    /// Header values may hold tabs and (obsolete, but sent) bytes above 0x7F.
    private static func text(_ bytes: ArraySlice<UInt8>, header: Bool = false) -> String? {
        guard bytes.allSatisfy({ ($0 >= 0x20 && $0 != 0x7F && ($0 < 0x80 || header)) || (header && $0 == 0x09) })
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isTokenCharacter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (ascii >= 0x30 && ascii <= 0x39) || (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x61 && ascii <= 0x7A)
            || "!#$%&'*+-.^_`|~".utf8.contains(ascii)
    }
}
