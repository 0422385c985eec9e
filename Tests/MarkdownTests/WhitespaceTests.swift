import Foundation
import Testing
@testable import Markdown

@Suite struct WhitespaceTests {
    /// Every scalar: Unicode's White_Space and the zero width space are Foundation's whitespacesAndNewlines.
    @Test func whiteSpaceIsFoundationsSet() {
        let foundation = CharacterSet.whitespacesAndNewlines
        var differ: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isFoundationWhitespace != foundation.contains(scalar) { differ.append(value) }
        }
        #expect(differ.isEmpty, "\(differ.map { String($0, radix: 16) })")
    }

    @Test func trimsLikeFoundation() {
        for text in ["", "  ", " a ", "\n\tText\u{2028}", "\u{00A0}x\u{3000}", " \u{301}é ", "a b", "\r\n", "\u{200B}zero\u{200B}"] {
            #expect(text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }
}
