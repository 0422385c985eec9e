import Content
import Foundation
import Markdown

/// `search/index.js`: the index that the search page's script (`assets/search.js`) searches, as a
/// script that sets `window.PLACARD_SEARCH` (a script rather than JSON so that the page works from
/// `file://` too, with no fetch). docs/templates.md, "Search index", describes the format:
///
///     window.PLACARD_SEARCH={"entries":[[KIND,TITLE,URL,TEXT,TERMS?],…],"kinds":[…],
///                            "postings":[[ENTRY DELTAS…],…],"stop":[…],"version":2,"words":[…]};
///
/// KIND indexes `kinds`; URL is relative to the site root; TERMS (only when aliases add words that
/// the title lacks) is normalized text, which ranks as the title does. Published articles newest first, then
/// standalone pages, organizations, people and events (timeline order). Drafts never go in.
/// `words` are every normalized word of the entries and of article and page bodies, stop words
/// left out, sorted; `postings[i]` lists the entries that have `words[i]`, each as its distance
/// from the one before (what gzip packs best).
enum SearchIndex {
    static let version = 2
    static let kinds = ["Article", "Page", "Organization", "Person", "Event"]
    /// Longest article text, in characters, before it is cut at a word.
    static let textLimit = 160

    /// `cache` keeps each entry's words between preview builds.
    static func files(_ rendered: RenderedSite, cache: SearchCache = SearchCache()) async -> [GeneratedFile] {
        [await file(entries(rendered, cache: cache), cache: cache)]
    }

    static func file(_ entries: [Entry], cache: SearchCache) async -> GeneratedFile {
        let (postings, json) = await cache.indexed(entries)
        return GeneratedFile(SitePaths.searchIndex, data: Data(script(json, postings: postings)))
    }

    struct Entry: Hashable, Sendable {
        var kind: Int
        var title: String
        var url: String
        var text: String
        var terms: String
        /// Searched but not shown: an article's or page's body (Markdown, read as its plain text)
        /// and bylines.
        var bodyMarkdown = ""
        var byline = ""

        /// Every normalized word that finds this entry, once each (words of the same bytes).
        var words: Set<String> { Set(distinctWords) }

        /// Every normalized word that finds this entry, once each, in first-seen order.
        var distinctWords: [String] {
            let body = bodyMarkdown.isEmpty ? "" : MarkdownDocument.plainText(bodyMarkdown)
            let fields = [title, text, terms, byline, body]
            // About one distinct word in twelve bytes of prose: room made once, not by doubling.
            var words = SearchWordSet(expectedWords: fields.reduce(0) { $0 + $1.utf8.count } / 12)
            for field in fields {
                SearchIndex.forEachWordBytes(in: field) { words.insert($0) }
            }
            return words.words
        }

        var json: [Any] {
            let fields: [Any] = [kind, title, url, text]
            return terms.isEmpty ? fields : fields + [terms]
        }
    }

    /// `cache` keeps summaries as shortened before (whitespace is slow to find by character).
    static func entries(_ rendered: RenderedSite, cache: SearchCache? = nil) -> [Entry] {
        func short(_ summary: String) -> String { cache?.shortened(summary) ?? SearchIndex.shortened(summary) }
        let site = rendered.site, index = rendered.index
        var entries: [Entry] = []
        for shown in index.articlesNewestFirst.map(rendered.article) where !shown.article.draft {
            let article = shown.article
            let text = joined([article.date.text, shown.summary.map(short)])
            var found = entry(0, article.title, SitePaths.article(article.slug), text, extra: [])
            found.bodyMarkdown = article.body
            found.byline = joined([article.subtitle, article.author, article.source?.publisher], separator: " ")
            entries.append(found)
        }
        for shown in rendered.pages where !shown.page.draft {
            let page = shown.page
            var found = entry(1, page.title, SitePaths.page(page.slug),
                              shown.summary.map(short) ?? "", extra: [])
            found.bodyMarkdown = page.body
            entries.append(found)
        }
        for organization in site.organizations {
            let text = joined([organization.kind.label, alsoKnownAs(organization.aliases)])
            entries.append(entry(2, organization.name, SitePaths.organization(organization.id), text,
                                 extra: organization.aliases))
        }
        for person in site.people {
            let organization = person.organization.flatMap { index.organizationsByID[$0]?.name }
            let text = joined([person.role, organization], separator: ", ")
            entries.append(entry(3, person.name, SitePaths.person(person.id), text, extra: person.aliases))
        }
        for event in index.timeline {
            let place = event.isVirtual ? "online" : event.place
            let text = joined([Day.rangeText(event.start, event.end), place, alsoKnownAs(event.aliases)])
            entries.append(entry(4, event.title, SitePaths.event(event.id), text, extra: event.aliases))
        }
        return entries
    }

