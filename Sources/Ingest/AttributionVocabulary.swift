import Foundation

/// The words that attributions are made of: speech and writing verbs, and the nouns that tell
/// who (or what) their subject is.
enum AttributionVocabulary {
    /// Verbs that give someone's words, in the forms news copy uses.
    static let speechVerbList = [
        "said", "says", "say", "saying", "added", "adds", "adding", "continued", "continues", "wrote", "writes", "writing",
        "told", "tells", "telling", "noted", "notes", "noting", "stated", "states", "warned", "warns", "warning",
        "argued", "argues", "arguing", "explained", "explains", "declared", "declares", "announced", "announces",
        "urged", "urges", "urging", "asked", "asks", "found", "finds", "insisted", "insists", "concluded", "concludes",
        "claimed", "claims", "claiming", "called", "calls", "calling", "described", "describes", "describing",
        "expressed", "expresses", "expressing", "sued", "sues", "accused", "accuses", "accusing", "alleged", "alleges",
        "alleging", "tweeted", "blogged", "posted", "emailed", "replied", "responded", "released", "issued", "demanded",
        "demands", "contended", "contends", "acknowledged", "admitted", "pledged", "vowed", "cautioned", "testified",
        "put it", "puts it",
    ]
    static let speechVerbs = speechVerbList.joined(separator: "|")
    static let speechVerbSet = Set(speechVerbList)
    /// Verbs that name a term (`what the company calls “…”`): after a quotation they are a participle
    /// (`,” the coalition called Protest Amazon said`), not its attribution.
    static let namingVerbs: Set<String> = ["called", "calls", "calling", "described", "describes", "describing"]
    /// The verbs that may follow a quotation as its attribution.
    static let verbsAfterQuotation = speechVerbList.filter { !namingVerbs.contains($0) }.joined(separator: "|")
    /// Verbs that introduce a statement (`released the following statement:`) but make no short phrase
    /// a quotation (`Ring announced plans to allow “requests for assistance”`).
    static let publishingVerbs: Set<String> = ["announced", "announces", "released", "issued", "posted", "emailed"]
    /// Markers after which the source follows rather than precedes: `according to X`, `attributed to X`.
    static let sourceMarkers = #"according to|attributed to|per(?= the\b)|(?:statement|remarks|comments?) (?:from|by)"#
    /// A speech verb or a source marker, not inside a hyphenated word (`so-called`).
    static let verb = regex(#"(?<![-\p{L}])(?:\#(speechVerbs)|\#(sourceMarkers))\b"#)
    static let sourceMarker = regex(#"^(?:\#(sourceMarkers))$"#)

    /// Where `text` has a speech verb or source marker: in lowercase, or capitalized only where it
    /// opens a sentence (`Said X:`); a capitalized one inside a sentence is a name (`the United
    /// States`), and one that is also a plural noun is that noun after a determiner, a number, a
    /// possessive or a preposition (`in 20 states`, `the company's claims`).
    static func verbs(in text: String) -> [Range<String.Index>] {
        verb.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let range = Range(match.range, in: text) else { return nil }
            guard text[range].first?.isLowercase == true || text.isSentenceStart(at: range.lowerBound) else { return nil }
            guard pluralNouns.contains(text[range].lowercased()) else { return range }
            let previous = Token.tokens(of: String(text[..<range.lowerBound].suffix(24))).last
            guard let previous else { return range }
            let isNoun = determiners.contains(previous.key) || nounLeadIns.contains(previous.key)
                || previous.key.allSatisfy(\.isNumber) || previous.key == "s"
            return isNoun ? nil : range
        }
    }

    /// Speech verbs that are also plural nouns.
    private static let pluralNouns: Set<String> = ["states", "claims", "calls", "notes", "demands", "finds", "asks", "urges", "tweets"]
    /// Words before a noun, not a verb: `in states`, `other states`, `many claims`.
    private static let nounLeadIns: Set<String> = [
        "in", "of", "for", "to", "across", "with", "from", "by", "among", "other", "many", "all", "more", "most", "few",
        "both", "such", "member", "new", "repeated", "false", "own", "and",
    ]

    static let pronouns: Set<String> = ["she", "he"]
    /// `X, which tweeted` / `X, who said`: the name before the comma speaks.
    static let relativePronouns: Set<String> = ["which", "who"]
    /// Plural and neuter pronouns: a group or a thing, never resolved to a person.
    static let groupPronouns: Set<String> = ["they", "it", "we"]
    static let determiners: Set<String> = ["the", "a", "an", "one", "its", "their", "this", "that", "these", "those",
                                           "his", "her", "our", "another", "some", "two", "three", "several"]
    /// Words between a subject and its verb: `the ACLU has also said`.
    static let auxiliaries: Set<String> = [
        "also", "has", "have", "had", "previously", "recently", "later", "then", "once", "again", "reportedly", "publicly",
        "repeatedly", "similarly", "further", "would", "will", "did", "does", "do", "could", "should", "may", "might",
        "must", "already", "first", "earlier", "even", "often", "never", "long", "always", "just", "separately",
        "directly", "privately", "simply", "all", "both", "each", "not", "can", "yet", "still", "since",
    ]
    /// The verb is passive (`the individual was told`): its subject heard the words.
    static let passiveMarkers: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "get", "gets", "got"]
    /// Words that open a clause inside a subject's sentence: its subject comes after the last of them.
    static let clauseOpeners: Set<String> = [
        "that", "which", "who", "whom", "whose", "what", "after", "before", "while", "when", "because", "since",
        "although", "though", "if", "whereas", "unless", "until", "where", "as", "than", "but", "so",
    ]
    /// Words that end a noun phrase after a verb: `said Evan Greer in a statement`, `the letter, signed by …`.
    static let phraseEnders: Set<String> = [
        "in", "on", "to", "about", "against", "over", "during", "after", "before", "while", "when", "which", "who",
        "whom", "whose", "that", "including", "signed", "obtained", "published", "written", "sent", "such", "like",
        "because", "as", "where", "if", "but", "and", "last", "this", "earlier",
    ]
    /// Prepositions that open a sentence's adverbial before its subject: `In a statement, Amazon said`.
    static let leadingPrepositions: Set<String> = [
        "in", "on", "at", "after", "before", "during", "with", "for", "from", "by", "following", "despite", "amid",
        "according", "under", "since", "as",
    ]
    /// Words that open a sentence before its subject: `But Andy Jassy, the CEO of…, told`.
    static let leadingConjunctions: Set<String> = [
        "and", "but", "yet", "still", "however", "meanwhile", "also", "so", "instead", "now", "then", "today",
        "yesterday", "earlier", "later", "separately", "additionally", "moreover",
    ]
    /// `the company said`: a company the paragraph has named.
    static let companyNouns: Set<String> = ["company", "firm"]
    /// `the spokeswoman said`: who speaks for the company the text has just named.
    static let pressOfficers: Set<String> = ["spokesperson", "spokesman", "spokeswoman"]
    /// `the organization writes`, `the group wrote`: the advocacy group the text has just named.
    static let groupNouns: Set<String> = ["organization", "organisation", "group", "nonprofit"]
    /// `the spokeswoman`, not `a spokeswoman`: one the reader has already met.
    static let definite: Set<String> = ["the"]
    /// People named beside an organization who do not speak for it: `One Amazon employee told BuzzFeed`.
    static let outsiders: Set<String> = [
        "employee", "employees", "worker", "workers", "user", "users", "customer", "customers", "critic", "critics",
        "shareholder", "shareholders", "investor", "investors", "former", "resident", "residents", "client", "clients",
        "rival", "rivals", "competitor", "competitors", "opponent", "opponents", "victim", "victims", "student",
        "students", "fan", "fans", "subscriber", "subscribers", "contractor", "contractors", "seller", "sellers",
        "owner", "owners", "friend", "friends", "ex", "chapter", "chapters", "affiliate", "affiliates", "branch",
        "branches",
    ]
    /// People who speak for an organization: `an Amazon spokesperson`, `a lawyer for Clearview`.
    static let spokespeople: Set<String> = [
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons", "representative", "representatives",
        "lawyer", "lawyers", "attorney", "attorneys", "counsel", "official", "officials", "executive", "executives",
        "director", "president", "ceo", "chief", "founder", "cofounder", "organizer", "manager", "head", "chair",
        "chairman", "chairwoman", "strategist", "campaigner", "staff", "staffer", "coordinator", "leader", "leaders",
        "member", "members", "fellow", "analyst", "researcher", "advocate", "press", "office", "team",
    ]
    /// Texts that say things without being anyone: `the letter says`, `a screenshot of the prompt reads`.
    static let documents: Set<String> = [
        "letter", "letters", "report", "study", "complaint", "lawsuit", "suit", "filing", "statement", "petition",
        "bill", "ordinance", "law", "prompt", "screenshot", "email", "emails", "post", "tweet", "document", "documents",
        "memo", "survey", "analysis", "paper", "website", "page", "release", "article", "story", "proposal",
        "resolution", "policy", "guide", "manual", "contract", "agreement", "message", "notice", "sign", "ad",
    ]
    /// Titles before a name: `City Councilor Kenzie Bok`, `Sen. Edward Markey`.
    static let titles: Set<String> = [
        "councilor", "councillor", "councilmember", "council", "city", "rep", "reps", "representative", "sen", "senator",
        "mr", "ms", "mrs", "dr", "prof", "professor", "president", "ceo", "director", "deputy", "executive", "mayor",
        "gov", "governor", "judge", "officer", "chief", "sheriff", "commissioner", "secretary", "attorney", "general",
        "state", "us", "u", "s", "chair", "congresswoman", "congressman", "lt", "sgt",
    ]
}
