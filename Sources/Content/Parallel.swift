import Foundation

/// Maps items on every core, keeping their order. The work is CPU-bound and synchronous, so each
/// task takes a contiguous chunk rather than one item.
public func parallelMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], _ transform: @escaping @Sendable (Item) -> Result
) async -> [Result] {
    guard items.count > 1 else { return items.map(transform) }
    let chunkCount = min(items.count, ProcessInfo.processInfo.activeProcessorCount * 4)
    let chunkSize = (items.count + chunkCount - 1) / chunkCount
    return await withTaskGroup(of: (Int, [Result]).self) { group in
        for start in stride(from: 0, to: items.count, by: chunkSize) {
            let chunk = Array(items[start..<min(start + chunkSize, items.count)])
            group.addTask { (start, chunk.map(transform)) }
        }
        var results = [Result?](repeating: nil, count: items.count)
        for await (start, chunk) in group {
            for (offset, result) in chunk.enumerated() { results[start + offset] = result }
        }
        return results.map { $0! }
    }
}


/// `parallelMap` for synchronous callers: items on every core, results in order. `transform` must
/// touch no shared mutable state (each call reports into sinks of its own).
func concurrentMap<Item, Result>(_ items: [Item], _ transform: (Item) -> Result) -> [Result] {
    guard items.count > 1 else { return items.map(transform) }
    let chunkCount = min(items.count, ProcessInfo.processInfo.activeProcessorCount * 4)
    let (count, chunkSize) = (items.count, (items.count + chunkCount - 1) / chunkCount)
    return withoutActuallyEscaping(transform) { transform in
        let work = ChunkedWork(items: items, transform: transform)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            work.run(chunk * chunkSize..<min((chunk + 1) * chunkSize, count))
        }
        return work.results.map { $0! }
    }
}

/// The state of one `concurrentMap`: each index is written by one chunk only, and read after all have ended.
private final class ChunkedWork<Item, Result>: @unchecked Sendable {
    let items: [Item]
    let transform: (Item) -> Result
    private let slots: UnsafeMutableBufferPointer<Result?>

    init(items: [Item], transform: @escaping (Item) -> Result) {
        self.items = items
        self.transform = transform
        slots = .allocate(capacity: items.count)
        slots.initialize(repeating: nil)
    }

    deinit { slots.deallocate() }

    func run(_ range: Range<Int>) {
        for index in range { slots[index] = transform(items[index]) }
    }

    var results: [Result?] { Array(slots) }
}
