import Foundation

/// Title, subtitle, byline and date: the lines before the article's first full paragraph. Pages put
/// their furniture there too (menus, section labels, trending headlines, the site's name), so the
/// title is the first headline-shaped line that speaks of what the article says. Date lines and
/// labels are read first (HeaderDates.swift), so that none is taken for the title.
extension Cleaner {
    func readHeader(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String],
                    _ document: inout CleanedDocument) {
        removeRepeatedDateStamps(lines, &roles, &reasons)
        readHeaderLabels(lines, &roles, &reasons, &document)
        readTitle(lines, &roles, &reasons, &document)
        removeMastheadDates(lines, &roles, &reasons, &document)
        readDatesInText(lines, roles, &document)
        removeLinkLabels(lines, &roles, &reasons)
    }

    private func readTitle(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String],
                           _ document: inout CleanedDocument) {
        let kept = lines.indices.filter { roles[$0] == .body }
        let found: (index: Int, reason: String)?
        if let givenTitle {
            found = Self.titleLine(lines, kept: kept).flatMap { Self.isTheTitle(lines[$0.index].text, givenTitle) ? $0 : nil }
        } else {
            found = Self.titleLine(lines, kept: kept) ?? Self.titleAboveTheProse(lines, kept: kept) ?? Self.linkCardLine(lines, kept: kept)
        }
        guard let found else {
            let firstParagraph = kept.first { Self.isFullParagraph(lines[$0].text) } ?? lines.count
            for index in kept where index < firstParagraph {
                if let reason = Self.reasonAboveTheArticle(lines[index].text) {
                    roles[index] = .removed
                    reasons[index] = reason
                }
            }
            return
        }
        var titleIndex = found.index
        var titleReason = found.reason
        // `Headline` twice over the article: the first is the title, the second its repeat.
        if let first = kept.first(where: { $0 < titleIndex && lines[$0].text.comparable == lines[titleIndex].text.comparable }) {
            titleIndex = first
            titleReason = "title: the first of the headline's two copies"
        }
        let bodyStart = Self.bodyStart(lines, kept: kept, after: titleIndex)
        // `fb-pixelHeadline - The Site Skip to main content` above a clean `Headline`.
        let titleText = lines[titleIndex].text.comparable
        if let clean = kept.first(where: { $0 > titleIndex && $0 < bodyStart && lines[$0].text.wordCount >= 4
                && lines[$0].text.comparable.count < titleText.count && titleText.contains(lines[$0].text.comparable) }) {
            roles[titleIndex] = .removed
            reasons[titleIndex] = "page title: the headline wrapped in the site's name or menu"
            titleIndex = clean
            titleReason = "title: the headline the page title repeats"
        }
        let headline = lines[titleIndex].text.comparable
        for index in kept where index < titleIndex && roles[index] == .body {
            roles[index] = .removed
            reasons[index] = lines[index].text.comparable.contains(headline)
                ? "page title: the headline wrapped in the site's name or menu" : "page furniture above the title"
        }
        roles[titleIndex] = .title
        reasons[titleIndex] = titleReason
        let headlineText = titleReason == Self.linkCardReason ? Self.linkCardHeadline(lines[titleIndex].text) : nil
        document.title = Self.strippingLabel(headlineText ?? Self.strippingSiteName(lines[titleIndex].text),
                                             article: kept.filter { $0 >= bodyStart }.map { lines[$0].text })

        let bodyWords = Self.contentWords(lines, kept.filter { $0 >= bodyStart })
        let addresses = Self.letterAddressBlock(lines, kept: kept)
        for index in kept where index > titleIndex && index < bodyStart && roles[index] == .body {
            var (role, reason) = addresses.contains(index) ? (.body, Self.letterHeaderReason(lines[index].text) ?? Self.addressBlockReason)
                : headerRole(index, lines, roles, reasons, bodyWords: bodyWords, document: &document)
            if reason == Self.teaserReason, !found.reason.contains("shares words"), Self.isHeadlineShaped(lines[index].text) {
                (role, reason) = (.body, Self.unsureTitleReason)
            }
            roles[index] = role
            reasons[index] = reason
        }
    }

    /// What a line between the title and the article is.
    private func headerRole(_ index: Int, _ lines: [SourceLine], _ roles: [LineDecision.Role], _ reasons: [String],
                            bodyWords: Set<String>, document: inout CleanedDocument) -> (LineDecision.Role, String) {
        let text = lines[index].text
        // A caption stands above its credit; the line below a credit is the article's (its standfirst).
        let nextToCredit = lines.indices.contains(index + 1) && reasons[index + 1] == Self.creditReason
        if text.comparable == document.title?.comparable { return (.removed, "repeats the title") }
        if Self.continuesAnAddress(text, previous: index > 0 ? lines[index - 1].text : nil,
                                   next: index + 1 < lines.count ? lines[index + 1].text : nil) {
            return (.body, Self.addressBlockReason)
        }
        if let title = document.title, Self.isTitleWithAWordAdded(text, title: title) {
            return (.removed, "image alt text: the title and a word or two (thumbnail, image)")
        }
        if let author = Self.byline(text) {
            document.author = document.author ?? author
            return (.author, "byline")
        }
        if nextToCredit, text.wordCount <= 30 { return (.removed, "photo caption (next to its credit)") }
        if text.wordCount <= 8, !text.contains(where: \.isUppercase), !text.endsLikeASentence {
            return (.removed, "image alt text: a short lowercase fragment")
        }
        if let reason = Self.letterHeaderReason(text) { return (.body, reason) }
        if let reason = Self.headerFieldReason(text) { return (.body, reason) }
        if Self.isLoneDateline(text) { return (.date, Self.loneDatelineReason) }
        if Self.isContactDetails(text) { return (.contact, Self.contactDetailsReason) }
        if Vocabulary.contentWords(text).isDisjoint(with: bodyWords), !Self.isStandfirstShaped(text) {
            return (.removed, Self.teaserReason)
        }
        if document.subtitle == nil {
            document.subtitle = Self.unquoted(text)
            return (.subtitle, "subtitle: between the title and the article")
        }
        return (.removed, "extra header line: between the title and the article, after the subtitle")
    }

    /// `Headline thumbnail`: the title with one or two words after it, which no subtitle is.
    static func isTitleWithAWordAdded(_ text: String, title: String) -> Bool {
        let titleWords = title.lowercased().words.map { String($0).comparable }
        let words = text.lowercased().words.map { String($0).comparable }
        return titleWords.count >= 4 && (1...2).contains(words.count - titleWords.count)
            && Array(words.prefix(titleWords.count)) == titleWords && !text.endsLikeASentence
    }

    /// The first headline-shaped line before the first full paragraph (or that paragraph itself,
    /// when short) that shares words with the article; failing that, the first of those lines that
    /// can be a title. A lede first means the text has no title line.
    static func titleLine(_ lines: [SourceLine], kept: [Int]) -> (index: Int, reason: String)? {
        guard let first = kept.first else { return nil }
        let firstParagraph = kept.first { isFullParagraph(lines[$0].text) }
        // The first paragraph may be the title (a headline that ends like a sentence) only when
        // nothing comes before it; after a short first line, it is the lede.
        let candidates = kept.filter { $0 < (firstParagraph ?? first) || $0 == first }
        // The article after a candidate: from the first paragraph, the same for every candidate but
        // the first paragraph itself, read once rather than once per candidate.
        var articles: [Int: Set<String>] = [:]
        // A wrapped sentence's lines are no headline: the line that ends mid-clause, nor the one it runs into.
        let runsOn = Set(kept.indices.dropLast().filter { Self.endsMidClause(lines[kept[$0]].text) }.flatMap { [kept[$0], kept[$0 + 1]] })
        for index in candidates where isHeadlineShaped(lines[index].text) && mayBeTitle(lines[index].text) && !runsOn.contains(index) {
            let start = max(index + 1, firstParagraph ?? index)
            let article = articles[start] ?? contentWords(lines, kept.filter { $0 >= start })
            articles[start] = article
            let words = Vocabulary.contentWords(lines[index].text)
            let shared = words.intersection(article).count
            if shared >= 2, shared * 3 >= words.count {
                return (index, "title: first headline-shaped line that shares words with the article")
            }
        }
        if let below = titleBelowATagline(lines, kept: kept) { return below }
        // Lines that cannot be a title (alt text, a label, a symbol) are passed over.
        return candidates.first { mayBeTitle(lines[$0].text) && !isLede(lines[$0].text) && !lines[$0].text.matches(listItem) && !runsOn.contains($0) }
            .map { ($0, $0 == first ? "title: first line of the article" : "title: first line that can be a title") }
    }

    /// The article starts at its first full paragraph after the title, or at the first long line of a
    /// wrapped sentence (`Plaintiffs American Civil Liberties Union (“ACLU”), American Civil Liberties
    /// Union of`); a short text has none, and starts at once.
    static func bodyStart(_ lines: [SourceLine], kept: [Int], after titleIndex: Int) -> Int {
        let rest = kept.filter { $0 > titleIndex }
        return rest.first { isFullParagraph(lines[$0].text) || endsMidClause(lines[$0].text) && lines[$0].text.wordCount(upTo: 8) >= 8 }
            ?? rest.first ?? lines.count
    }

    /// A quotation standing alone may be a pull quote in the header, unless it is long.
    static func isFullParagraph(_ text: String) -> Bool {
        text.endsLikeASentence && text.wordCount(upTo: 30) >= 12 && (!text.isStandaloneQuotation || text.wordCount(upTo: 30) > 30)
    }

    /// Five to thirty words, not a lede, a list item, a menu or a quotation.
    static func isHeadlineShaped(_ text: String) -> Bool {
        (5...30).contains(text.wordCount) && !isLede(text) && !text.matches(listItem) && !text.matches(menuWords)
            && !text.isStandaloneQuotation && !text.hasSuffix(":")
    }

    static func contentWords(_ lines: [SourceLine], _ indices: [Int]) -> Set<String> {
        indices.reduce(into: Set<String>()) { $0.formUnion(Vocabulary.contentWords(lines[$1].text)) }
    }

    private static let listItem = regex(#"^(\d{1,2}[.)]|[-*•])\s"#)
    private static let menuWords = regex(#"\b(skip|jump) to\b"#)
    /// ` - The Boston Globe`, ` | Site Name`, and a menu item after it: what a page's `<title>` adds.
    private static let siteSuffix = caseSensitiveRegex(#"(\s+[-|–]\s+(The\s+)?\p{Lu}[\p{L}.&']*(\s+\p{Lu}[\p{L}.&']*){0,3})?(\s+(?i:skip to (main )?content|skip to navigation|main menu|menu))?$"#)

    /// `Headline - The Site Skip to main content` → `Headline`.
    static func strippingSiteName(_ title: String) -> String {
        guard let match = siteSuffix.firstMatch(in: title, range: NSRange(title.startIndex..., in: title)),
              let range = Range(match.range, in: title), !range.isEmpty, title[..<range.lowerBound].split(separator: " ").count >= 4
        else { return title }
        return String(title[..<range.lowerBound])
    }

    /// `By Jane Doe`, or a line that is only a name: two to four capitalized words, not a caption
    /// ending in a full stop ("Microsoft President Brad Smith.").
    static func byline(_ text: String) -> String? {
        if let name = Vocabulary.bylineName(text) { return name }
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), text.count <= 40, !text.contains(where: { $0.isNumber }),
              words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || ".'’-".contains($0) } }),
              !(text.hasSuffix(".") && (words.last?.count ?? 0) > 3)
        else { return nil }
        return text
    }
}
