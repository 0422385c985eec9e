#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Long texts compared and hashed by their bytes. `String`'s own `==` and `hash(into:)` go by
/// Unicode canonical equivalence, which is many times slower on long text, and calls two texts
/// the same whose bytes, and so whose output, differ.
extension String {
    public func hasSameBytes(as other: String) -> Bool {
        var (mine, theirs) = (self, other)
        return mine.withUTF8 { a in
            theirs.withUTF8 { b in
                a.count == b.count && (a.baseAddress == b.baseAddress || a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
            }
        }
    }
}

extension Hasher {
    /// A long text's length and ends: enough to tell texts apart in a hash table whose keys are
    /// then compared whole (`hasSameBytes`), at a cost that does not grow with the text.
    public mutating func combineEnds(of text: String) {
        var text = text
        text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            combine(raw.count)
            combine(bytes: UnsafeRawBufferPointer(rebasing: raw.prefix(128)))
            combine(bytes: UnsafeRawBufferPointer(rebasing: raw.suffix(128)))
        }
    }
}
