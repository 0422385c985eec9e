import Content

/// The shape of text that named a quotation's speaker, or why none is named: what `--explain` tells an editor.
enum AttributionShape: String, Hashable {
    case speechVerbAfter = "the speech verb after it names the speaker (“…,” said X / “…,” X said)"
    case speechVerbBefore = "the subject of the speech verb before it is the speaker (X said: “…” / X wrote that … “…”)"
    case spokesperson = "who speaks for an organization speaks as it (an Amazon spokesperson said / X, a lawyer for Org)"
    case companyReference = "“the company” is the one company its paragraph names before it (the company said)"
    case roleReference = "“the spokeswoman” speaks for the one company, “the group” is the one advocacy group, named just before it"
    case jointSpeakers = "two people wrote it together (X and Y wrote): the first named stands for both, as in a byline"
    case pronoun = "its pronoun stands for the most recently named person, a registry person (“…,” she said)"
    case legislators = "“the lawmakers” or “they” are the one legislature the text just named by its members (members of Congress wrote)"
    case organizationPronoun = "“it” is the organization its sentence opens with, nothing named between (Clearview sells what it calls “…”)"
    case documentAuthor = "a person’s own document speaks for them (Markey’s press release states)"
    case previousSentence = "the sentence before it, with its only speech verb, names the speaker (X said … . “…”)"
    case continuation = "it goes on with the quotation the paragraph before left open, and its speaker"
    case introduction = "the paragraph before introduces it (X released the following statement:)"
    case introductionLine = "the line before names its speaker (Said X, role / Statement from X)"
    case unmarkedStatement = "a statement set out without quotation marks after the paragraph that introduces it (… can be attributed to X:)"
    case dashLine = "the dash after it names the speaker (—X, Organization)"
    case nameLine = "the line after it names the speaker without a dash (X, role at Organization: the organization when X is unregistered)"
    case unregisteredSpeaker = "no speaker: its attribution names someone the registries lack"
    case document = "no speaker: its attribution names a document, not who wrote it (the letter says)"
    case unresolvedPronoun = "no speaker: its pronoun stands for someone the registry lacks"
    case unstated = "no speaker: the text does not say who said it"

    /// Whether the shape names a speaker (the others say why there is none).
    var namesSpeaker: Bool {
        switch self {
        case .unregisteredSpeaker, .document, .unresolvedPronoun, .unstated: false
        default: true
        }
    }
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

    static let unattributed = AttributionShape.unstated.rawValue

    /// One for each quotation, in the article's order: `quotes[i]` became `articleQuotes[i]`.
    static func list(_ quotes: [ExtractedQuote], _ articleQuotes: [Quote], paragraphs: [SourceLine]) -> [QuoteAttribution] {
        zip(quotes, articleQuotes).map { extracted, quote in
            QuoteAttribution(quote: quote,
                             line: paragraphs.indices.contains(extracted.paragraph) ? paragraphs[extracted.paragraph].number : 0,
                             rule: rule(extracted))
        }
    }

    /// The shape's rule, when it agrees with the speaker found.
    private static func rule(_ quote: ExtractedQuote) -> String {
        guard let shape = quote.attribution, shape.namesSpeaker == (quote.speaker != nil) else { return unattributed }
        return shape.rawValue
    }
}
