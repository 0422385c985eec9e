@testable import Generator
import Content
import Foundation
import Templates
import TestSupport
import Testing

/// The search page: `search/index.js` (the index), `search/index.html` (the page and its fallback)
/// and `assets/search.js` (the script, run under Node with a fake DOM).
@Suite struct SearchTests {
    // MARK: - The index of the bundled campaign

    @Test func theBundledCampaignHasASearchPageAndAnIndexOfEverything() async throws {
        let output = temporaryFolder("search")
        defer { try? FileManager.default.removeItem(at: output) }
        try await build(repositoryRoot, into: output)
        let built = files(in: output)
        for file in ["search/index.html", "search/index.js", "assets/search.js"] {
            #expect(built.contains(file), "missing \(file)")
        }

        let index = try SearchIndexFile(output)
        let site = try await bundledSite()
        #expect(site.articles.count >= 5)
        #expect(index.kinds == ["Article", "Page", "Organization", "Person", "Event"])
        #expect(index.entries(of: "Article").count == site.articles.filter { !$0.draft }.count)
        #expect(index.entries(of: "Page").map(\.url).sorted() == site.pages.filter { !$0.draft }.map { SitePaths.page($0.slug) }.sorted())
        #expect(index.entries(of: "Organization").count == site.organizations.count)
        #expect(index.entries(of: "Person").count == site.people.count)
        #expect(index.entries(of: "Event").count == site.events.count)
        #expect(index.entries.count == site.articles.filter { !$0.draft }.count + site.pages.filter { !$0.draft }.count
            + site.organizations.count + site.people.count + site.events.count)

        // Bodies are indexed: the four articles that quote Evan Greer and the four that name
        // Rekognition, not only the ones whose summary does.
        let greer = index.entries(having: "greer")
        #expect(greer.filter { $0.kind == "Article" }.map(\.url).sorted() == articles(of: site, saying: "Greer"))
        #expect(articles(of: site, saying: "Greer").count == 4)
        #expect(greer.contains { $0.url == "people/evan-greer/" })
        let rekognition = index.entries(having: "rekognition").filter { $0.kind == "Article" }
        #expect(rekognition.map(\.url).sorted() == articles(of: site, saying: "Rekognition"))
        #expect(rekognition.count == 4)
        #expect(index.entries(having: "switchboard").map(\.url) == ["take-action/"])
        // Stop words are not indexed; the script gets the list.
        #expect(!index.words.contains("the") && !index.words.contains("and"))
        #expect(index.stop.contains("the") && index.stop == index.stop.sorted())
        #expect(index.words == index.words.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })

        for entry in index.entries {
            #expect(!entry.url.hasPrefix("/") && !entry.url.contains("://"), "\(entry.url) is not a site path")
            let file = SitePaths.file(for: entry.url)
            #expect(built.contains(file), "\(entry.title): \(entry.url) has no \(file)")
            #expect(!entry.title.isEmpty)
            // Articles have a date and a summary of at most ~160 characters.
            if entry.kind == "Article" { #expect(entry.text.count <= 160 + 20, "\(entry.text)") }
        }

        // Every alias of an organization or event finds it: its words are in the title, text or terms.
        for organization in site.organizations {
            let entry = try #require(index.entries.first { $0.url == SitePaths.organization(organization.id) })
            for alias in organization.aliases {
                #expect(Set(SearchIndex.normalizedWords(alias)).isSubset(of: entry.words), "\(alias) of \(organization.id)")
            }
        }
        for event in site.events {
            let entry = try #require(index.entries.first { $0.url == SitePaths.event(event.id) })
            for alias in event.aliases {
                #expect(Set(SearchIndex.normalizedWords(alias)).isSubset(of: entry.words), "\(alias) of \(event.id)")
            }
        }
        let mpower = try #require(index.entries.first { $0.url == "organizations/mpower-change/" })
        #expect(mpower.title == "MPower Change")
        #expect(mpower.kind == "Organization")
        #expect(mpower.words.contains("mpowerchange"))
        #expect(mpower.text.hasPrefix("Coalition members"))
    }

