import Foundation
@testable import Ingest
import Testing

/// Patterns split so that each part keeps a screen, and byte-wise look-ups in front of word reads:
/// each answers as the unsplit, unscreened reading did.
@Suite struct SplitScreenTests {
    @Test func widgetPatternsWithLiteralsKeepTheirScreen() throws {
        #expect(Cleaner.anyAnchoredWidget.screen != nil, "a branch without a literal left the combined pattern unscreened")
        // The branches without a literal match one token: never a line holding a space.
        for text in try ScreenTests.variants() where text.utf8.contains(0x20) {
            #expect(Cleaner.anyOneToken.expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil,
                    "\(text.prefix(80))")
        }
        #expect(Cleaner.widgetReason("12") == "page or line number")
        #expect(Cleaner.widgetReason("12\n") == "page or line number")
        #expect(Cleaner.widgetReason("gpt-5.4-2026-03-05") == "identifier, not words")
        #expect(Cleaner.widgetReason("12 of them") == nil)
    }

    @Test func readersAddressedAsBeforeTheScreen() throws {
        let secondPerson: Set<Substring> = ["you", "your", "yours", "yourself", "yourselves"]
        let extra = ["YOU", "Yours truly", "yOuRsElF", "thank-you", "bayou", "Yo u", "ｙou"]
        for text in try ScreenTests.variants() + extra {
            #expect(Cleaner.addressesTheReader(text) == text.lowercased().words.contains { secondPerson.contains($0) },
                    "\(text.prefix(80))")
        }
        #expect(Cleaner.addressesTheReader("Thank YOU all"))
        #expect(!Cleaner.addressesTheReader("the bayou rose"))
    }

    @Test func markdownIsEscapedAsCharacterByCharacter() throws {
        let specials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "|", "#", "!"]
        let extra = ["*\u{301}bold*", "\u{600}#1", "a*b", "é*é", "[x](y) & <z>", "", "!", "\r\n#"]
        for text in try ScreenTests.variants() + extra {
            let characterwise = text.reduce(into: "") { escaped, character in
                if specials.contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
            #expect(MarkdownEscaping.escape(text).utf8.elementsEqual(characterwise.utf8), "\(text.prefix(80))")
        }
        #expect(MarkdownEscaping.escape("a*b") == "a\\*b")
        #expect(MarkdownEscaping.escape("*\u{301}") == "*\u{301}", "an accented star is not markup")
    }
}
