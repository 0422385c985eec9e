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

import Foundation
