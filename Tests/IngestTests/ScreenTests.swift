import Foundation
@testable import Ingest
import Testing

/// The literal screens in front of the loader's patterns must never rule out a line a pattern matches,
/// and the byte-wise word readers must read what the Character-wise ones read.
@Suite struct ScreenTests {
    /// The patterns written in Sources/Ingest as `regex(#"…"#)` or `caseSensitiveRegex(#"…"#)`.
    static func sourcePatterns() throws -> [(pattern: String, ignoringCase: Bool)] {
        let folder = GoldenTests.repository.appendingPathComponent("Sources/Ingest")
        let call = try NSRegularExpression(pattern: ##"\b(regex|caseSensitiveRegex)\(#"(.*?)"#\)"##)
        var patterns: [(String, Bool)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".swift") {
            let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in call.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
                let function = String(source[Range(match.range(at: 1), in: source)!])
                patterns.append((String(source[Range(match.range(at: 2), in: source)!]), function == "regex"))
            }
        }
        return patterns
    }

    /// Each line as written, and in capitals and small letters, where case-insensitive matches differ.
    static func variants() throws -> [String] {
        try FastPathTests.lines().flatMap { [$0, $0.uppercased(), $0.lowercased()] }
            + ["SUBSCRIBE", "ſubscribe to our newsletter", "Stra\u{DF}e", "\u{212A}ids", "\u{FB01}le a comment"]
    }

