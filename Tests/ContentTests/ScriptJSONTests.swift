import Foundation
import Content
import Testing

@Suite struct ScriptJSONTests {
    @Test func nothingInAStringCanEndTheScriptOrBreakJavaScript() throws {
        let hostile = "</script><script>alert(1)</script> <!-- & \u{2028}\u{2029} é\u{301}"
        let encoded = try #require(ScriptJSON.encode(["title": hostile, "a": [1, 2]]))
        #expect(encoded.hasPrefix("{\"a\":[1,2],\"title\":"))
        for unsafe in ["<", ">", "&", "\u{2028}", "\u{2029}"] { #expect(!encoded.contains(unsafe)) }
        // The escapes mean the same text to a JSON parser.
        let decoded = try JSONSerialization.jsonObject(with: Data(encoded.utf8)) as? [String: Any]
        #expect(decoded?["title"] as? String == hostile)
    }

    @Test func slashesStayAsTheyAre() {
        #expect(ScriptJSON.encode(["url": "https://example.org/a/"]) == "{\"url\":\"https://example.org/a/\"}")
    }

    /// What Foundation writes, made script-safe: the encoder must give the same bytes.
    func foundationJSON(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        var safe = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": safe += "\\u003c"
            case ">": safe += "\\u003e"
            case "&": safe += "\\u0026"
            case "\u{2028}": safe += "\\u2028"
            case "\u{2029}": safe += "\\u2029"
            default: safe.unicodeScalars.append(scalar)
            }
        }
        return safe
    }

    @Test func writesWhatFoundationWritesForAnyText() throws {
        var generator = SystemRandomNumberGenerator.seeded(42)
        let alphabet: [Unicode.Scalar] = ["a", "Z", "0", "9", "\"", "\\", "/", "<", ">", "&", " ", "\u{0}", "\u{1}", "\u{8}",
                                          "\u{9}", "\u{A}", "\u{C}", "\u{D}", "\u{1F}", "\u{7F}", "é", "\u{301}", "\u{2028}",
                                          "\u{2029}", "\u{FEFF}", "😀", "@", "-", "_", "A", "b"]
        func text(_ length: Int) -> String {
            var value = String.UnicodeScalarView()
            for _ in 0..<length { value.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            return String(value)
        }
        let keyLetters = Array("@abcdefghijklmnopqrstuvwxyz")
        for _ in 0..<300 {
            var object: [String: Any] = [:]
            for _ in 0..<Int(generator.next() % 6) {
                let key = String((0..<Int(generator.next() % 6 + 1)).map { _ in keyLetters[Int(generator.next() % 27)] })
                object[key] = text(Int(generator.next() % 20))
            }
            object["list"] = [text(5), Int(generator.next() % 1000) - 500, true, false, NSNull(), ["nested": text(3)]]
            object["@type"] = "Thing"
            object["dateModified"] = "2020-01-01"
            object["datePublished"] = "2020-01-01"
            #expect(ScriptJSON.encode(object) == (try foundationJSON(object)), "\(object)")
        }
    }

    /// Foundation sorts keys as the machine's locale collates them; ours are in Unicode order, the
    /// same on every machine (and the same as Foundation's for the lowercase and camelCase keys
    /// Placard writes).
    @Test func keysAreInUnicodeOrderWhateverTheLocale() {
        #expect(ScriptJSON.encode(["b": 1, "B": 2, "a10": 3, "a9": 4, "_": 5, "@": 6])
            == #"{"@":6,"B":2,"_":5,"a10":3,"a9":4,"b":1}"#)
    }
}

extension SystemRandomNumberGenerator {
    /// A small deterministic generator for tests (SplitMix64), whatever the platform's default.
    static func seeded(_ seed: UInt64) -> SplitMix { SplitMix(state: seed) }
}

struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
