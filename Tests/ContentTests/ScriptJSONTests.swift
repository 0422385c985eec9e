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
}
