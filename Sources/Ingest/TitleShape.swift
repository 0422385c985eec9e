import Foundation

/// What a title line looks like, and what a page puts around its headline that is not part of it.
extension Cleaner {
    /// A headline has words and a capital (or opens with a number); it is not an image's lowercase
    /// alt text, symbols, a lead-in ending in a colon, a source or "via" line, or a paragraph-long post.
    static func mayBeTitle(_ text: String) -> Bool {
        text.contains(where: \.isLetter) && (text.contains(where: \.isUppercase) || text.first?.isNumber == true)
            && !text.hasSuffix(":") && text.wordCount(upTo: 30) <= 30 && !text.matches(sourceLabel)
    }

    /// Ends mid-clause (`… American Civil Liberties Union of`, `…, and`): a line of a wrapped sentence.
    static func endsMidClause(_ text: String) -> Bool {
        text.matches(midClauseEnding)
    }

    private static let midClauseEnding = regex(#"(?:,|\s(?:of|and|or|the|to|for|with|by|from|that|nor))$"#)

    /// When the text has no title line, what stands above its first paragraph and cannot be one.
    static func reasonAboveTheArticle(_ text: String) -> String? {
        if !text.contains(where: \.isLetter) { return "symbols above the article" }
        if text.wordCount <= 12, !text.contains(where: \.isUppercase), !text.endsLikeASentence {
            return "image alt text: a short lowercase fragment"
        }
        return nil
    }

    /// When no line above the first paragraph can be the title, and no sidecar gives one: a
    /// headline-shaped line in the first half of the text that stands just above the article's
    /// prose (paragraphs follow it at once) and speaks of what they say, below paragraphs that
    /// speak to the reader or as "I" (a call to act, a petition's message): the page's, as what
    /// stands above a title is. A lede above a subheading speaks of others, and stays a lede.
    static func titleAboveTheProse(_ lines: [SourceLine], kept: [Int]) -> (index: Int, reason: String)? {
        // Near the top, as a title is: a dozen lines at most, each judged against the text once.
        for (position, index) in kept.enumerated().prefix(12).dropFirst() where position * 2 < kept.count {
            let above = lines[kept[position - 1]].text
            if isFullParagraph(above), !isThePageSpeaking(above) { return nil }
            let text = lines[index].text
            guard isHeadlineShaped(text), mayBeTitle(text), !text.endsLikeASentence, text.first?.isUppercase == true else { continue }
            let after = kept[(position + 1)...]
            guard let next = after.first, isFullParagraph(lines[next].text),
                  after.filter({ isFullParagraph(lines[$0].text) }).count >= 2 else { continue }
            let words = Vocabulary.contentWords(text)
            let shared = words.intersection(contentWords(lines, Array(after))).count
            if shared >= 2, shared * 3 >= words.count {
                return (index, "title: a headline-shaped line just above the article's prose, below paragraphs of the page's")
            }
        }
        return nil
    }

    /// `Lively discussions of city news, politics, science and more.` over a headline: a page that
    /// opens with its site's tagline, a sentence that shares (almost) no words with the article, has
    /// its title below it: the first headline-shaped line before the next paragraph that does.
    static func titleBelowATagline(_ lines: [SourceLine], kept: [Int]) -> (index: Int, reason: String)? {
        guard let first = kept.first, isFullParagraph(lines[first].text) else { return nil }
        let rest = kept.dropFirst()
        let tagline = Vocabulary.contentWords(lines[first].text)
        guard tagline.intersection(contentWords(lines, Array(rest))).count * 5 <= tagline.count else { return nil }
        let next = rest.first { isFullParagraph(lines[$0].text) } ?? lines.count
        let article = contentWords(lines, rest.filter { $0 >= next })
        for index in rest where index < next && isHeadlineShaped(lines[index].text) && mayBeTitle(lines[index].text) {
            let words = Vocabulary.contentWords(lines[index].text)
            let shared = words.intersection(article).count
            if shared >= 2, shared * 3 >= words.count {
                return (index, "title: first headline-shaped line that shares words with the article, below a tagline that shares none")
            }
        }
        return nil
    }

    /// A line is the title a sidecar gives when it holds most of that title's words (a site's name
    /// or a label around it aside).
    static func isTheTitle(_ text: String, _ given: String) -> Bool {
        let words = Vocabulary.contentWords(given)
        return !words.isEmpty && words.intersection(Vocabulary.contentWords(text)).count * 3 >= words.count * 2
    }

    /// `Send a message now to tell your members…`, `I urge you to…`: a page's plea, not reporting.
    static func isThePageSpeaking(_ text: String) -> Bool {
        !text.contains(where: { "\"“”«»".contains($0) })
            && text.lowercased().words.contains { $0 == "you" || $0 == "your" || $0 == "i" || $0 == "my" }
    }

    /// A lede, not a headline: a paragraph over twenty words, or one sentence over fifteen that ends
    /// in a full stop (headlines that end in one are short, or two short sentences).
    static func isLede(_ text: String) -> Bool {
        guard text.endsLikeASentence else { return false }
        let words = text.wordCount(upTo: 20)
        if words > 20 { return true }
        return words > 15 && sentences(text).count == 1 && text.last(where: { !"\"”’'»)]".contains($0) }) == "."
    }

    /// `BREAKING: Headline` → `Headline`; `Bloomberg: Headline` → `Headline` when the article never
    /// names Bloomberg: a label, or the outlet a clipping came from. `ACLU: Amazon shouldn't…` keeps
    /// its subject, which the article names (`Privacy Groups:` too, when its words are the article's). A footnote mark after the last word goes too.
    static func strippingLabel(_ title: String, article: [String]) -> String {
        let title = title.replacingOccurrences(of: #"(?<=\p{L}[!?.])\d{1,2}$"#, with: "", options: .regularExpression)
        guard let match = titleLabel.firstMatch(in: title, range: NSRange(title.startIndex..., in: title)),
              let labelRange = Range(match.range(at: 1), in: title), let restRange = Range(match.range(at: 2), in: title)
        else { return title }
        let label = title[labelRange].lowercased()
        let rest = String(title[restRange])
        guard rest.wordCount >= 4, rest.first?.isUppercase == true else { return title }
        if !label.matches(newsLabel), article.contains(where: { $0.lowercased().contains(label) }) { return title }
        // `Privacy Groups: …` over `30 privacy and consumer advocacy groups`: the headline's subject,
        // in other words; an outlet's name is not the article's words.
        let labelWords = Vocabulary.contentWords(label)
        if !label.matches(newsLabel), labelWords.count >= 2,
           labelWords.isSubset(of: article.reduce(into: Set<String>()) { $0.formUnion(Vocabulary.contentWords($1)) }) {
            return title
        }
        return rest
    }

    /// One to three capitalized words and a colon before a capitalized headline.
    private static let titleLabel = caseSensitiveRegex(#"^(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,2})\s*:\s+(.+)$"#)
    private static let newsLabel = regex(#"^(breaking( news)?|exclusive|update|updated|developing|just in|watch|video|photos|live|listen|podcast|opinion|op-ed|analysis|editorial|explainer|press release|statement|new)$"#)
    private static let sourceLabel = regex(#"^(sources?\s*:|(?-i:via)\s)"#)
    /// `Tags: , , ,`, `Categories: Police US News`: the post's taxonomy, page furniture.
}
