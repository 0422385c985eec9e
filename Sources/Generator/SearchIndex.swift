import Content
import Foundation

/// `search/index.js`: the index that the search page's script (`assets/search.js`) searches, as a
/// script that sets `window.PLACARD_SEARCH` (a script rather than JSON so that the page works from
/// `file://` too, with no fetch). docs/templates.md, "Search index", describes the format:
///
///     window.PLACARD_SEARCH={"entries":[[KIND,TITLE,URL,TEXT,TERMS?],…],"kinds":[…],"version":1};
///
/// KIND indexes `kinds`; URL is relative to the site root; TERMS (only when it adds words that the
/// title and text lack: aliases) is normalized text. Published articles newest first, then
/// organizations, people and events (timeline order). Drafts never go in.
enum SearchIndex {
    static let version = 1
    static let kinds = ["Article", "Organization", "Person", "Event"]
    /// Longest article text, in characters, before it is cut at a word.
    static let textLimit = 160

    static func files(_ rendered: RenderedSite) -> [GeneratedFile] {
        [GeneratedFile(SitePaths.searchIndex, script(entries(rendered)))]
    }

    struct Entry: Equatable {
        var kind: Int
        var title: String
        var url: String
        var text: String
        var terms: String

        var json: [Any] {
            let fields: [Any] = [kind, title, url, text]
            return terms.isEmpty ? fields : fields + [terms]
        }
    }

    static func entries(_ rendered: RenderedSite) -> [Entry] {
        let site = rendered.site, index = rendered.index
        var entries: [Entry] = []
        for shown in index.articlesNewestFirst.map(rendered.article) where !shown.article.draft {
            let article = shown.article
            let text = joined([article.date.text, shown.summary.map { collapsed($0).truncated(to: textLimit) }])
            entries.append(entry(0, article.title, SitePaths.article(article.slug), text, extra: []))
        }
        for organization in site.organizations {
            let text = joined([organization.kind.label, alsoKnownAs(organization.aliases)])
            entries.append(entry(1, organization.name, SitePaths.organization(organization.id), text,
                                 extra: organization.aliases))
        }
        for person in site.people {
            let organization = person.organization.flatMap { index.organizationsByID[$0]?.name }
            let text = joined([person.role, organization], separator: ", ")
            entries.append(entry(2, person.name, SitePaths.person(person.id), text, extra: person.aliases))
        }
        for event in index.timeline {
            let place = event.isVirtual ? "online" : event.place
            let text = joined([Day.rangeText(event.start, event.end), place, alsoKnownAs(event.aliases)])
            entries.append(entry(3, event.title, SitePaths.event(event.id), text, extra: event.aliases))
        }
        return entries
    }

    /// `window.PLACARD_SEARCH={…};` with no whitespace, keys sorted, and nothing that could end the
    /// script, open an HTML comment or break a JavaScript string.
    static func script(_ entries: [Entry]) -> String {
        let object: [String: Any] = ["version": version, "kinds": kinds, "entries": entries.map(\.json)]
        // The values are strings, integers and arrays of them: encoding cannot fail.
        return "window.PLACARD_SEARCH=" + (ScriptJSON.encode(object) ?? "{}") + ";\n"
    }

    private static func entry(_ kind: Int, _ title: String, _ url: String, _ text: String, extra: [String]) -> Entry {
        Entry(kind: kind, title: collapsed(title), url: url, text: text,
              terms: newTerms(extra, beyond: [title, text]))
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
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    private static func alsoKnownAs(_ aliases: [String]) -> String? {
        aliases.isEmpty ? nil : "also " + aliases.map(collapsed).joined(separator: ", ")
    }

    private static func joined(_ parts: [String?], separator: String = " · ") -> String {
        parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: separator)
    }

    /// Runs of whitespace (newlines included) as one space, trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
