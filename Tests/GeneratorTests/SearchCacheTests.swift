@testable import Generator
import Content
import Foundation
import Markdown
import TestSupport
import Testing

/// The search index as the preview puts it together from entries kept between builds: the same
/// bytes as a fresh index, and as the JSON writer makes of the same values.
@Suite struct SearchCacheTests {
    @Test func theIndexIsTheJSONOfItsValues() async throws {
        let rendered = try await bundledRendered()
        let entries = SearchIndex.entries(rendered)
        let postings = Postings(entries.map(\.words))
        let object: [String: Any] = ["version": SearchIndex.version, "kinds": SearchIndex.kinds,
                                     "entries": entries.map(\.json), "stop": StopWords.all.sorted(),
                                     "words": postings.words, "postings": postings.deltas]
        let expected = "window.PLACARD_SEARCH=" + (ScriptJSON.encode(object) ?? "") + ";\n"
        let written = try #require(await SearchIndex.files(rendered).first)
        #expect(written.path == SitePaths.searchIndex)
        #expect(String(decoding: written.data, as: UTF8.self) == expected)
        #expect(postings.words.count > 100)
    }

    @Test func anEditWorksOutOneEntryAndWritesWhatAFreshIndexWrites() async throws {
        var entries = SearchIndex.entries(try await bundledRendered())
        let cache = SearchCache()
        let fresh = { (entries: [SearchIndex.Entry]) in await SearchIndex.file(entries, cache: SearchCache()) }
        let first = await SearchIndex.file(entries, cache: cache)
        #expect(cache.computed == entries.count)
        #expect(first == (await fresh(entries)))

        // The same entries again: nothing worked out, the same bytes.
        #expect((await SearchIndex.file(entries, cache: cache)) == first)
        #expect(cache.computed == entries.count)

        // One body gains a word no entry had and loses its others: one entry worked out again.
        let edited = try #require(entries.firstIndex { $0.kind == 0 })
        entries[edited].bodyMarkdown = "Zyxwvut only."
        let afterEdit = await SearchIndex.file(entries, cache: cache)
        #expect(cache.computed == entries.count + 1)
        #expect(afterEdit == (await fresh(entries)))
        #expect(afterEdit != first)
        #expect(String(decoding: afterEdit.data, as: UTF8.self).contains("\"zyxwvut\""))

        // Titles equal as strings but not as bytes (é composed, then decomposed) are two entries.
        entries[edited].title = "Caf\u{E9}"
        _ = await SearchIndex.file(entries, cache: cache)
        entries[edited].title = "Cafe\u{301}"
        let decomposed = await SearchIndex.file(entries, cache: cache)
        #expect(cache.computed == entries.count + 3)
        #expect(decomposed == (await fresh(entries)))

        // An entry gone, and the order changed: the postings follow.
        entries.remove(at: edited)
        entries.reverse()
        #expect((await SearchIndex.file(entries, cache: cache)) == (await fresh(entries)))
        #expect(cache.computed == entries.count + 4)
    }

    @Test func wordsKeepTheirOrderAsTheVocabularyGrows() {
        let vocabulary = SearchVocabulary()
        _ = vocabulary.numbers(of: ["delta", "alpha", "the"])
        _ = vocabulary.numbers(of: ["charlie", "Zulu", "\u{1F600}", "\u{FB01}x"])
        let many = Set((0..<100).map { "w\($0)" })
        _ = vocabulary.numbers(of: many)
        let words = vocabulary.order.map(vocabulary.word)
        #expect(words == words.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
        #expect(words.count == 6 + 100)
        #expect(!words.contains("the"))
    }
}

/// The bundled campaign, rendered as the build renders it.
private func bundledRendered() async throws -> RenderedSite {
    try await SiteBuilder.prepare(BuildOptions(sourceRoot: repositoryRoot, output: temporaryFolder("unused"),
                                               templates: defaultTheme, version: "test")).rendered
}

extension SearchCacheTests {
    @Test func wordsEqualAsStringsButNotAsBytesAreTwoWords() {
        let vocabulary = SearchVocabulary()
        let composed = vocabulary.numbers(of: ["\u{D55C}"])
        let decomposed = vocabulary.numbers(of: ["\u{1112}\u{1161}\u{11AB}"])
        #expect(composed != decomposed)
        #expect(vocabulary.count == 2)
    }
}

extension SearchCacheTests {
    /// What `distinctWords` must give: every field's normalized words, each once by its bytes, first-seen order.
    private func reference(_ entry: SearchIndex.Entry) -> [String] {
        let body = MarkdownDocument.plainText(entry.bodyMarkdown)
        var seen = Set<[UInt8]>()
        return [entry.title, entry.text, entry.terms, entry.byline, body].flatMap { SearchIndex.normalizedWords($0) }
            .filter { seen.insert(Array($0.utf8)).inserted }
    }

    @Test func anEntryHasEachWordOnceByItsBytesInTheOrderMet() {
        var entry = SearchIndex.Entry(kind: 0, title: "Data, DATA and data", url: "x/", text: "Sheriffs of data",
                                      terms: "sheriff")
        entry.byline = "Café Crew"
        entry.bodyMarkdown = "# The *data* sheriffs\n\ncafe\u{301} \u{D55C} \u{1112}\u{1161}\u{11AB} \u{D55C} data 2024"
        #expect(entry.distinctWords == reference(entry))
        #expect(entry.distinctWords.prefix(5) == ["data", "and", "sheriffs", "of", "sheriff"])
        #expect(entry.words == Set(entry.distinctWords))
    }

    @Test func anEntryOfThousandsOfWordsHasEachOnce() {
        // Enough distinct words for the set to grow several times, each met three times.
        let words = (0..<5000).map { "w\($0 * 7919 % 5000)x" }
        var entry = SearchIndex.Entry(kind: 0, title: "", url: "x/", text: "", terms: "")
        entry.bodyMarkdown = (words + words.reversed() + words).joined(separator: " ")
        #expect(entry.distinctWords == reference(entry))
        #expect(entry.distinctWords.count == 5000)
    }
}
