/// The words a text's dates are made of, read in one pass, so that each of `DateFinder`'s patterns
/// runs only where its words are: most paragraphs name no weekday, say neither "year" nor
/// "yesterday", and hold no four digits, and a dozen patterns each scanning every paragraph were
/// most of the time it took to read dates. A test that lets through every text a pattern can match
/// (it may still not match): words are runs of ASCII letters, which every spelling of a month or
/// weekday the patterns accept is.
struct DateCues {
    private var month = false
    private var weekday = false
    private var fourDigits = false
    private var year = false
    private var relativeDay = false

    /// Every spelling `DateFinder.monthPattern` accepts, and the other words, packed as below.
    private static let monthWords = Set([
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "sepember", "september", "oct", "october", "nov", "november", "dec", "december",
    ].map(pack))
    private static let weekdayWords = Set(DateFinder.weekdays.map(pack))
    private static let yearWord = pack("year")
    private static let relativeDayWords: Set = [pack("yesterday"), pack("today")]

    /// A word of up to 12 ASCII letters as a number, five bits a letter: no string is made per word.
    private static func pack(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 5 | UInt64($1 & 0x1F) }
    }

    init(_ text: String) {
        var word: UInt64 = 0
        var letters = 0
        var digits = 0
        func endWord() {
            guard letters > 0 else { return }
            if letters <= 12 {
                month = month || Self.monthWords.contains(word)
                weekday = weekday || Self.weekdayWords.contains(word)
                year = year || word == Self.yearWord
                relativeDay = relativeDay || Self.relativeDayWords.contains(word)
            }
            word = 0
            letters = 0
        }
        for byte in text.utf8 {
            // ASCII letters, either case (a capital differs from its small letter by one bit).
            if (0x61...0x7A).contains(byte | 0x20) {
                word = word << 5 | UInt64(byte & 0x1F)
                letters += 1
                digits = 0
                continue
            }
            endWord()
            if (0x30...0x39).contains(byte) {
                digits += 1
                fourDigits = fourDigits || digits >= 4
            } else {
                digits = 0
            }
        }
        endWord()
        // The patterns' \d is any decimal digit: a text with one of another script may hold a year in it.
        fourDigits = fourDigits || text.unicodeScalars.contains { !$0.isASCII && $0.properties.numericType == .decimal }
    }

    func allow(_ kind: DateFinder.Kind) -> Bool {
        switch kind {
        case .rangeTwoMonths, .rangeOneMonth, .monthDay, .dayMonthYear, .monthYear, .bareMonth: month
        case .weekdayMonthDay: weekday && month
        case .weekday: weekday
        case .iso, .numeric, .year: fourDigits
        case .relativeYear: year
        case .relativeDay: relativeDay
        }
    }
}