    @Test func theIndexIsCompactScriptSafeAndTheSameOnEveryBuild() async throws {
        let (first, second) = (temporaryFolder("search"), temporaryFolder("search"))
        defer { removeFolders(first, second) }
        try await build(repositoryRoot, into: first)
        try await build(repositoryRoot, into: second)
        let a = try Data(contentsOf: first.appendingPathComponent("search/index.js"))
        let b = try Data(contentsOf: second.appendingPathComponent("search/index.js"))
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.hasPrefix("window.PLACARD_SEARCH={"))
        #expect(text.hasSuffix("};\n"))
        #expect(!text.dropLast().contains("\n") && !text.contains("\": ") && !text.contains("\\/"))
        #expect(!text.contains("<"))
    }

    @Test func markupInContentCannotEndTheScript() async throws {
        let root = try scratchCopy(of: "minimal")
        let output = temporaryFolder("search")
        defer { removeFolders(root, output) }
        // U+2028 and U+2029 are line breaks: the index collapses them with the other white space.
        let title = "Escape </script><script>alert(1)</script> <!-- and too"
        try """
        ---
        title: "Escape </script><script>alert(1)</script> <!-- and \\u2028\\u2029 too"
        date: 2021-05-05
        summary: "Ends with </SCRIPT > and <!-- a comment."
        ---
        Body.
        """.write(to: root.appendingPathComponent("content/articles/escape.md"), atomically: true, encoding: .utf8)
        try await build(root, into: output)

        let data = try Data(contentsOf: output.appendingPathComponent("search/index.js"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.lowercased().contains("</script"))
        #expect(!text.contains("<!--"))
        #expect(!text.contains("<"))
        #expect(!text.contains("\u{2028}") && !text.contains("\u{2029}"))
        #expect(text.contains("\\u003c/script\\u003e"))
        // The escapes decode back to the title.
        let index = try SearchIndexFile(output)
        let entry = try #require(index.entries.first { $0.url == "articles/escape/" })
        #expect(entry.title == title)
        #expect(entry.text == "May 5, 2021 · Ends with </SCRIPT > and <!-- a comment.")
    }

    @Test func draftsNeverGoIntoTheIndex() async throws {
        let root = try scratchCopy(of: "minimal")
        let output = temporaryFolder("search")
        defer { removeFolders(root, output) }
        try """
        ---
        title: "Secret plan for the vote"
        date: 2021-06-01
        draft: true
        ---
        Not for the public yet.
        """.write(to: root.appendingPathComponent("content/articles/secret-plan.md"), atomically: true, encoding: .utf8)
        try await build(root, into: output, drafts: true)

        // The drafts are built as pages (this is a --drafts build) but not indexed.
        let built = files(in: output)
        #expect(built.contains("articles/secret-plan/index.html"))
        #expect(built.contains("articles/unfinished/index.html"))
        let index = try SearchIndexFile(output)
        #expect(!index.entries.contains { $0.url == "articles/secret-plan/" || $0.url == "articles/unfinished/" })
        let raw = try read(output, "search/index.js")
        #expect(!raw.contains("Secret plan") && !raw.contains("unfinished"))
        #expect(index.entries(of: "Article").map(\.url) == ["articles/second-story/", "articles/first-win/"])
    }

    @Test func bodiesAreIndexedAsTheTextAReaderSees() async throws {
        let root = try scratchCopy(of: "minimal")
        let output = temporaryFolder("search")
        defer { removeFolders(root, output) }
        try """
        ---
        title: "Budget hearing"
        date: 2021-05-05
        summary: "The council meets."
        ---
        The *Quillfeather* ordinance, read [at the hearing](https://zzhost.example/qqpath) and
        ![a Marbleworth banner](/assets/logos/one.svg).

        > Wordsmithery in a quote, and `codeword` too.

        <div class="htmlonly">Rawhtmlword</div>
        """.write(to: root.appendingPathComponent("content/articles/budget-hearing.md"), atomically: true, encoding: .utf8)
        try await build(root, into: output)

        let index = try SearchIndexFile(output)
        for word in ["quillfeather", "ordinance", "hearing", "marbleworth", "wordsmithery", "codeword"] {
            #expect(index.entries(having: word).map(\.url) == ["articles/budget-hearing/"], "\(word)")
        }
        // Link targets and raw HTML are not text a reader sees; stop words are not indexed.
        for word in ["zzhost", "qqpath", "htmlonly", "rawhtmlword", "the", "a"] {
            #expect(index.entries(having: word).isEmpty, "\(word)")
        }
        // The fixture's standalone page is indexed by its body too.
        #expect(index.entries(having: "contact").map(\.url) == ["about/"])
        #expect(index.entries(of: "Page").map(\.title) == ["About"])
    }

    @Test func postingsAreSortedDistances() {
        let postings = Postings([["beta", "the", "alpha"], ["beta"], [], ["alpha", "beta"]])
        #expect(postings.words == ["alpha", "beta"])
        #expect(postings.deltas == [[0, 3], [0, 1, 2]])
        #expect(postings.entries(of: "beta") == [0, 1, 3])
        #expect(postings.entries(of: "the").isEmpty)
    }

    @Test func aliasTermsAreWrittenOnlyWhereTheyAddWords() async throws {
        let root = try scratchCopy(of: "minimal")
        let output = temporaryFolder("search")
        defer { removeFolders(root, output) }
        let people = root.appendingPathComponent("content/people.yaml")
        let yaml = try String(contentsOf: people, encoding: .utf8)
            .replacingOccurrences(of: "  name: \"Ada Organizer\"\n",
                                  with: "  name: \"Ada Organizer\"\n  aliases: [\"Ms. Organizer-Lovelace\", \"Adá Lovelace\"]\n")
        try yaml.write(to: people, atomically: true, encoding: .utf8)
        try await build(root, into: output)

        let index = try SearchIndexFile(output)
        let ada = try #require(index.entries.first { $0.url == "people/ada-organizer/" })
        #expect(ada.terms == "ms lovelace")
        #expect(ada.text == "Campaign director, Coalition <script>One</script>")
        // Organization aliases are shown in the text, and are terms too, to rank as the name does.
        let one = try #require(index.entries.first { $0.url == "organizations/coalition-one/" })
        #expect(one.text == "Coalition members · also C1")
        #expect(one.terms == "c1")
        #expect(index.entries.filter { $0.terms != nil }.map(\.url).sorted()
            == ["organizations/coalition-one/", "people/ada-organizer/"])
        let launch = try #require(index.entries.first { $0.url == "events/launch/" })
        #expect(launch.text == "June 1, 2020 · online")
        let week = try #require(index.entries.first { $0.url == "events/week-of-action/" })
        #expect(week.text == "June 7 – 11, 2020 · Seattle, WA")
    }

    @Test func normalizingAndShortening() {
        #expect(SearchIndex.normalizedWords("Défense—des  DROITS, l'homme") == ["defense", "des", "droits", "l", "homme"])
        #expect(SearchIndex.newTerms(["MPowerChange", "Mpower Change"], beyond: ["MPower Change"]) == "mpowerchange")
        #expect(SearchIndex.newTerms(["C1"], beyond: ["Coalition One", "also C1"]) == "")
        let long = String(repeating: "word ", count: 60)
        let short = long.truncated(to: 160)
        #expect(short.count <= 161 && short.hasSuffix("word…"))
        #expect(SearchIndex.collapsed(" a\n\n b\t c ") == "a b c")
    }

    /// The ASCII path splits as Character.isWhitespace does; other text takes the Character path.
    @Test(arguments: ["", "   ", "plain", "Ban it now", "two  spaces", "trailing ", " leading", " a\r\nb\u{0B}\u{0C}c ", "x\u{1F}y", "no\u{A0}break",
                      "tab\tand\u{2003}em", " \u{301}mark", "café  au\nlait", "\u{85}next line"])
    func collapsingWhitespaceMatchesSplittingByCharacter(_ text: String) {
        let byCharacter = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(Array(SearchIndex.collapsed(text).utf8) == Array(byCharacter.utf8))
    }

    // MARK: - The page

    @Test func thePageHasAnAccessibleFormAndAFallbackThatWorksWithoutScript() async throws {
        let output = temporaryFolder("search")
        defer { try? FileManager.default.removeItem(at: output) }
        try await build(repositoryRoot, into: output)
        let page = try read(output, "search/index.html")
        #expect(page.contains("<form id=\"search-form\" class=\"search-form\" role=\"search\" aria-label=\"Search this site\" action=\"./\" method=\"get\">"))
        #expect(page.contains("<label for=\"q\">"))
        #expect(page.contains("<input type=\"search\" name=\"q\" id=\"q\""))
        #expect(page.contains("aria-live=\"polite\""))
        #expect(page.contains("<script src=\"index.js\"></script>\n<script src=\"../assets/search.js\"></script>"))
        // The scripts come last in main, after the fallback.
        let scripts = try #require(page.range(of: "<script src=\"index.js\">"))
        let fallback = try #require(page.range(of: "id=\"search-browse\""))
        #expect(fallback.lowerBound < scripts.lowerBound)
        #expect(try #require(page.range(of: "</main>")).lowerBound > scripts.upperBound)

        // The fallback is visible without script, and every link of it leads to a built page.
        let section = try #require(page.components(separatedBy: "<section id=\"search-browse\"").dropFirst().first?
            .components(separatedBy: "</section>").first)
        #expect(section.contains("Browse instead"))
        #expect(!section.contains(" hidden"))
        // Reached with ?q= and no JavaScript, the page says why nothing is searched.
        #expect(section.contains("<p id=\"search-needs-script\">Searching needs JavaScript"))
        let links = hrefs(in: section)
        for expected in ["../articles/", "../organizations/", "../events/", "../people/evan-greer/"] {
            #expect(links.contains(expected), "fallback lacks \(expected)")
        }
        let site = try await bundledSite()
        #expect(links.filter { $0.hasPrefix("../people/") }.count == site.people.count)
        let searchFolder = output.appendingPathComponent("search")
        for link in links {
            var target = searchFolder.appendingPathComponent(link).standardizedFileURL
            if link.hasSuffix("/") { target.appendPathComponent("index.html") }
            #expect(FileManager.default.fileExists(atPath: target.path), "\(link) does not exist")
        }
    }

    // MARK: - The script

    @Test(.enabled(if: nodePath != nil, "node is not on PATH: assets/search.js is not exercised"))
    func theScriptFindsAndLinksResultsAsTheReaderTypes() async throws {
        let output = temporaryFolder("search")
        defer { try? FileManager.default.removeItem(at: output) }
        try await build(repositoryRoot, into: output)
        let runs = try runSearchScript(output: output, scenarios: [
            ["mode": "type", "query": "mpower"],
            ["mode": "type", "query": "rekognition"],
            ["mode": "url", "query": "MPOWER chang"],
            ["mode": "type", "query": "mpowerchange"],
            ["mode": "type", "query": "Récognition fÁcial"],
            ["mode": "type", "query": "zzzzqx"],
            ["mode": "type", "query": "a"],
            ["mode": "type", "query": "  "],
            ["mode": "submit", "query": "evan gre"],
            ["mode": "type", "query": "facial recognition"],
            ["mode": "type", "query": "Greer"],
            ["mode": "type", "query": "rekognitoin"],
            ["mode": "type", "query": "grer"],
            ["mode": "type", "query": "switchbord"],
            ["mode": "url", "query": "the GREER"],
            ["mode": "type", "query": "greeer"],
        ])
        try #require(runs.count == 16)
        let index = try SearchIndexFile(output)
        /// Whether every word starts a word that finds the result in the index.
        func found(_ result: ScriptRun.Result, _ words: [String]) -> Bool {
            let has = index.words(of: String(result.href.dropFirst("../".count)))
                .union(SearchIndex.normalizedWords(result.title))
            return words.allSatisfy { word in has.contains { $0.hasPrefix(word) } }
        }
        for run in runs {
            // The lists to browse are hidden while there are results (or no query), shown when
            // nothing matches; the sentence that search needs JavaScript is hidden.
            #expect(run.browseHidden == !run.count.hasPrefix("No results"), "\(run.count)")
            #expect(run.needsScriptHidden)
            #expect(run.helpShown)
            #expect(run.results.count <= 20)
            for result in run.results {
                #expect(result.href.hasPrefix("../"), "\(result.href)")
                var target = output.appendingPathComponent("search").appendingPathComponent(result.href).standardizedFileURL
                target.appendPathComponent("index.html")
                #expect(FileManager.default.fileExists(atPath: target.path), "\(result.href) does not exist")
            }
        }

        let mpower = runs[0]
        #expect(mpower.results.first?.title == "MPower Change")
        #expect(mpower.results.first?.href == "../organizations/mpower-change/")
        #expect(mpower.results.first?.kind == "Organization")
        #expect(mpower.count.hasSuffix(" for “mpower”.") && mpower.count.first?.isNumber == true, "\(mpower.count)")

        let rekognition = runs[1]
        let articles = rekognition.results.filter { $0.kind == "Article" }
        #expect(!articles.isEmpty, "\(rekognition.results)")
        #expect(articles.allSatisfy { $0.href.hasPrefix("../articles/") })
        // Title matches come first.
        let inTitle = rekognition.results.map { $0.title.lowercased().contains("rekognition") }
        #expect(inTitle.first == true)
        #expect(inTitle == inTitle.sorted { $0 && !$1 }, "\(rekognition.results.map(\.title))")

        // ?q= in the address; case and a word cut short do not matter.
        #expect(runs[2].inputValue == "MPOWER chang")
        #expect(runs[2].results.first?.title == "MPower Change")
        // An alias written as one word, first; then the article that writes it so.
        #expect(runs[3].results.map(\.kind) == ["Organization", "Article"])
        #expect(runs[3].results.first?.title == "MPower Change")
        #expect(runs[3].count == "2 results for “mpowerchange”.")
        // Diacritics and case are ignored, and every word must match.
        #expect(!runs[4].results.isEmpty)
        #expect(runs[4].results.allSatisfy { found($0, ["recognition", "facial"]) }, "\(runs[4].results)")
        // Nothing found.
        #expect(runs[5].count == "No results for “zzzzqx”.")
        #expect(runs[5].results.isEmpty && !runs[5].hasList)
        // Many found: 20 shown, the count says how many.
        #expect(runs[6].results.count == 20)
        #expect(runs[6].count.contains("the first 20"), "\(runs[6].count)")
        // Blank: nothing at all.
        #expect(runs[7].count.isEmpty && runs[7].results.isEmpty)
        // Submitting stays on the page and keeps the query in the address.
        #expect(runs[8].defaultPrevented)
        #expect(runs[8].address == "?q=evan%20gre")
        #expect(runs[8].results.first?.title == "Evan Greer")
        #expect(runs[8].results.first?.href == "../people/evan-greer/")
        // Several words, several articles: those with both words in the title first.
        let facial = runs[9].results
        #expect(facial.filter { $0.kind == "Article" }.count >= 3, "\(facial)")
        #expect(facial.allSatisfy { found($0, ["facial", "recognition"]) })
        let bothInTitle = facial.map { SearchIndex.normalizedWords($0.title) }
            .map { $0.contains { $0.hasPrefix("facial") } && $0.contains { $0.hasPrefix("recognition") } }
        #expect(bothInTitle.first == true && bothInTitle == bothInTitle.sorted { $0 && !$1 }, "\(facial.map(\.title))")

        // The body is searched: her person page first (a title match), then the four articles
        // that quote her; all four articles that name Rekognition, even with two letters swapped.
        let greer = runs[10].results
        #expect(greer.first?.href == "../people/evan-greer/")
        #expect(greer.filter { $0.kind == "Article" }.count == 4, "\(greer.map(\.title))")
        let rekognitoin = runs[11].results
        #expect(rekognitoin.filter { $0.kind == "Article" }.count == 4, "\(rekognitoin.map(\.title))")
        #expect(rekognitoin.count == index.entries(having: "rekognition").count)
        // A typo is forgiven in words of five letters or more only.
        #expect(runs[12].count == "No results for “grer”." && runs[12].results.isEmpty)
        #expect(runs[13].results.first.map { [$0.title, $0.kind, $0.href] } == ["Take action", "Page", "../take-action/"])
        // Stop words in a query with other words are ignored; typo matches rank after exact ones.
        #expect(runs[14].results.map(\.href) == greer.map(\.href))
        #expect(runs[15].results.first?.href == "../people/evan-greer/")
        #expect(Set(runs[15].results.map(\.href)) == Set(greer.map(\.href)))
    }
}

