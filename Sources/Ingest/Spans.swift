/// Ranges of a text (mentions, dates), to ask whether any of them overlaps another range by a
/// binary search rather than by trying each: a long paragraph has thousands of them.
struct Spans {
    /// By where they start.
    let ranges: [Range<String.Index>]
    /// The furthest end among the first `i + 1` ranges.
    private let furthestEnds: [String.Index]

    init(_ ranges: [Range<String.Index>]) {
        self.ranges = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var furthest: [String.Index] = []
        for range in self.ranges { furthest.append(max(furthest.last ?? range.upperBound, range.upperBound)) }
        furthestEnds = furthest
    }

    func overlaps(_ range: Range<String.Index>) -> Bool {
        guard !range.isEmpty else { return false }
        // How many ranges start before `range` ends: one of them overlaps it if one ends after it starts.
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound < range.upperBound { low = middle + 1 } else { high = middle }
        }
        return low > 0 && furthestEnds[low - 1] > range.lowerBound
    }
}
