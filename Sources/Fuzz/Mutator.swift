/// SplitMix64: small, fast and the same on every platform, so that a seed names one run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// The generator of one iteration of a run: any iteration can be replayed on its own.
    init(seed: UInt64, iteration: Int) {
        state = seed &+ UInt64(truncatingIfNeeded: iteration) &* 0x9E37_79B9_7F4A_7C15
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Changes to an input, from small (a byte) to hostile (a snippet of `HostileSnippets`, a line of
/// a hundred thousand characters, a part of another input).
enum Mutator {
    /// Inputs are cut to this many bytes: long enough that time growing with the square of the
    /// length shows (100 KB on one line took seconds), short enough that a debug build converts
    /// the heaviest in well under the per-input limit.
    static let maximumBytes = 128 * 1024

    static func mutate(_ input: [UInt8], donor: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            mutateOnce(&bytes, donor: donor, using: &random)
        }
        return Array(bytes.prefix(maximumBytes))
    }

    private static func mutateOnce(_ bytes: inout [UInt8], donor: [UInt8], using random: inout SplitMix64) {
        let at = Int.random(in: 0...bytes.count, using: &random)
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<15:
            guard !bytes.isEmpty else { return }
            bytes[min(at, bytes.count - 1)] = UInt8.random(in: 0...255, using: &random)
        case 15..<45:
            bytes.insert(contentsOf: HostileSnippets.all.randomElement(using: &random)!, at: lineStart(before: at, in: bytes, using: &random))
        case 45..<55:
            let end = min(bytes.count, at + Int.random(in: 1...64, using: &random))
            bytes.removeSubrange(at..<end)
        case 55..<65:
            let range = someRange(of: bytes.count, longest: 1024, using: &random)
            bytes.insert(contentsOf: bytes[range], at: at)
        case 65..<80:
            let range = someRange(of: donor.count, longest: 4096, using: &random)
            bytes.insert(contentsOf: donor[range], at: lineStart(before: at, in: bytes, using: &random))
        case 80..<88:
            let range = someRange(of: bytes.count, longest: 200, using: &random)
            let copies = Int.random(in: 2...2000, using: &random)
            bytes.insert(contentsOf: Array(repeating: Array(bytes[range]), count: copies).joined(), at: at)
        case 88..<93:
            let word = HostileSnippets.words.randomElement(using: &random)!
            bytes.insert(contentsOf: Array(repeating: word, count: Int.random(in: 1_000...30_000, using: &random)).joined(), at: at)
        case 93..<97:
            bytes.removeSubrange(at...)
        default:
            bytes.insert(contentsOf: HostileSnippets.invalidUTF8.randomElement(using: &random)!, at: at)
        }
    }

    /// `at`, or half the time the start of its line: YAML and Markdown mean most at a line's start.
    private static func lineStart(before at: Int, in bytes: [UInt8], using random: inout SplitMix64) -> Int {
        guard Bool.random(using: &random) else { return at }
        return bytes[..<at].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    }

    private static func someRange(of count: Int, longest: Int, using random: inout SplitMix64) -> Range<Int> {
        guard count > 0 else { return 0..<0 }
        let start = Int.random(in: 0..<count, using: &random)
        return start..<min(count, start + Int.random(in: 1...longest, using: &random))
    }
}
