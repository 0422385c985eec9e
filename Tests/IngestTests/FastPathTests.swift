@testable import Content
import Foundation
@testable import Ingest
import Testing

/// The fast paths of ingestion must read what the plain ones read, on every line of real texts.
@Suite struct FastPathTests {
    /// Every line of the seeds and of the loader's evaluation set, and shapes that are rare in them.
    static func lines() throws -> [String] {
        let folders = ["content/sources", "Tests/Fixtures/loader-eval/content/sources"].map {
            GoldenTests.repository.appendingPathComponent($0)
        }
        var lines = ["", "a", "A1b2", "e\u{301}t\u{E9}", "caf\u{E9}s", "x\r\ny", "ab\r\ncd", "\u{130}stanbul ISTANBUL", "\u{FB01}nal",
                     "Stra\u{DF}e", "\u{212A}elvin", "\u{17F}tate", "one\u{2019}s “quoted”—dash", "\u{1F600}emoji\u{1F600} ok",
                     "٢٠١٩ digits", "ﬀ ﬁ", "a\u{300}\u{301}b", "tab\tend ", "ÉCOLE", "Amazon’s", "ACLU’S", "word\u{200D}joined"]
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
        return lines
    }

    /// Words read a Character at a time, as before the byte-wise fast path.
    static func tokensByCharacter(of text: String) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isLetterOrDigit else {
                index = text.index(after: index)
                continue
            }
            let start = index
            while index < text.endIndex, text[index].isLetterOrDigit { index = text.index(after: index) }
            let word = text[start..<index]
            tokens.append(Token(text: word, key: word.lowercased(), range: start..<index))
        }
        return tokens
    }

    @Test func tokensAreTheSameAsCharacterByCharacter() throws {
        let lines = try Self.lines()
        #expect(lines.count > 1_000)
        for line in lines {
            let fast = Token.tokens(of: line), plain = Self.tokensByCharacter(of: line)
            #expect(fast.map(\.text) == plain.map(\.text), "\(line.prefix(80))")
            #expect(fast.map(\.key) == plain.map(\.key), "\(line.prefix(80))")
            #expect(fast.map(\.range) == plain.map(\.range), "\(line.prefix(80))")
        }
    }

    @Test func aMemoizingMatcherFindsWhatAPlainOneFinds() throws {
        let site = testSite()
        let plain = MentionMatcher(organizations: site.organizations, people: site.people, events: site.events)
        let memoizing = plain.memoizing()
        for line in try Self.lines() + ["Amazon and the ACLU said", "Fight for the Future’s Evan Greer"] {
            // Twice: the second answer comes from the memo.
            #expect(memoizing.mentions(in: line) == plain.mentions(in: line), "\(line.prefix(80))")
            #expect(memoizing.mentions(in: line) == plain.mentions(in: line), "\(line.prefix(80))")
            #expect(memoizing.affiliates(in: line).map(\.range) == plain.affiliates(in: line).map(\.range))
        }
    }

    @Test func learningANameDropsTheMemo() {
        let site = testSite()
        var matcher = MentionMatcher(organizations: site.organizations, people: site.people, events: site.events).memoizing()
        let text = "Greer said so."
        #expect(matcher.mentions(in: text).isEmpty)
        matcher.add("Greer", .person("evan-greer"))
        #expect(matcher.mentions(in: text).map(\.entity) == [.person("evan-greer")])
    }

    /// Equal Strings with other bytes (a composed and a decomposed accent) get ranges into their own bytes.
    @Test func theMemoTellsEqualStringsWithOtherBytesApart() {
        let site = testSite()
        let matcher = MentionMatcher(organizations: site.organizations, people: site.people, events: site.events).memoizing()
        let composed = "Caf\u{E9} Amazon", decomposed = "Cafe\u{301} Amazon"
        #expect(composed == decomposed)
        let first = matcher.mentions(in: composed), second = matcher.mentions(in: decomposed)
        #expect(first.map { String(composed[$0.range]) } == ["Amazon"])
        #expect(second.map { String(decomposed[$0.range]) } == ["Amazon"])
        #expect(second.map { decomposed.utf8.distance(from: decomposed.startIndex, to: $0.range.lowerBound) } == [7])
    }
}