// MARK: - Support

/// `search/index.js` of a built site, parsed.
private struct SearchIndexFile {
    struct Entry {
        var kind: String
        var title: String
        var url: String
        var text: String
        var terms: String?

        /// Normalized words of everything the script searches.
        var words: Set<String> {
            Set(([title, text] + (terms.map { [$0] } ?? [])).flatMap { SearchIndex.normalizedWords($0) })
        }
    }

    var kinds: [String]
    var entries: [Entry]
    var words: [String]
    var stop: [String]
    /// Entry numbers by word, decoded from the distances.
    var postings: [String: [Int]]

    init(_ output: URL) throws {
        let text = try read(output, "search/index.js")
        let prefix = "window.PLACARD_SEARCH=", suffix = ";\n"
        try #require(text.hasPrefix(prefix) && text.hasSuffix(suffix))
        let json = Data(text.dropFirst(prefix.count).dropLast(suffix.count).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["version"] as? Int == 2)
        words = try #require(object["words"] as? [String])
        stop = try #require(object["stop"] as? [String])
        let deltas = try #require(object["postings"] as? [[Int]])
        try #require(deltas.count == words.count)
        #expect(deltas.allSatisfy { !$0.isEmpty && $0.dropFirst().allSatisfy { $0 > 0 } })
        postings = Dictionary(uniqueKeysWithValues: zip(words, deltas.map { list in
            var entry = 0
            return list.map { entry += $0; return entry }
        }))
        kinds = try #require(object["kinds"] as? [String])
        let rows = try #require(object["entries"] as? [[Any]])
        let kinds = kinds
        entries = try rows.map { row in
            try #require(row.count == 4 || row.count == 5, "\(row)")
            let kind = try #require(row[0] as? Int)
            return Entry(kind: kinds[kind], title: try #require(row[1] as? String), url: try #require(row[2] as? String),
                         text: try #require(row[3] as? String), terms: row.count == 5 ? try #require(row[4] as? String) : nil)
        }
    }

    func entries(of kind: String) -> [Entry] { entries.filter { $0.kind == kind } }

    /// The entries whose title, text, terms or body has `word`.
    func entries(having word: String) -> [Entry] { (postings[word] ?? []).map { entries[$0] } }

    /// Every word that finds entry `url` through the postings.
    func words(of url: String) -> Set<String> {
        guard let number = entries.firstIndex(where: { $0.url == url }) else { return [] }
        return Set(postings.filter { $0.value.contains(number) }.keys)
    }
}

/// The bundled campaign as the build sees it (raw documents converted), without drafts.
private func bundledSite() async throws -> Site {
    try await SiteBuilder.prepare(BuildOptions(sourceRoot: repositoryRoot, output: temporaryFolder("unused"),
                                               templates: defaultTheme, version: "test")).site
}

/// Site paths of the published articles whose Markdown body has `word` (any case), sorted.
private func articles(of site: Site, saying word: String) -> [String] {
    site.articles.filter { !$0.draft && $0.body.localizedCaseInsensitiveContains(word) }.map { SitePaths.article($0.slug) }.sorted()
}

private func hrefs(in html: String) -> [String] {
    html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
}

/// `node` on PATH, if any.
private let nodePath: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/node" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}()

private struct ScriptRun: Decodable {
    struct Result: Decodable {
        var title: String
        var href: String
        var kind: String
        var text: String
    }

