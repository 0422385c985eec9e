import FlyingFox
import FlyingSocks
import Foundation

/// Server-sent events to the open pages: `reload` after every rebuild.
actor ReloadBroadcaster {
    private var clients: [UUID: AsyncStream<Data>.Continuation] = [:]

    /// A new stream, and the id that `unsubscribe` takes once its connection is over.
    func subscribe() -> (id: UUID, stream: AsyncStream<Data>) {
        let (stream, continuation) = AsyncStream.makeStream(of: Data.self, bufferingPolicy: .bufferingNewest(16))
        let id = UUID()
        clients[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        // The first bytes make browsers and proxies treat the stream as open.
        continuation.yield(Data("retry: 500\n: connected\n\n".utf8))
        return (id, stream)
    }

    func unsubscribe(_ id: UUID) {
        clients.removeValue(forKey: id)?.finish()
    }

    func broadcast(event: String, data: String) {
        let message = Data("event: \(event)\ndata: \(data)\n\n".utf8)
        for client in clients.values { client.yield(message) }
    }

    /// A comment line to every stream: a write to a client gone without a word fails, and ends it.
    func heartbeat() {
        let comment = Data(": keep-alive\n\n".utf8)
        for client in clients.values { client.yield(comment) }
    }

    func closeAll() {
        for client in clients.values { client.finish() }
        clients = [:]
    }

    /// Open streams (for tests).
    var count: Int { clients.count }
}

/// An `AsyncStream<Data>` as the buffered byte sequence FlyingFox streams a response body from.
struct StreamedBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<Data>.Iterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = Array(chunk)
            }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = Array(chunk)
            }
            let chunk = Array(pending.prefix(count))
            pending.removeFirst(chunk.count)
            return chunk
        }
    }
}
