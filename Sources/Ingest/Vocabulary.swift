import Foundation

/// The words and shapes of what is not the article: general across sites, not lists of any one
/// site's lines. A site adds its own patterns in `site.yaml` (`ingest: remove:`).
enum Vocabulary {
    /// Whole short lines that are site navigation.
    static let navigation = regex(#"^(jump to( (main )?content)?|skip to (main )?(content|navigation|main)|(main |article |page )+(content|media|body)|main menu|menu|search|home|toggle navigation|back to top|top of (the )?page|share( this( article| story)?)?|print( this)?|email|tweet|advertisement|sponsored( content| post| story| article)?|related( articles| stories)?|trending|most popular|close|open menu)\W*$"#)
    /// Newsletter, donation, membership and social pleas.
    static let plea = regex(#"(newsletter|subscribe|sign up (for|to)|signup|donat(e|ion|ing)|chip in|support (our|us|independent)|reader[- ]supported|(direct|directly|straight|right) to your inbox|in your inbox|news alerts|special reports|funded by (the people|readers|you)|(nonprofit|non-profit|independent|reader-funded|people-powered) (journalism|news|media)|(generous|loyal) readers|(we|i) (ask|need) you to (support|give|donate|chip)|become a (member|patron|subscriber)|make a gift|join our (mailing )?list|follow us on|like us on|(got|have|know of) a (news |story )?tip\b|send (us|me) (a |your )?tips?\b|contact (me|us|[\p{L}.' ]{2,40}) securely|(can|could|will) you (help|give)|every (dollar|contribution)|paywall|^stay (informed|in touch|connected|up to date)\W*$)"#)
    /// A sign-up form's consent text.
    static let formConsent = regex(#"(by (completing|submitting|signing up|clicking|providing)\b.{0,60}\b(form|agree|consent|email)|\bi agree to (receive|the)\b|privacy statement|unsubscribe at any time|you (can|may) (unsubscribe|opt out))"#)
    /// `6 min read`
    static let readingTime = regex(#"^\d+\s*(min|mins|minute|minutes)\.?( read|\s+to read)\W*$"#)
    /// `Chris Monroe/CNET`, `REUTERS/Lindsey Wasson`: a photographer and their outlet, alone on a line.
    static let creditLine = caseSensitiveRegex(#"^(\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*/\s*\p{Lu}[\p{L}.'’&-]*(\s+(\p{Lu}[\p{L}.'’&-]*|via|for|of))*$"#)
    /// `…the technology.Giulia Marchi/Bloomberg`: a caption whose credit is glued to its last sentence.
    static let gluedCredit = caseSensitiveRegex(#"[.!?]["”’)]?(\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+\s*/\s*\p{Lu}[\p{L}.'’& -]*$"#)
    /// `Megan Wollerton Former Senior Writer/Editor`: a name and a newsroom role.
    static let roleByline = caseSensitiveRegex(#"^((?:\p{Lu}[\p{L}.'’-]+\s+){1,3}?\p{Lu}[\p{L}.'’-]+),?\s+(?i:(?:former|senior|staff|contributing|associate|managing|deputy|chief|executive|political|technology|tech|science|news|freelance)\s+)*(?i:writer|editor|reporter|correspondent|contributor|columnist|journalist|producer)s?\b[\p{L}/ -]*$"#)
    /// `Curbside shopping:Sam's Club launching…`: a promo linking another story, label glued to headline.
    static let gluedPromo = caseSensitiveRegex(#"^\p{Lu}[\p{L}'’ -]{2,40}:[\p{Lu}"“‘'$\d]"#)
    /// `See the livestream at`, `Learn more about surveillance:`: a lead-in whose link is gone.
    static let danglingLeadIn = regex(#"^(?!.*\b(below|following)\b)(?:[^.!?]*\b(?:see|visit|watch|read|click|learn more|find out more|download|check out|go to|head to)\b[^.!?]*:|[^.!?]*\b(?:at|here|via))\s*$"#)
    /// A heading that opens a list of links to other pages, at the end of an article.
    static let relatedHeading = regex(#"^(related( content| articles| stories| reading| coverage| posts| links| topics| issues)?|learn more about\b.*|more (from|on|about|in)\b.*|more stories|recommended( for you| reading| stories| publications)?|go deeper|more news|top stories|latest news|read next|what to read next|you (may|might) also (like|enjoy)|further reading|see also|popular (now|stories)|most read)\W*$"#)
    /// Links to more content.
    static let moreLink = regex(#"^(source:\s*)?(load more|read more|show more|see more|view more|continue reading|read (the )?full (article|story)|click here|more stories|view comments|\d+ comments?|comments)\b.{0,40}$"#)
    static let callVocabulary = regex(#"\b(click|tap|read|watch|listen|get|download|sign up|subscribe|more on|on the go|here)\b"#)
    static let imagePlaceholder = regex(#"^\[?(image|photo|picture|img|video|graphic|embed|gallery)( \d+)?\]?\W*$"#)
    static let photoCredit = regex(#"(\(\s*(photo|image|picture|credit|photograph)s?\s*(by|credit)?\s*:|\b(photo|image|photograph) (credit|by)\s*:|getty images|\bap photo\b|\breuters/|/afp\b|shutterstock|^(photo|image|credit|caption|illustration|graphic|photo illustration)s?\s*:|^(photo|image|illustration) (by|courtesy( of)?)\s|\b(photo|photograph|image|illustration) (by|courtesy of) [^.!?]{2,60}$|\(courtesy( of [^)]{1,40}| photo)?\))"#)
    static let noteCount = regex(#"^\d[\d,.]*k?\s+(notes?|likes?|shares?|reblogs?|comments?|responses?)$"#)
    static let reblog = regex(#"^(\d+\.\s*)?[\w.-]+\s+(reblogged this from|posted this|liked this|reblogged this)\b"#)
    static let separator = regex(#"^[\s#*=_~\-–—•·.+]{3,}$"#)
    /// Licence and copyright lines that open a site's footer.
    static let footer = regex(#"(licensed under|creative commons|all rights reserved|©|\(c\) \d{4}|copyright \d{4}|copyright ©|registered 501\(c)"#)
    /// Legal links of a footer (`Privacy Policy | Terms of Use`): words an article sentence uses too.
    static let legalLinks = regex(#"(privacy policy|terms of (use|service)|cookie (policy|settings))"#)
    /// `Jessica Corbett ·`: a teaser's byline.
    static let teaserByline = regex(#"^[\p{Lu}][\p{L}.'’ -]{2,60}\s[·•|]$"#)
    /// `FOR IMMEDIATE RELEASE: June 10, 2020`, `Published June 10, 2020`.
    static let releaseLine = regex(#"^(for immediate release|published|posted|posted on|date|dateline|release date|embargoed until)\b"#)
    static let updatedLine = regex(#"^\W*(updated?|update|last updated|edited)\b"#)
    static let contactLine = regex(#"^(media |press )?contacts?\s*:"#)
    /// `By Jane Doe`, `- By Davey Alba`
    static let byline = regex(#"^([-–—•*·]\s*)?((written|reported|words|story|text|posted|compiled)\s+)?by\s+\p{Lu}"#)

    /// The name a byline gives: `- By Davey Alba` → `Davey Alba`.
    static func bylineName(_ text: String) -> String? {
        guard let match = byline.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range, in: text) else { return nil }
        return String(text[text.index(before: range.upperBound)...]).trimmedOfSpaces
    }
    /// Trailing sentences of a paragraph that are a social plea ("Follow us on Twitter @x").
    static let trailingPlea = regex(#"\s*(follow us on|like us on|find us on|join us on)\b[^.!?]*[.!?]?\s*$"#)
    /// A trailing clause that asks to subscribe or sign up: only after a clause boundary, so that
    /// "residents who subscribe to the app." is left alone.
    static let trailingSignUp = regex(#"(?:^|(?<=[.!?:,;]))\s*(subscribe to|sign up (for|to)|donate (to|now|today))\b[^.!?]*[.!?]?\s*$"#)

    static let stopwords: Set<String> = [
        "the", "and", "for", "that", "this", "with", "from", "have", "has", "had", "are", "was", "were", "will",
        "would", "could", "should", "their", "they", "them", "than", "then", "there", "these", "those", "what",
        "when", "which", "while", "who", "whom", "more", "most", "some", "such", "into", "onto", "over", "also",
        "just", "only", "very", "been", "being", "about", "after", "before", "other", "your", "ours", "said",
        "says", "its", "it's", "not", "but", "all", "any", "can", "our", "out", "new", "one", "two",
    ]

    private static let longestStopword = stopwords.map(\.utf8.count).max() ?? 0

    /// Lowercased content words of at least four letters.
    static func contentWords(_ text: String) -> Set<String> {
        // A text whose only capitals are ASCII is lowercased word by word, byte by byte; lowercasing
        // another may change its letters' number.
        let onlyASCIICapitals = text.unicodeScalars.allSatisfy { $0.isASCII || !$0.properties.changesWhenLowercased }
        let lowered = onlyASCIICapitals ? text : text.lowercased()
        var words = Set<String>()
        lowered.forEachWord { bytes, range, asciiWord in
            if asciiWord {
                guard range.count >= 4 else { return true }
                func lowered(_ count: Int) -> String {
                    String(unsafeUninitializedCapacity: count) { buffer in
                        for offset in 0..<count { buffer[offset] = bytes[range.lowerBound + offset] | (bytes[range.lowerBound + offset] &- 0x41 < 26 ? 0x20 : 0) }
                        return count
                    }
                }
                // A word longer than any stopword is kept by its first six letters, without being read whole.
                let kept = lowered(min(range.count, 6))
                let isStopword = range.count <= longestStopword
                    && stopwords.contains(range.count <= 6 ? kept : lowered(range.count))
                if !isStopword { words.insert(kept) }
            } else {
                let read = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                let word = onlyASCIICapitals ? read.lowercased() : read
                if word.count >= 4, !stopwords.contains(word) { words.insert(String(word.prefix(6))) }
            }
            return true
        }
        return words
    }
}