    var count: String
    var results: [Result]
    var hasList: Bool
    var browseHidden: Bool
    var needsScriptHidden: Bool
    var helpShown: Bool
    var inputValue: String
    var defaultPrevented: Bool
    var address: String?
}

/// Loads `search/index.js` and `assets/search.js` of a built site into a fake browser (Node's `vm`
/// with the little DOM that the script uses), once per scenario, and returns what the page shows.
/// A scenario is a query typed (`type`), given as `?q=` (`url`), or typed and submitted (`submit`).
private func runSearchScript(output: URL, scenarios: [[String: String]]) throws -> [ScriptRun] {
    let work = temporaryFolder("search-node")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    let harness = work.appendingPathComponent("harness.js")
    try searchHarness.write(to: harness, atomically: true, encoding: .utf8)
    let scenarioFile = work.appendingPathComponent("scenarios.json")
    try JSONSerialization.data(withJSONObject: scenarios).write(to: scenarioFile)
    let run = try runTool(["node", harness.path, output.appendingPathComponent("search/index.js").path,
                           output.appendingPathComponent("assets/search.js").path, scenarioFile.path], deadline: 30)
    try #require(run.status == 0, "node failed: \(run.stderr)")
    return try JSONDecoder().decode([ScriptRun].self, from: Data(run.stdout.utf8))
}

/// A fake `window`/`document`/`location`/`history`: elements with children, attributes, listeners,
/// `hidden`, `className`, `value` and `textContent`; `innerHTML` throws, so the script cannot use it.
private let searchHarness = #"""
'use strict';
const fs = require('fs');
const vm = require('vm');
const [indexPath, scriptPath, scenarioPath] = process.argv.slice(2);
const scenarios = JSON.parse(fs.readFileSync(scenarioPath, 'utf8'));

function element(tag) {
  return {
    tagName: tag.toUpperCase(), children: [], attributes: {}, listeners: {}, hidden: false,
    className: '', value: '', text: '',
    appendChild(child) { this.children.push(child); return child; },
    setAttribute(name, value) { this.attributes[name] = String(value); },
    getAttribute(name) { return name in this.attributes ? this.attributes[name] : null; },
    addEventListener(type, listener) { (this.listeners[type] = this.listeners[type] || []).push(listener); },
    dispatch(type) {
      const event = { type, target: this, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
      (this.listeners[type] || []).forEach((listener) => listener.call(this, event));
      return event;
    },
    get textContent() { return this.text + this.children.map((child) => child.textContent).join(''); },
    set textContent(value) { this.children = []; this.text = String(value); },
    get innerHTML() { throw new Error('innerHTML read'); },
    set innerHTML(value) { throw new Error('innerHTML written'); },
  };
}

function page(search) {
  const byID = {};
  for (const [id, tag] of [['search-form', 'form'], ['q', 'input'], ['search-results', 'div'],
                           ['search-browse', 'section'], ['search-help', 'p'], ['search-needs-script', 'p']]) {
    byID[id] = element(tag);
  }
  byID['search-results'].setAttribute('data-root', '../');
  byID['search-help'].hidden = true;
  const window = {
    document: {
      getElementById: (id) => byID[id] || null,
      createElement: element,
      createTextNode: (text) => ({ textContent: String(text) }),
    },
    location: { search },
    history: { replaceState(state, title, url) { window.address = url; } },
    address: null,
  };
  window.window = window;
  vm.createContext(window);
  vm.runInContext(fs.readFileSync(indexPath, 'utf8'), window, { filename: indexPath });
  vm.runInContext(fs.readFileSync(scriptPath, 'utf8'), window, { filename: scriptPath });
  return { window, byID };
}

const runs = scenarios.map(({ mode, query }) => {
  const { window, byID } = page(mode === 'url' ? '?q=' + encodeURIComponent(query).replace(/%20/g, '+') : '');
  let defaultPrevented = false;
  if (mode !== 'url') {
    byID.q.value = query;
    byID.q.dispatch('input');
    if (mode === 'submit') defaultPrevented = byID['search-form'].dispatch('submit').defaultPrevented;
  }
  const results = byID['search-results'];
  const count = results.children.find((child) => child.tagName === 'P');
  const list = results.children.find((child) => child.tagName === 'OL');
  return {
    count: count ? count.textContent : '',
    hasList: !!list,
    results: (list ? list.children : []).map((item) => {
      const link = item.children.find((child) => child.tagName === 'A');
      const kind = item.children.find((child) => child.tagName === 'SPAN');
      const text = item.children.find((child) => child.tagName === 'P');
      return { title: link.textContent, href: link.getAttribute('href'), kind: kind ? kind.textContent : '',
               text: text ? text.textContent : '' };
    }),
    browseHidden: byID['search-browse'].hidden === true,
    needsScriptHidden: byID['search-needs-script'].hidden === true,
    helpShown: byID['search-help'].hidden === false,
    inputValue: byID.q.value,
    defaultPrevented,
    address: window.address,
  };
});
process.stdout.write(JSON.stringify(runs));
"""#

/// The index's words, read word by word with an ASCII fast path, are what folding the whole text read.
@Suite struct SearchWordsTests {
    @Test func wordsAreWhatFoldingTheWholeTextGave() throws {
        let folders = ["content/sources", "content/pages", "Tests/Fixtures/loader-eval/content/sources"]
        var texts = ["Ça coûte 10 € — «Straße» ﬁne İstanbul ǅ 𝒜 x\u{301}y", "don’t stop, U.S.-based 2,000+ ICE"]
        for folder in folders {
            let url = repositoryRoot.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") {
                texts.append(try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8))
            }
        }
        #expect(texts.count > 100)
        for text in texts {
            #expect(SearchIndex.normalizedWords(text) == SearchIndex.folded(text), "\(text.prefix(60))")
            #expect(SearchIndex.normalizedWords(text) == SearchIndex.wordsByCharacter(text), "\(text.prefix(60))")
            #expect(SearchIndex.collapsed(text) == SearchIndex.collapsedByCharacter(text), "\(text.prefix(60))")
        }
    }

    /// Cutting the text at ASCII separators gives the words (and the collapsed whitespace) that
    /// splitting it by `Character` gave, where marks join a separator (`-\u{301}`, and `-\u{93E}`,
    /// a mark that is a letter alone), a prepended letter joins what follows (`\u{D4E}-` is a
    /// letter), CR LF is one character, and emoji, flags, joiners and Unicode's spaces sit next to
    /// ASCII: every text of up to three of them.
    @Test func bytePiecesSplitAsCharactersDid() {
        let alphabet: [String] = ["a", "Z", "7", " ", "-", ".", "'", "\r", "\n", "\u{301}", "\u{308}", "\u{600}", "\u{200D}",
                                  "\u{FE0F}", "é", "İ", "ß", "ﬁ", "𝒜", "👩", "🇺", "🇸", "\u{0915}", "\u{094D}", "\u{093E}",
                                  "\u{0D4E}", "٣", "Ⅻ", "\u{FEFF}", "\t", "\u{1C}", "\u{85}", "\u{A0}", "\u{2028}"]
        var texts = [""]
        for _ in 1...3 {
            texts = texts.flatMap { text in alphabet.map { text + $0 } }
            for text in texts {
                #expect(SearchIndex.normalizedWords(text) == SearchIndex.wordsByCharacter(text),
                        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                #expect(SearchIndex.collapsed(text) == SearchIndex.collapsedByCharacter(text),
                        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }
}
