import Content
import Testing

/// The escaper against what it promises, scalar by scalar, on texts with every markup character,
/// controls, U+FFFE/U+FFFF and their near neighbours, at the start, the end and between runs.
@Suite struct MarkupEscapingTests {
    static let pieces = ["a", "é", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{01}", "\u{1F}", "\u{FFFE}", "\u{FFFF}",
                         "\u{FFFD}", "\u{FEFF}", "\u{EFBF}", "\u{0301}", "😀", " text ", ""]

    static func expected(_ text: String, xml: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += xml ? "&apos;" : "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where xml && (scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF): break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func everyPairAndTripleOfPiecesIsEscapedAsScalarByScalar() {
        for a in Self.pieces {
            for b in Self.pieces {
                for c in ["", "x", "&", "\u{FFFF}"] {
                    let text = a + b + c
                    #expect(MarkupEscaping.escape(text, for: .html) == Self.expected(text, xml: false), "\(Array(text.unicodeScalars))")
                    #expect(MarkupEscaping.escape(text, for: .xml) == Self.expected(text, xml: true), "\(Array(text.unicodeScalars))")
                }
            }
        }
    }

    @Test func aLongTextIsEscapedWholeAndAPlainOneIsKept() {
        let long = String(repeating: "<p class=\"x\">Tom & Jerry's \u{FFFF}caf\u{E9}</p>\n", count: 500)
        #expect(MarkupEscaping.escape(long, for: .html) == Self.expected(long, xml: false))
        #expect(MarkupEscaping.escape(long, for: .xml) == Self.expected(long, xml: true))
        let plain = String(repeating: "plain prose, ü and \u{1}, ", count: 200)
        #expect(MarkupEscaping.escape(plain, for: .html) == plain)
    }
}
