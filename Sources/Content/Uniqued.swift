extension Sequence where Element: Hashable {
    /// The elements in first-seen order, each once.
    public func uniqued() -> [Element] {
        let elements = Array(self)
        // An article's few ids: a look along what is kept is faster than hashing each into a set.
        guard elements.count > 16 else {
            var kept: [Element] = []
            kept.reserveCapacity(elements.count)
            for element in elements where !kept.contains(element) { kept.append(element) }
            return kept
        }
        var seen = Set<Element>()
        return elements.filter { seen.insert($0).inserted }
    }
}
