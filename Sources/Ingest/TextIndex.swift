/// Which lines of a page hold a text, found through the rarest of the text's pieces: a page's
/// standalone quotations are checked against every other line in time that grows with the page,
/// not with the page times the number of quotations.
struct TextIndex {
    /// Texts shorter than this are not looked up.
    static let pieceLength = 15

    private let lines: [Int: [UInt8]]
    /// For each piece that a looked-up text holds (by its hash), the lines holding it (or a piece of
    /// the same hash: a line too many is read in full and passed over), in order.
    private var linesHolding: [UInt64: [Int]] = [:]

    /// Indexes `lines` for the pieces of `texts` (each at least `pieceLength` bytes long).
    init(lines: [Int: [UInt8]], for texts: [[UInt8]]) {
        self.lines = lines
        let wanted = Set(texts.flatMap(Self.pieces))
        for (line, bytes) in lines.sorted(by: { $0.key < $1.key }) {
            for piece in Self.pieces(bytes) where wanted.contains(piece) && linesHolding[piece]?.last != line {
                linesHolding[piece, default: []].append(line)
            }
        }
    }

    /// Whether one of the lines that `isCandidate` accepts holds `text`.
    func anyLine(holds text: [UInt8], where isCandidate: (Int) -> Bool) -> Bool {
        let rarest = Self.pieces(text).map { linesHolding[$0] ?? [] }.min { $0.count < $1.count } ?? []
        return rarest.contains { isCandidate($0) && Self.bytes(lines[$0] ?? [], contain: text) }
    }

    /// The hash of every run of `pieceLength` bytes, rolled along the text; none in a shorter text.
    private static func pieces(_ bytes: [UInt8]) -> [UInt64] {
        guard bytes.count >= pieceLength else { return [] }
        let base: UInt64 = 0x100000001B3
        var top: UInt64 = 1
        for _ in 1..<pieceLength { top = top &* base }
        var hash: UInt64 = 0
        for byte in bytes[..<pieceLength] { hash = hash &* base &+ UInt64(byte) }
        var hashes = [hash]
        hashes.reserveCapacity(bytes.count - pieceLength + 1)
        for end in pieceLength..<bytes.count {
            hash = (hash &- UInt64(bytes[end - pieceLength]) &* top) &* base &+ UInt64(bytes[end])
            hashes.append(hash)
        }
        return hashes
    }

    /// Knuth–Morris–Pratt: linear whatever the texts repeat.
    private static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        // border[i]: the length of the longest proper border of needle[...i].
        var border = [Int](repeating: 0, count: needle.count)
        var length = 0
        for index in needle.indices.dropFirst() {
            while length > 0 && needle[index] != needle[length] { length = border[length - 1] }
            if needle[index] == needle[length] { length += 1 }
            border[index] = length
        }
        length = 0
        for byte in haystack {
            while length > 0 && byte != needle[length] { length = border[length - 1] }
            if byte == needle[length] { length += 1 }
            if length == needle.count { return true }
        }
        return false
    }
}
