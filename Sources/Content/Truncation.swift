import Foundation

extension String {
    /// At most `limit` characters, cut at the last space, with `…`: summaries in lists, meta
    /// descriptions and the search index.
    public func truncated(to limit: Int) -> String {
        guard utf8.count > limit, count > limit else { return self }
        let cut = prefix(limit)
        let wordEnd = cut.lastIndex(of: " ") ?? cut.endIndex
        return cut[..<wordEnd].trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
