import Foundation

/// The words of page widgets, forms, paywalls and comment threads: general across sites.
extension Vocabulary {
    /// Reader comments' buttons and the comment form: `LikeLike`, `LikeLiked by 1 person`, `Reply`.
    static let commentWidget = regex(#"^((like)+(d by \d[\d,]* (people|person|others?|bloggers?))?|\d[\d,]* likes?|reply|cancel reply|leave a (reply|comment)|(log|sign) in to (reply|comment)|you must be (logged|signed) in to (post a )?(comment|reply)|(post|submit|add) (a |your )?comment|comments? (are )?closed|join the (discussion|conversation)|\d+ (comments?|responses?|replies|thoughts? on\b.*|responses? to\b.*))\W*$"#)
    /// `Bets says:`, `Jane on June 3, 2019 at 4:12 pm said:`: a commenter's name over the comment.
    static let commenter = regex(#"^[^.!?"“”:]{1,30}\ssays:(\s+[\p{L}\d ,.:]{4,40}\b(am|pm|\d{4}))?$|^[^.!?"“”:]{1,40}\s(on|at)\s[^"“”]{4,40}\s(said|says|wrote):$"#)
    /// A comment form's notes.
    static let commentForm = regex(#"(your e-?mail address will not be published|required fields are marked|^you must be (logged|signed) in)"#)

    /// A paywall's or an account's prompt, at the start of its line.
    static let paywall = regex(#"^(already (have an account|an? (subscriber|member|supporter|donor))|your (membership|subscription|trial) (has )?(expired|ended|lapsed)|the payment for your account|(subscribe|sign in|log in|register|sign up) (now |today )?to (keep|continue) reading|unlock (the rest of|this|every|full|unlimited)|to continue reading|you('ve| have) reached (your|the)\b.{0,30}\b(limit|articles?)|\d+ free articles? (left|remaining)|this (article|story|content) is (only )?(available )?(for|to) (subscribers|members))"#)

    /// A form's labels, alone on their line: `Email Address`, `Zip Code *`, `Your Message`.
    static let formLabel = regex(#"^\*?\s*(first name|last name|full name|your name|name|e-?mail( address)?|your e-?mail( address)?|zip( code)?|postal code|phone( number)?|mobile( phone| number)?|(street |mailing )?address( line \d)?|city|state|country|message recipients?|recipients?|subject|website|your (message|comment|state senator|state representative|senators?|representatives?|members? of congress|legislators?|lawmakers?|governor|mayor))\s*[:*]?\s*\*?\s*(\((optional|required)\))?\s*$"#)
    /// A form's notes: `* indicates required`, `[The Form Label field is hidden on … forms]`.
    static let formNote = regex(#"(^\*\s*(indicates|denotes)? ?required|required fields are marked|fields? marked (with )?an? \* (are|is) required|^\[[^\]]*\b(field|form)\b[^\]]*\]$)"#)

    /// A call to act addressed to the reader: `Tell Congress…`, `Urge your legislators to…`, `Take action now`.
    static let callToAct = regex(#"^(please\s+)?((urge|tell|contact|e-?mail|write to|sign|send( a message| an e-?mail| a letter)?|add your name)\b[^.!?]{0,200}?\b((your|the) \#(officials)|congress|(the|this|our) petition|now)\b|(call|ask) your \#(officials)\b|take action\b|act now\b|you can (contact|call|e-?mail|write to|tell|message)\b[^.!?]{0,120}\bhere\b)"#)
    private static let officials = #"(legislators?|representatives?|reps?|members? of congress|senators?|lawmakers?|mayor|city council|council ?members?|governor|elected officials?)"#

    /// Links of a page's widgets, alone on their line.
    static let widgetLink = regex(#"^(see all|view all|show all|full (article|story|text)|go deeper\b.*|more news\b.*|recommended (publications|for you|articles|stories)|read \d+ (more|remaining) paragraphs?\b.*|more (on|about) [\p{L}'’ -]{1,40}|explore more|discover more|keep reading|top stories|latest news)\W*$"#)
    /// `RELATED: IBM unveils tools to detect bias`, `[Related: HPE CEO: ‘…’]`: a label, then another story's headline.
    static let labelledPromo = caseSensitiveRegex(#"^\[?(?i:related|see also|also read|read also|read more|more|recommended|don'?t miss|must read|editor'?s pick|popular|trending)\s*:\s+["“‘]?[\p{Lu}\d]"#)
    /// A widget heading over another story, never over the article's own paragraphs.
    static let anotherStoryHeading = regex(#"^(go deeper|read next|what to read next|up next|more news|more stories|recommended( for you| stories| reading)?|you (may|might) also (like|enjoy)|most read|popular now)\W*$"#)
    /// A list of a post's tags or categories: `Categories: Badge Abuse Police …`, `Tags: , , ,`.
    static let tagList = regex(#"^(tags?|categories|category|filed under|topics?)\s*:"#)
    /// A label naming a page's kind or section, alone on its line: `Press Release`, `News`.
    static let kindLabel = regex(#"^((press|news|media) (release|statement|advisory)|statement|news|blog|opinion|analysis|commentary|breaking( news)?|exclusive)\W*$"#)

    /// `via San Francisco Becomes 1st US City … — Site`: the link back of a reposted story.
    static let viaLine = caseSensitiveRegex(#"^[Vv]ia\s*:?\s+\S"#)
    /// `Source:: BusinessInsider.Com`
    static let sourceLine = regex(#"^source\s*:{1,2}\s*\S"#)
    /// `The post … appeared first on …`, `This article originally appeared on …`.
    static let repostNote = regex(#"^(the post\b.{3,400}\bappeared first on\b|(this (article|story|post|piece) )?(was )?(originally|first) (published|appeared|posted) (on|in|at|by)\s+(\p{Lu}|https?://|www\.)|this (article|story|post|piece|content) (has been|was) (indexed|aggregated|syndicated|republished|reposted|curated) from\b|(the )?content (was|has been) (cut|truncated|shortened)\b.{0,40}\bsource|please visit the (original )?source\b)"#)

    /// `Bill Text (PDF)`, `Read the letter [PDF, 1.2 MB]`: a link's label to a document, its target gone.
    static let documentLink = regex(#"^[^.!?]{1,80}[(\[]\s*(pdf|docx?)(\s*[,-]?\s*[\d.]+\s*[kmg]b)?\s*[)\]]\W*$"#)

    /// `To contact the reporter on this story: …`
    static let contactTheNewsroom = regex(#"^to contact the (reporters?|editors?|authors?|writers?|journalists?)\b"#)
    /// `File Type:pdf, Size:1020Kb`: a file viewer's details of the document.
    static let fileDetails = regex(#"(\bfile ?type\s*:|\b(file )?size\s*:\s*[\d.,]+\s*(kb|mb|gb|bytes)\b|\bpages?\s*:\s*\d+\s*,\s*(file|size))"#)
    /// A browser, connection or maintenance notice that every page of a site shows.
    static let serviceNotice = regex(#"(^(ie|internet explorer|your browser|this browser)\b.{0,30}\bnot supported|we recommend\b.{0,40}\bbrowsers?\b|\b(enable|turn on) javascript\b|\bjavascript (is )?(disabled|required)|update your browser|can'?t find the internet|attempting to reconnect|^(oops[,!.]?\s*)?something went wrong\W*$|hang in there while|you('re| are) offline|^(this|the) (page|site|service|video|content) is (temporarily|currently) unavailable|this (site|website) uses cookies|we use cookies|accept (all )?cookies|we value your privacy|(we('re| are)|currently) experiencing technical difficulties|please try again (later|in a few)|^page not found|are you a robot|verify (that )?you are (a )?human|unusual traffic from your|disable your ad ?blocker)"#)
    /// A court filing's caption and clerk's stamp: counsel, case number, parties.
    static let courtCaption = regex(#"(\besq\.|\bsbn\b|\bcase no\.|pro hac vice|attorneys? for (the )?(plaintiffs?|defendants?|petitioners?|respondents?)|unofficial copy|jury trial demanded|\bfiled date\b|courtroom number|^(plaintiffs?|defendants?|petitioners?|respondents?)[,.]?$)"#)
    /// A court's name: a caption's mark only beside another, since headlines name courts too.
    static let courtName = regex(#"\b(superior|district|circuit|supreme) court\b"#)
    /// `5d ago`, `· 3 hours ago`
    static let relativeTime = regex(#"^\W*\d+\s*(s|m|h|d|w|mo|y|secs?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\W*$"#)
    /// `gpt-5.4-2026-03-05`, `img_2041`: one token of letters and digits joined by `-`, `_` or `.`.
    static let identifier = regex(#"^((?=[^\s]*\p{L})(?=[^\s]*\d)[\p{L}\d]+([-_.][\p{L}\d]+){2,}|#[0-9a-f]{3,8})$"#)
    /// `Reporter covering artificial intelligence`: the writer's beat under their name.
    static let authorRole = regex(#"^((senior|staff|contributing|former|technology|tech|political|national|investigative) )*(reporter|writer|editor|correspondent|columnist|contributor|journalist) (covering|based in)\b"#)
}
