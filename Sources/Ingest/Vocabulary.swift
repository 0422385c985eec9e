import Foundation

/// The words and shapes of what is not the article: general across sites, not lists of any one
/// site's lines. A site adds its own patterns in `site.yaml` (`ingest: remove:`).
enum Vocabulary {
    /// Whole short lines that are site navigation.
    static let navigation = regex(#"^(skip to (main )?(content|navigation|main)|main menu|menu|search|home|toggle navigation|back to top|share( this( article| story)?)?|print( this)?|email|tweet|advertisement|sponsored( content)?|related( articles| stories)?|trending|most popular|close|open menu)\W*$"#)
    /// Newsletter, donation, membership and social pleas.
    static let plea = regex(#"(newsletter|subscribe|sign up (for|to)|signup|donat(e|ion)|chip in|support (our|us|independent)|reader[- ]supported|direct to your inbox|in your inbox|become a (member|patron|subscriber)|make a gift|join our (mailing )?list|follow us on|like us on|(can|could|will) you (help|give)|every (dollar|contribution)|paywall)"#)
    /// Links to more content.
    static let moreLink = regex(#"^(source:\s*)?(load more|read more|show more|see more|view more|continue reading|read (the )?full (article|story)|click here|more stories|view comments|\d+ comments?|comments)\b.{0,40}$"#)
    static let callVocabulary = regex(#"\b(click|tap|read|watch|listen|get|download|sign up|subscribe|more on|on the go|here)\b"#)
    static let imagePlaceholder = regex(#"^\[?(image|photo|picture|img|video|graphic|embed|gallery)( \d+)?\]?\W*$"#)
    static let photoCredit = regex(#"(\(\s*(photo|image|picture|credit|photograph)s?\s*(by|credit)?\s*:|\b(photo|image|photograph) (credit|by)\s*:|getty images|\bap photo\b|\breuters/|/afp\b|shutterstock|^(photo|image|credit|caption)\s*:)"#)
    static let noteCount = regex(#"^\d[\d,.]*k?\s+(notes?|likes?|shares?|reblogs?|comments?|responses?)$"#)
    static let reblog = regex(#"^(\d+\.\s*)?[\w.-]+\s+(reblogged this from|posted this|liked this|reblogged this)\b"#)
    static let separator = regex(#"^[\s#*=_~\-–—•·.+]{3,}$"#)
    /// Licence, copyright and legal lines that open a site's footer.
    static let footer = regex(#"(licensed under|creative commons|all rights reserved|©|\(c\) \d{4}|copyright \d{4}|copyright ©|privacy policy|terms of (use|service)|cookie (policy|settings)|registered 501\(c)"#)
    /// `Jessica Corbett ·`: a teaser's byline.
    static let teaserByline = regex(#"^[\p{Lu}][\p{L}.'’ -]{2,60}\s[·•|]$"#)
    /// `FOR IMMEDIATE RELEASE: June 10, 2020`, `Published June 10, 2020`.
    static let releaseLine = regex(#"^(for immediate release|published|posted|posted on|date|dateline|release date|embargoed until)\b"#)
    static let updatedLine = regex(#"^\W*(updated?|update|last updated|edited)\b"#)
    static let contactLine = regex(#"^(media |press )?contacts?\s*:"#)
    static let byline = regex(#"^by\s+\p{Lu}"#)
    /// Trailing sentences of a paragraph that are a social plea ("Follow us on Twitter @x").
    static let trailingPlea = regex(#"\s*(follow us on|like us on|find us on|join us on)\b[^.!?]*[.!?]?\s*$"#)

    static let stopwords: Set<String> = [
        "the", "and", "for", "that", "this", "with", "from", "have", "has", "had", "are", "was", "were", "will",
        "would", "could", "should", "their", "they", "them", "than", "then", "there", "these", "those", "what",
        "when", "which", "while", "who", "whom", "more", "most", "some", "such", "into", "onto", "over", "also",
        "just", "only", "very", "been", "being", "about", "after", "before", "other", "your", "ours", "said",
        "says", "its", "it's", "not", "but", "all", "any", "can", "our", "out", "new", "one", "two",
    ]

    /// Lowercased content words of at least four letters.
    static func contentWords(_ text: String) -> Set<String> {
        Set(text.lowercased().words.map(String.init).filter { $0.count >= 4 && !stopwords.contains($0) }
            .map { String($0.prefix(6)) })
    }
}
