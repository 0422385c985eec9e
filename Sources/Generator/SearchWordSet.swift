/// The distinct words of an entry, told apart by their bytes (as the vocabulary tells them apart),
/// in first-seen order. A word met again, as most of a body's words are, costs a short hash and a
/// compare of bytes, and no `String`: a `Set<String>` made and hashed a string for every word.
struct SearchWordSet {
    private(set) var words: [String] = []
    /// Each word's bytes, one after another; `ends[i]` is where word `i`'s end.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// Word number + 1 in each slot; 0 for an empty slot. Never more than half full.
    private var slots: [Int32]

    init(expectedWords: Int) {
        var size = 16
        while size < expectedWords * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        words.reserveCapacity(expectedWords)
        ends.reserveCapacity(expectedWords)
        hashes.reserveCapacity(expectedWords)
    }

    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        // FNV-1a: words are short, and a collision only costs a compare.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot] - 1)
            if hashes[number] == hash, isWord(number, word) { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(words.count + 1)
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
        hashes.append(hash)
        words.append(String(decoding: word, as: UTF8.self))
        if words.count * 2 > slots.count { grow() }
    }

    private func isWord(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = number == 0 ? 0 : ends[number - 1]
        guard ends[number] - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            UnsafeBufferPointer(rebasing: all[start..<ends[number]]).elementsEqual(word)
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }
}