    @Test func screensNeverRuleOutAMatch() throws {
        let patterns = try Self.sourcePatterns()
        #expect(patterns.count > 50)
        let texts = try Self.variants()
        var screened = 0
        for (pattern, ignoringCase) in patterns {
            let expression = try ScreenedRegex(pattern: pattern, options: ignoringCase ? [.caseInsensitive] : [])
            guard expression.screen != nil || expression.first != nil || expression.last != nil else { continue }
            screened += 1
            for text in texts where !expression.mayMatch(text) {
                #expect(expression.expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil,
                        "/\(pattern)/ ruled out: \(text.prefix(80))")
            }
        }
        // Most patterns name a word or a mark: a screen that reads none would save nothing.
        #expect(screened * 2 > patterns.count)
    }

    @Test func requiredLiteralsAreReadFromThePattern() {
        func literals(_ pattern: String, ignoringCase: Bool = true) -> [String]? {
            RequiredLiterals(pattern: pattern, ignoringCase: ignoringCase)?.literals.map { String(decoding: $0.bytes, as: UTF8.self) }
        }
        #expect(literals(#"\b(Subscribe|sign up)\b"#) == ["subscribe", "sign up"])
        #expect(literals(#"^\d+\s*(min|minutes?)\.?( read)\W*$"#) == [" read"])
        #expect(literals(#"^[\p{Lu}][\p{L}.'’ -]{2,60}\s[·•|]$"#, ignoringCase: false) == ["·", "•", "|"])
        #expect(literals(#"(?i:Writer|editor)s?\b"#, ignoringCase: false) == ["writer", "editor"])
        #expect(literals(#"(?-i:ICE) agents"#) == [" agents"])
        #expect(literals(#"(?<=[.!?])\s*(follow us on|like us)\b"#) == ["follow us on", "like us"])
        #expect(literals(#"colou?r"#) == ["colo"])
        // An optional branch, or nothing but classes, requires no literal.
        #expect(literals(#"(news|)letter"#) == ["letter"])
        #expect(literals(#"(news|)"#) == nil)
        #expect(literals(#"^\p{Lu}\w+$"#) == nil)
        // Syntax the reader does not know leaves the pattern unscreened.
        #expect(literals(#"(?i)subscribe"#) == nil)
        #expect(literals(#"\Qa.b\E"#) == nil)
        #expect(literals(#"(a)\1"#) == nil)
    }

    @Test func aScreenLooksForItsLiteralsOnly() throws {
        let plea = try ScreenedRegex(pattern: #"\b(subscribe|sign up)\b"#, options: [.caseInsensitive])
        #expect(plea.mayMatch("Please SUBSCRIBE today"))
        #expect(plea.mayMatch("or Sign Up"))
        #expect(!plea.mayMatch("The council voted on Tuesday."))
        // A letter that folds to ASCII (the long s) is left to the engine, which matches it.
        #expect(plea.mayMatch("ſubscribe"))
        #expect(plea.matches(in: "ſubscribe", range: NSRange(location: 0, length: 9)).count == 1)
        let credit = try ScreenedRegex(pattern: #"[·•|]$"#)
        #expect(credit.mayMatch("Jessica Corbett ·"))
        #expect(!credit.mayMatch("Jessica Corbett"))
    }

    @Test func anchoredPatternsAreTriedOnLinesThatStartOrEndAsTheyMay() throws {
        let listItem = try ScreenedRegex(pattern: #"^(\d{1,2}[.)]|[-*•])\s"#, options: [.caseInsensitive])
        #expect(listItem.first != nil && listItem.last == nil)
        #expect(!listItem.mayMatch("Hello - world"))
        #expect(listItem.mayMatch("12. item") && listItem.mayMatch("- item") && listItem.mayMatch("• item"))
        #expect(listItem.mayMatch("٣. item"), "\\d takes any digit")
        let range = NSRange(location: 6, length: 6)
        #expect(listItem.mayMatch("Hello - item", in: range), "a range's anchors are not the text's")
        let midClause = try ScreenedRegex(pattern: #"(?:,|\s(?:of|and))$"#, options: [.caseInsensitive])
        #expect(midClause.first == nil && midClause.last != nil)
        #expect(!midClause.mayMatch("The end.") && !midClause.mayMatch("Union of ”"))
        #expect(midClause.mayMatch("Union of") && midClause.mayMatch("UNION OF") && midClause.mayMatch("one,"))
        #expect(midClause.mayMatch("Union of\n"), "$ matches before a final line break")
        // Any branch without an anchor, or an optional last piece, leaves the line's ends unread.
        #expect(try ScreenedRegex(pattern: #"^a|b"#).first == nil)
        #expect(try ScreenedRegex(pattern: #"a.?$"#).last == nil)
        let optional = try ScreenedRegex(pattern: #"ab?$"#)
        #expect(optional.mayMatch("xa") && optional.mayMatch("xab") && !optional.mayMatch("xac"))
    }

    @Test func setsAndClassesTellWhatALineMayBeginWith() throws {
        let separator = try ScreenedRegex(pattern: #"^[\s#*=_~\-–—•·.+]{3,}$"#, options: [.caseInsensitive])
        #expect(!separator.mayMatch("Hello ***") && !separator.mayMatch("*** Hello"))
        #expect(separator.mayMatch("***") && separator.mayMatch("\u{3000}——") && separator.mayMatch("— — —"))
        let name = try ScreenedRegex(pattern: #"^\p{Lu}[a-z]+$"#)
        #expect(!name.mayMatch("1st") && !name.mayMatch("Ann."))
        #expect(name.mayMatch("Ann") && name.mayMatch("Émile"))
        let caseless = try ScreenedRegex(pattern: #"^[a-c]\w*$"#, options: [.caseInsensitive])
        #expect(caseless.mayMatch("Bob") && caseless.mayMatch("bob") && !caseless.mayMatch("Dan"))
        #expect(try ScreenedRegex(pattern: #"^[^a]b"#).first == nil)
    }

    @Test func wordsAreReadAsCharacterByCharacter() throws {
        for line in try FastPathTests.lines() {
            let plain = line.split { !$0.isLetterOrDigit }
            #expect(line.words == plain, "\(line.prefix(80))")
            #expect(line.wordCount == plain.count, "\(line.prefix(80))")
            #expect(line.wordCount(upTo: 3) == min(plain.count, 4), "\(line.prefix(80))")
            let contentWords = Set(line.lowercased().split { !$0.isLetterOrDigit }.map(String.init)
                .filter { $0.count >= 4 && !Vocabulary.stopwords.contains($0) }.map { String($0.prefix(6)) })
            #expect(Vocabulary.contentWords(line) == contentWords, "\(line.prefix(80))")
        }
    }
}

extension ScreenTests {
    @Test func spacesAreWhatFoundationTrims() throws {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isHorizontalSpace == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
        }
        for line in try FastPathTests.lines() + ["\u{200B} zero width \u{3000}", " \u{301}mark ", "\t\u{A0}"] {
            #expect(line.trimmedOfSpaces == line.trimmingCharacters(in: .whitespaces), "\(line.prefix(80))")
            let middle = line.dropFirst(min(2, line.count))
            #expect(middle.trimmedOfSpaces == middle.trimmingCharacters(in: .whitespaces), "\(line.prefix(80))")
        }
    }
}

extension ScreenTests {
    @Test func comparableTextIsWhatLowercasingAndFilteringGive() throws {
        for line in try FastPathTests.lines() + ["ÉCOLE Straße İstanbul Ⅻ ٢٠١٩", "a\u{301}B\u{300}"] {
            let plain = String(String.UnicodeScalarView(line.lowercased().unicodeScalars.filter {
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            }))
            #expect(line.comparable == plain, "\(line.prefix(80))")
        }
    }
}

extension ScreenTests {
    /// Runs of Unicode's White_Space as one space, scalar by scalar: what `collapsingSpaces` did before it read bytes.
    static func collapsingSpacesByScalar(_ text: String) -> String {
        var collapsed = String.UnicodeScalarView()
        var run = 0
        for scalar in text.unicodeScalars {
            guard scalar.properties.isWhitespace else {
                run = 0
                collapsed.append(scalar)
                continue
            }
            run += 1
            if run == 1 { collapsed.append(scalar) }
            if run == 2 { collapsed.replaceSubrange(collapsed.index(before: collapsed.endIndex)..., with: [" "]) }
        }
        return String(collapsed)
    }

    @Test func spacesCollapseAsScalarByScalar() throws {
        let spaced = ["a  b", "a\u{A0}\u{A0}b", "\u{3000} x \u{2028}\u{2029}", "tab\t\tend  ", " \u{85}", "é  ü\u{1F600}  z"]
        for line in try FastPathTests.lines() + spaced {
            #expect(SourceLines.collapsingSpaces(line).utf8.elementsEqual(Self.collapsingSpacesByScalar(line).utf8), "\(line.prefix(80))")
        }
    }

    @Test func bytesTellWhetherATextMayHoldACharacter() {
        #expect("say “hi”".holdsBytes(ofAny: [], [Array("“".utf8)]))
        #expect(!"say hi".holdsBytes(ofAny: [0x22], [Array("“".utf8)]))
        #expect("say \"hi\"".holdsBytes(ofAny: [0x22]))
    }
}

extension ScreenTests {
    /// The search `NameTable.hasName` made over all keys before ASCII prefixes were looked up in a set.
    static func searchedPrefix(_ prefix: String, in keys: [String]) -> Bool {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low].hasPrefix(prefix)
    }

    @Test func aNameTableFindsThePrefixesASearchFinds() throws {
        let keys = ["mpowerchange", "aclu", "acluofnortherncalifornia", "josé", "jose\u{301}luis", "ab\u{301}", "abz", "gutiérrez",
                    "ice", "ｆｕｌｌ", "straße"]
        let table = NameTable(keys.enumerated().map { ($0.element, $0.offset) })
        let sorted = Set(keys).sorted()
        var prefixes = keys.flatMap { key in key.indices.map { String(key[...$0]) } } + ["jose", "jos", "ab", "a", "strasse", "zz", ""]
        for line in try FastPathTests.lines().prefix(300) {
            let tokens = Token.tokens(of: line).map(\.key)
            for start in tokens.indices { prefixes.append(tokens[start..<min(tokens.count, start + 3)].joined()) }
        }
        for prefix in prefixes {
            #expect(table.hasName(startingWith: prefix) == Self.searchedPrefix(prefix, in: sorted), "\(prefix)")
        }
        let ascii = NameTable([("aclu", 1)])
        #expect(ascii.hasName(startingWith: "") && ascii.hasName(startingWith: "acl") && !ascii.hasName(startingWith: "aclx"))
    }
}
