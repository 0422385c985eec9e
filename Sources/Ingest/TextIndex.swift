/// Which lines of a page hold a text, found through the rarest of the text's pieces: a page's
/// standalone quotations are checked against every other line in time that grows with the page,
/// not with the page times the number of quotations.
struct TextIndex {
    /// Texts shorter than this are not looked up.
    static let pieceLength = 15

    private let lines: [Int: [UInt8]]
    /// For each piece that a looked-up text holds, the lines holding it, in order.
    private var linesHolding: [ArraySlice<UInt8>: [Int]] = [:]

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

    /// Every run of `pieceLength` bytes; none in a shorter text.
    private static func pieces(_ bytes: [UInt8]) -> LazyMapSequence<StrideThrough<Int>, ArraySlice<UInt8>> {
        stride(from: 0, through: bytes.count - pieceLength, by: 1).lazy.map { bytes[$0..<($0 + pieceLength)] }
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
