import Content

/// The shape of text that named a quotation's speaker: what `--explain` tells an editor.
enum AttributionShape: String, Hashable {
    case speechVerbAfter = "the speech verb after it names the speaker (“…,” said X / “…,” X said)"
    case speechVerbBefore = "the sentence before it names the speaker (X said: “…”)"
    case introduction = "the paragraph before introduces it (X released the following statement:)"
    case dashLine = "the line after it names the speaker (—X, Organization)"
}

extension ExtractedQuote {
    mutating func explain(_ shape: AttributionShape?, paragraph: Int) {
        attribution = shape
        self.paragraph = paragraph
    }
}

/// A quotation of the article, where it starts and the rule behind its speaker (or its lack of one).
public struct QuoteAttribution: Sendable, Hashable {
    public var quote: Quote
    /// The source line the quotation starts on.
    public var line: Int
    public var rule: String

    static let unattributed = "no speaker: nothing next to it names a registry person or organization"

    /// One for each quotation, in the article's order: `quotes[i]` became `articleQuotes[i]`.
    static func list(_ quotes: [ExtractedQuote], _ articleQuotes: [Quote], paragraphs: [SourceLine]) -> [QuoteAttribution] {
        zip(quotes, articleQuotes).map { extracted, quote in
            QuoteAttribution(quote: quote,
                             line: paragraphs.indices.contains(extracted.paragraph) ? paragraphs[extracted.paragraph].number : 0,
                             rule: extracted.speaker == nil ? unattributed : extracted.attribution?.rawValue ?? unattributed)
        }
    }
}