    /// `window.PLACARD_SEARCH={…};` with no whitespace, keys sorted, and nothing that could end the
    /// script, open an HTML comment or break a JavaScript string (`ScriptJSON`'s rules); written
    /// from the entries' JSON as they are, so that putting it together costs little.
    static func script(_ entries: [[UInt8]], postings: Postings) -> [UInt8] {
        var json: [UInt8] = []
        json.reserveCapacity(entries.reduce(0) { $0 + $1.count + 1 } + 16 * postings.present.count + 4096)
        json += Array("window.PLACARD_SEARCH={\"entries\":[".utf8)
        for (position, entry) in entries.enumerated() {
            if position > 0 { json.append(UInt8(ascii: ",")) }
            json += entry
        }
        json += constants
        postings.writePostings(into: &json)
        json += stopAndVersion
        postings.writeWords(into: &json)
        json += Array("};\n".utf8)
        return json
    }

    private static let constants = Array(("],\"kinds\":" + (ScriptJSON.encode(kinds) ?? "[]") + ",\"postings\":").utf8)
    private static let stopAndVersion = Array((",\"stop\":" + (ScriptJSON.encode(StopWords.all.sorted()) ?? "[]")
        + ",\"version\":\(version),\"words\":").utf8)

    private static func entry(_ kind: Int, _ title: String, _ url: String, _ text: String, extra: [String]) -> Entry {
        Entry(kind: kind, title: collapsed(title), url: url, text: text,
              terms: newTerms(extra, beyond: [title]))
    }

    /// The normalized words of `phrases` that `existing` does not already have, in first-seen order.
    static func newTerms(_ phrases: [String], beyond existing: [String]) -> String {
        guard !phrases.isEmpty else { return "" }
        var seen = Set(existing.flatMap { normalizedWords($0) })
        var terms: [String] = []
        for word in phrases.flatMap({ normalizedWords($0) }) where seen.insert(word).inserted {
            terms.append(word)
        }
        return terms.joined(separator: " ")
    }

    /// What search.js compares: lowercase, without diacritics, split at anything but letters and digits.
    static func normalizedWords(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append($0) }
        return words
    }

    /// `normalizedWords(text)`, one by one: pieces of ASCII are lowercased bytes, and only pieces
    /// with more than ASCII are split by `Character` (`wordsByCharacter`), as the whole text was.
    static func forEachWord(in text: String, _ body: (String) -> Void) {
        forEachWordBytes(in: text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// `forEachWord`, each word as its UTF-8 bytes, which last only for the call: a word seen
    /// before need not become a `String` again.
    static func forEachWordBytes(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let isSeparator = { (byte: UInt8) in !(0x30...0x39).contains(byte) && !(0x61...0x7A).contains(byte | 0x20) }
        var lowered: [UInt8] = []
        ASCIIPieces.forEach(in: text, separatedBy: isSeparator) { piece, isASCII in
            guard isASCII else {
                for var word in wordsByCharacter(String(decoding: piece, as: UTF8.self)) { word.withUTF8(body) }
                return
            }
            lowered.removeAll(keepingCapacity: true)
            for byte in piece { lowered.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) }
            lowered.withUnsafeBufferPointer(body)
        }
    }

    /// The words of a text split by `Character`: an ASCII word needs only lowercasing, and
    /// Foundation's folding, which bridges to NSString, is kept for the words that have more than ASCII.
    static func wordsByCharacter(_ text: String) -> [String] {
        text.split { !$0.isLetterOrDigit }.flatMap { word -> [String] in
            if word.utf8.allSatisfy({ $0 < 0x80 }) { return [word.lowercased()] }
            return folded(String(word))
        }
    }

    /// What the index held before, for the words that are not ASCII, and for tests to compare with.
    static func folded(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    private static func alsoKnownAs(_ aliases: [String]) -> String? {
        aliases.isEmpty ? nil : "also " + aliases.map(collapsed).joined(separator: ", ")
    }

    private static func joined(_ parts: [String?], separator: String = " · ") -> String {
        parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: separator)
    }

    /// A summary as an entry shows it: on one line, cut at a word.
    static func shortened(_ summary: String) -> String {
        collapsed(summary).truncated(to: textLimit)
    }

    /// Runs of whitespace (newlines included) as one space, trimmed: pieces of ASCII as they are,
    /// and only pieces with more than ASCII split by `Character` (`collapsedByCharacter`).
    static func collapsed(_ text: String) -> String {
        if isCollapsedASCII(text) { return text }
        var words: [Substring] = []
        ASCIIPieces.forEach(in: text, separatedBy: { $0 == 0x20 || (0x09...0x0D).contains($0) }) { piece, isASCII in
            let piece = Substring(String(decoding: piece, as: UTF8.self))
            if isASCII { words.append(piece) } else { words += piece.split(whereSeparator: \.isWhitespace) }
        }
        return words.joined(separator: " ")
    }

    /// ASCII with single spaces between words and none at the ends, as most titles are: already
    /// collapsed, so a preview rebuild need not cut and join a thousand of them again.
    private static func isCollapsedASCII(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte >= 0x80 || (0x09...0x0D).contains(byte) || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return previous != 0x20
    }

    /// What `collapsed` gives, splitting the whole text by `Character`: for tests to compare with.
    static func collapsedByCharacter(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
