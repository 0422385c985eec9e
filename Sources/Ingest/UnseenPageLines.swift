import Content
import Foundation

/// Furniture that pages from publishers the rules had not seen put around an article: a headlines
/// widget's time stamps, a wire's lead-in to a release it reposts, links to earlier stories, a
/// comment prompt, an aggregator's hosting disclaimer and a request form's heading.
extension Vocabulary {
    /// `46 minutes ago in Local`: a headlines widget's time stamp with the story's section.
    static let sectionTimeStamp = regex(#"^\W*\d+\s*(minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\s+in\s+\p{L}[\p{L} &]{0,30}$"#)
    /// `Latest Headlines`, `More From Q97.9`, `In case you missed it.`, `Share this post`: a widget's heading.
    static let widgetHeading = regex(#"^(latest headlines|more from [\p{L}\d.'’ -]{1,30}|in case you missed it|share this (post|story|article|page))\W*$"#)
    /// `- Previously: Lawmakers push Amazon harder … (Nov. 29, 2018)`: a link to an earlier story.
    static let earlierStoryLink = caseSensitiveRegex(#"^([-•*]\s*)?(?i:previously|earlier|related coverage)\s*:\s+["“‘]?\p{Lu}"#)
    /// `What do you think?`: the prompt above a comment form, alone on its line.
    static let commentPrompt = regex(#"^(what do you think|what are your thoughts|tell us what you think|share your thoughts( below)?)\W*$"#)
    /// `The following press release was published by … on Feb. 19, 2020.`, `WASHINGTON, Sept. 11 --
    /// Sen. X issued the following news release:`: a wire's lead-in to a release it reposts. A
    /// statement set out after "issued the following statement:" is the article's, not this.
    static let wireLeadIn = regex(#"^(the following (press|news) release was (published|issued|released|posted|distributed) by\b|.{0,160}?\b(issued|released|distributed) the following (press|news) release\W*$)"#)
    /// `Please Note: This content is provided and hosted by a 3rd party server. … does not host or upload this material`
    static let hostingDisclaimer = regex(#"(^please note:\s*this content is (provided|hosted)|\bdoes not host or upload\b)"#)
    /// `Targeted News Service Document Request Form`, `Organization, if any:`: a form's heading and fields.
    static let formHeading = regex(#"(^[\p{L}'’ ]{0,60}\b(request|order|registration|sign-?up|subscription) form$|^(organi[sz]ation|company|affiliation|job title)(, if any)?\s*:\s*$)"#)
}

extension Cleaner {
    /// The reason a line is furniture of those kinds, or nil.
    static func unseenPageFurnitureReason(_ text: String) -> String? {
        let words = text.wordCount(upTo: 60)
        guard words <= 60 else { return nil }
        if let reason = linkResidueReason(text) { return reason }
        if words <= 8, text.matches(Vocabulary.sectionTimeStamp) { return "time stamp of a headlines widget" }
        if words <= 8, text.matches(Vocabulary.widgetHeading) { return "widget heading (latest headlines, more from, share this)" }
        if words <= 30, text.matches(Vocabulary.earlierStoryLink), !text.endsLikeASentence { return "link to an earlier story (Previously: …)" }
        if words <= 8, text.matches(Vocabulary.commentPrompt) { return "comment prompt" }
        if words <= 40, text.matches(Vocabulary.wireLeadIn) { return wireLeadInReason }
        if text.matches(Vocabulary.hostingDisclaimer) { return "aggregator's hosting disclaimer" }
        if words <= 10, text.matches(Vocabulary.formHeading) { return Self.formReason }
        return nil
    }

    static let wireLeadInReason = "wire's lead-in to a reposted release"

    /// The date a wire's lead-in gives its release (`… was published by X on Feb. 19, 2020.`).
    static func wireLeadInDate(_ text: String) -> Day? {
        guard text.wordCount(upTo: 40) <= 40, text.matches(Vocabulary.wireLeadIn) else { return nil }
        return fullDates(in: text).first?.start
    }

    /// `Jan. 17, 2019 9:19 AM ETAmazon.com, Inc. (AMZN)…By: …20 Comments`: a dateline with its time
    /// that opens a header line, whatever the page glued after it.
    static func timedDateOpening(_ text: String) -> Day? {
        let opening = String(text.prefix(60))
        guard let date = fullDates(in: opening).first,
              opening[..<date.range.lowerBound].trimmingCharacters(in: .whitespaces).matches(weekdayOnly),
              String(opening[date.range.upperBound...]).matches(timeOfDay) else { return nil }
        return date.start
    }

    private static let weekdayOnly = regex(#"^((mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?)?$"#)
    private static let timeOfDay = regex(#"^\s*[,|/·-]?\s*\d{1,2}[:.]\d{2}\s*[ap]\.?\s?m\b"#)
}

extension Cleaner {
    /// `Name of the Registrant: Amazon.com, Inc.`: a filing's or a letter's field, a label and its
    /// value, between the title and the article: header the reader keeps, not a teaser. A photo's
    /// credit (`Photo: …`) is not one.
    static func headerFieldReason(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":"), text.wordCount(upTo: 40) <= 40 else { return nil }
        let label = String(text[..<colon])
        guard (1...8).contains(label.wordCount), label.first?.isUppercase == true, !label.contains(where: \.isNumber),
              !label.matches(creditLabel), !text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces).isEmpty
        else { return nil }
        return "header field: a label and its value"
    }

    static let teaserReason = "teaser: shares no words with the article"
    /// A title chosen without the article's words may be furniture, and the headline below it the
    /// real one: losing a headline is worse than keeping a teaser.
    static let unsureTitleReason = "headline-shaped line kept: the title above it shares no words with the article either"

    private static let creditLabel = regex(#"\b(photo|image|video|credit|caption|illustration|source|via|graphic|picture|file)s?\b"#)
}
