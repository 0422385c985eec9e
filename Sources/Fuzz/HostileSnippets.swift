/// What untrusted content throws at a site generator: control characters, script URLs, deep
/// nesting, huge numbers, impossible dates, YAML's aliases and tags, the shapes the converter
/// reads, and scripts the other way round.
enum HostileSnippets {
    static let all: [[UInt8]] = (control + urls + html + nesting + yaml + dates + numbers + ingest + unicode).map { Array($0.utf8) }

    static let control = ["\u{0}", "\u{1}", "\u{7}", "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "\u{202E}",
                          "\u{FEFF}", "\r", "\r\n", "\t", "\u{200B}", "\u{FFFD}", "\u{10FFFF}", "\n\n\n", "\u{C}", "\u{B}"]

    static let urls = [
        "[x](javascript:alert(1))", "<javascript:alert(1)>", "![x](JaVaScRiPt:alert(1))", "[x]: javascript:alert(1)\n",
        "[x](java\tscript:alert(1))", "[x](&#106;avascript:alert(1))", "[x](data:text/html,<script>alert(1)</script>)",
        "[x](vbscript:msgbox)", "[x](//evil.example/)", "[x](/../../../etc/passwd)", "[x](#)", "[x](<a b>)",
        "url: \"javascript:alert(1)\"\n", "url: \" JAVASCRIPT:alert(1)\"\n", "url: \"data:image/svg+xml,<svg onload=alert(1)>\"\n",
        "url: \"http://[::1\"\n", "url: \"mailto:x@example.org?body=<script>\"\n", "url: \"tel:+1\"\n",
        "logo: \"../../../etc/passwd\"\n", "image: \"/etc/passwd\"\n", "file: \"../../etc/passwd\"\n",
        "baseURL: \"javascript:alert(1)//\"\n", "- {title: x, url: \"javascript:alert(1)\"}\n",
    ]

    static let html = ["<script>alert(1)</script>", "<!--", "-->", "<img src=x onerror=alert(1)>", "&#0;", "&#x110000;",
                       "&amp;", "<style>", "</textarea>", "<iframe src=//evil.example>", "<svg/onload=alert(1)>",
                       "<a href=\"javascript:alert(1)\">x</a>", "{{title}}", "{{{title}}}", "{{#x}}", "{{>partial}}"]

    static let nesting = [String(repeating: ">", count: 2000), String(repeating: "- ", count: 500),
                          String(repeating: "[", count: 5000), String(repeating: "*", count: 5000),
                          String(repeating: "`", count: 1000), "```\n", "    code\n", String(repeating: "(", count: 3000),
                          String(repeating: "_", count: 3000), String(repeating: "<a>", count: 2000),
                          String(repeating: "  ", count: 1000) + "- x\n", String(repeating: "1. ", count: 500),
                          String(repeating: "{a: ", count: 900) + String(repeating: "}", count: 900)]

    /// Nine levels of nine aliases: 387,420,489 values from ten lines, as a value and as a key.
    static let laughs = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + (1...9).map { level in
        "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
    }.joined()

    static let yaml = ["---\n", "...\n", "&a ", "*a", "<<: *a\n", "? ", ": ", "!!binary ", "!foo ", "{", "}", "[", "]",
                       "|\n", ">-\n", "\"\\u0000\"", "'", "\"", "# ", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n",
                       "key: &a [x, *a]\n", laughs, laughs + "? *l9\n: x\n", "- &x {a: *x}\n", "!!python/object:os.system ",
                       "id: \"\"\n", "id: Bad ID\n", "aliases: [\"\", \" \"]\n", "aliases: x\n", "draft: maybe\n",
                       "organizations: [nope]\n", "- {}\n", "- ~\n", "- [a, b]\n", "title: ~\n", "title: [x]\n",
                       "ingest: {remove: [\"(\", \"(a*)*b\", \".*\", \"^\"]}\n", "virtual: true\n", "end: 2019-01-01\n"]

    static let dates = ["0000-00-00", "9999-12-31", "2020-02-30", "2021-02-29", "-0001-01-01", "99999-01-01",
                        "2020-13-01", "1970-01-01", "0001-01-01", "date: 0000-00-00\n", "date: 9999-12-31\n",
                        "start: 9999-12-31\nend: 0001-01-01\n", "updated: 1900-01-01\n", "February 30, 2021",
                        "Dec 31, 9999", "June 31st", "January 0, 2021", "Thursday, December 31", "in 0000",
                        "June 7-99", "May 1st - April 2nd, 2021", "time: \"24:00\"\n", "time: \"99:99\"\n",
                        "time: \"-1:00\"\n", "end_time: \"00:00\"\n", "timezone: \"Mars/Base\"\n",
                        "timezone: \"../../etc/passwd\"\n", "date: 2020-06-10T25:61:61Z\n"]

    static let numbers = ["999999999999999999999999999999", "-9223372036854775808", "9223372036854775807", "1e309",
                          ".nan", ".inf", "0x7FFFFFFFFFFFFFFF", "18446744073709551616", "0o777", "1_000", "-0"]

    static let ingest = ["(ICE)", "(", ")", "“", "”", "\"", "said ", "“Quote after quote,” said Evan Greer.",
                         "Follow us on Twitter.", "Subscribe to our newsletter", "—", "By ", "FOR IMMEDIATE RELEASE: June 10, 2020\n",
                         "Contact: ", "©", "Related Content\n", "Photo: Getty Images", "UPDATED: ", "ACLU of Massachusetts",
                         "Ring the bell", "the Massachusetts chapter of the ACLU", "— Evan Greer, Fight for the Future\n",
                         "READ MORE ON FOX BUSINESS\n", "Load more\n", "[]", "* * *\n", "Jessica Corbett ·\n"]

    static let unicode = ["İ", "ß", "ﬃ", "Σ", "e\u{301}", "👩‍👩‍👧‍👦", "🇺🇸", "\u{301}", "ǅ", "مرحبا", "שלום", "\u{FDFD}",
                          "\u{1F600}", "Ａｍａｚｏｎ", "АCLU", "\u{E000}", "\u{D7FF}", "\u{E0001}"]

    static let words = ["word ", "Amazon ", "ACLU ", "“", "a", ".", "June 10, 2021 ", "(ICE) ", "Evan Greer said “x” ",
                        "Follow us on Twitter. ", "- ", "> ", "*", "[x](y) ", "&#0;", "\u{301}", "é", "\t", " "]
        .map { Array($0.utf8) }

    static let invalidUTF8: [[UInt8]] = [[0xFF], [0xFE, 0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                         [0xE2, 0x82], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]]
}
