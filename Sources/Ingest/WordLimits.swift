import Content

extension String {
    /// The number of words, counted no further than one past `limit`: enough to compare with
    /// `limit`, in time that does not grow with a paragraph of a megabyte.
    func wordCount(upTo limit: Int) -> Int {
        var count = 0
        forEachWord { _, _, _ in
            count += 1
            return count <= limit
        }
        return count
    }

    /// Calls `body` with the text's UTF-8, each word's byte range (a run of characters that are
    /// letters or digits) and whether the word is ASCII, in order, until `body` returns false.
    /// ASCII is read byte by byte; only other characters are looked up in Unicode's tables.
    func forEachWord(_ body: (UnsafeBufferPointer<UInt8>, Range<Int>, Bool) -> Bool) {
        var text = self
        text.withUTF8 { bytes in
            var offset = 0
            var start: Int?
            var asciiWord = true
            while offset < bytes.count {
                let byte = bytes[offset]
                let isWord: Bool
                var after = offset + 1
                // An ASCII byte followed by another (or the end) is a whole Character; CR LF, the one
                // ASCII pair that is a single Character, holds no word character either way.
                if byte < 0x80, after == bytes.count || bytes[after] < 0x80 {
                    isWord = (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20)
                } else {
                    let index = utf8.index(startIndex, offsetBy: offset)
                    isWord = self[index].isLetterOrDigit
                    after = utf8.distance(from: startIndex, to: self.index(after: index))
                }
                if isWord {
                    let single = byte < 0x80 && after == offset + 1
                    if start == nil {
                        start = offset
                        asciiWord = single
                    } else if !single {
                        asciiWord = false
                    }
                } else if let begin = start {
                    start = nil
                    guard body(bytes, begin..<offset, asciiWord) else { return }
                }
                offset = after
            }
            if let begin = start { _ = body(bytes, begin..<bytes.count, asciiWord) }
        }
    }
}
