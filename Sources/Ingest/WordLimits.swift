import Content

extension String {
    /// The number of words, counted no further than one past `limit`: enough to compare with
    /// `limit`, in time that does not grow with a paragraph of a megabyte.
    func wordCount(upTo limit: Int) -> Int {
        var count = 0
        var inWord = false
        for character in self {
            let isWord = character.isLetterOrDigit
            if isWord && !inWord {
                count += 1
                if count > limit { return count }
            }
            inWord = isWord
        }
        return count
    }
}
