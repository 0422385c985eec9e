import Content
import Foundation
import Generator
@testable import Preview
import TestSupport
import Testing

/// The preview's in-memory rebuilds against clean builds of the same tree, byte for byte.
@Suite(.serialized) struct LiveBuildTests {
    @Test func fiftyRandomChangesServeAndWriteWhatACleanBuildWrites() async throws {
        let seed = ProcessInfo.processInfo.environment["PLACARD_LIVE_SEED"].flatMap { UInt64($0) }
            ?? UInt64.random(in: 0...UInt64(UInt32.max))
        var changes = SiteChanges(try LiveSite(), seed: seed)
        let site = changes.site
        defer { removeFolders(site.root) }
        var lastGood = try await site.compareWithCleanBuild("seed \(seed), first build")
        #expect(lastGood != nil, "seed \(seed): the fixture builds")
        var undo: (() throws -> Void)?
        for step in 1...50 {
            let change: String
            if let pending = undo {
                try pending()
                change = "undo of the failed change"
                undo = nil
            } else {
                (change, undo) = try changes.randomChange()
            }
            let context = "seed \(seed) (PLACARD_LIVE_SEED), step \(step): \(change)"
            if let clean = try await site.compareWithCleanBuild(context, lastGood: lastGood) {
                if let lastGood { removeFolders(lastGood) }
                lastGood = clean
                undo = nil
            }
        }
        if let lastGood { removeFolders(lastGood) }
    }

    @Test func anEditedArticleBodyRendersOnlyItsOwnPage() async throws {
        let site = try LiveSite()
        defer { removeFolders(site.root) }
        let first = try await site.live.rebuild()
        #expect(first.rendered == first.pages)
        let unchanged = try await site.live.rebuild()
        #expect(unchanged.rendered == 0 && unchanged.written == 0)
        try site.append("content/articles/second-story.md", "\nOne more sentence.\n")
        let edited = try await site.live.rebuild()
        #expect(edited.rendered == 1)
        // The page, the feeds that carry the article in full, and the search index of every body's words.
        #expect(edited.written == 1 + 4 + 1)
        let lastGood = try await site.compareWithCleanBuild("after one edit")
        if let lastGood { removeFolders(lastGood) }
    }

    @Test func aFailedRebuildKeepsTheLastGoodSiteInMemoryAndOnDisk() async throws {
        let site = try LiveSite()
        defer { removeFolders(site.root) }
        _ = try await site.live.rebuild()
        let before = site.live.files
        try site.write("content/articles/second-story.md", "---\ntitle: \"Broken\ndate: 2021-03-03\n---\nBody.\n")
        await #expect(throws: DiagnosticList.self) { try await site.live.rebuild() }
        #expect(site.live.files == before)
        guard case .data(let page) = site.live.files["articles/second-story/index.html"] else {
            Issue.record("the article's page is not held")
            return
        }
        #expect(try Data(contentsOf: site.output.appendingPathComponent("articles/second-story/index.html")) == page)
    }
}

/// A scratch copy of the minimal fixture with its own theme, built by a `LiveBuild` into `public/`.
struct LiveSite {
    let root: URL
    let output: URL
    let live: LiveBuild
    static let today = Day(year: 2021, month: 1, day: 1)!

    init() throws {
        root = try scratchCopy(of: "minimal")
        try FileManager.default.copyItem(at: defaultTheme, to: root.appendingPathComponent("templates"))
        output = root.appendingPathComponent("public")
        live = LiveBuild(options: Self.options(root, output))
    }

    static func options(_ root: URL, _ output: URL) -> BuildOptions {
        var options = BuildOptions(sourceRoot: root, output: output, version: "test")
        options.referenceDay = today
        return options
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(relative))
    }

    func text(_ relative: String) throws -> String { try String(contentsOf: url(relative), encoding: .utf8) }

    func append(_ relative: String, _ text: String) throws { try write(relative, try self.text(relative) + text) }

    /// Rebuilds in memory and cleanly into a new folder; both must fail, or both make the same
    /// files, in memory, in `public/` and in the clean folder. On failure the preview must still
    /// hold `lastGood`. Returns the clean folder when the build succeeded.
    func compareWithCleanBuild(_ context: String, lastGood: URL? = nil) async throws -> URL? {
        let clean = temporaryFolder("clean")
        var liveFailure: DiagnosticList?
        do { _ = try await live.rebuild() } catch { liveFailure = error }
        var cleanFailure: DiagnosticList?
        do { _ = try await SiteBuilder.build(Self.options(root, clean)) } catch { cleanFailure = error }
        #expect((liveFailure == nil) == (cleanFailure == nil),
                "\(context): preview \(liveFailure?.description ?? "built"), clean build \(cleanFailure?.description ?? "built")")
        guard cleanFailure == nil else {
            removeFolders(clean)
            if let lastGood { try expectHeld(lastGood, context + " (after a failed rebuild)") }
            return nil
        }
        try expectHeld(clean, context)
        return clean
    }

    /// The preview serves, and its output folder holds, exactly the files of `expected`.
    func expectHeld(_ expected: URL, _ context: String) throws {
        let expectedFiles = files(in: expected)
        #expect(files(in: output) == expectedFiles, "\(context): the output folder's files")
        let held = live.files
        let served = expectedFiles.filter { $0 != ".placard-output" }
        #expect(held.keys.sorted() == served, "\(context): the files held in memory")
        let resolver = StaticFiles(root: output)
        for path in served {
            let bytes = try Data(contentsOf: expected.appendingPathComponent(path))
            let written = try? Data(contentsOf: output.appendingPathComponent(path))
            #expect(written == bytes, "\(context): \(path) as written")
            let request = "/" + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
            switch resolver.resolve(request, held: held) {
            case .held(let heldPath, .data(let data)):
                #expect(heldPath == path && data == bytes, "\(context): \(path) as served")
            case .held(let heldPath, .copy(let copy)):
                #expect(heldPath == path && (try? Data(contentsOf: copy)) == bytes, "\(context): \(path) as served")
            default:
                Issue.record("\(context): \(request) is not served from memory")
            }
        }
    }
}

/// Random changes of every kind of input, each with its undo for when it breaks the build.
struct SiteChanges {
    let site: LiveSite
    private var random: SeededRandom
    private var counter = 0

    init(_ site: LiveSite, seed: UInt64) {
        self.site = site
        random = SeededRandom(seed: seed)
    }

    typealias Change = (String, (() throws -> Void)?)

    mutating func randomChange() throws -> Change {
        counter += 1
        let kinds: [(inout SiteChanges) throws -> Change?] = [
            { try $0.editArticleBody() }, { try $0.editArticleLead() }, { try $0.editArticleSameSize() },
            { try $0.editArticleFrontMatter() }, { try $0.addArticle() }, { try $0.renameFile("content/articles", ".md") },
            { try $0.deleteFile("content/articles", ".md") }, { try $0.addSource() }, { try $0.renameFile("content/sources", ".txt") },
            { try $0.deleteFile("content/sources", ".txt") }, { try $0.addOrganization() }, { try $0.editRegistry() },
            { try $0.addPerson() }, { try $0.addEvent() }, { try $0.editPage() }, { try $0.addPage() },
            { try $0.deleteFile("content/pages", ".md") }, { try $0.addAsset() }, { try $0.deleteFile("content/assets/extra", ".svg") },
            { try $0.editTemplate() }, { try $0.editSiteConfig() }, { try $0.breakArticle() },
            { try $0.linkArticleOutside() }, { try $0.moveArticlesOutside() },
        ]
        while true {
            if let change = try kinds[random.below(kinds.count)](&self) { return change }
        }
    }

    private mutating func pick(_ folder: String, _ suffix: String) -> String? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: site.url(folder).path)) ?? [])
            .filter { $0.hasSuffix(suffix) }.sorted()
        return names.isEmpty ? nil : folder + "/" + names[random.below(names.count)]
    }

    /// Rewrites a file; the undo puts the old text back.
    private func rewrite(_ relative: String, _ change: (String) -> String) throws -> (() throws -> Void) {
        let old = try site.text(relative)
        try site.write(relative, change(old))
        return { [site] in try site.write(relative, old) }
    }

    private mutating func ids(_ registry: String) -> [String] {
        ((try? site.text("content/" + registry)) ?? "").split(separator: "\n")
            .filter { $0.hasPrefix("- id: ") }.map { String($0.dropFirst("- id: ".count)) }
    }

    private mutating func someOf(_ items: [String]) -> String {
        let chosen = items.filter { _ in random.below(3) == 0 }
        return "[" + chosen.joined(separator: ", ") + "]"
    }

    mutating func editArticleBody() throws -> Change? {
        guard let file = pick("content/articles", ".md") else { return nil }
        return ("body of \(file)", try rewrite(file) { $0 + "\nEdit \(counter): more about [Acme](/organizations/acme/).\n" })
    }

    mutating func editArticleLead() throws -> Change? {
        guard let file = pick("content/articles", ".md") else { return nil }
        let lead = "Lead \(counter), which lists show.\n\n"
        return ("first paragraph of \(file)", try rewrite(file) { text in
            guard let end = text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex) else { return text }
            return text.replacingCharacters(in: end.upperBound..<end.upperBound, with: lead)
        })
    }

    mutating func editArticleSameSize() throws -> Change? {
        guard let file = pick("content/articles", ".md") else { return nil }
        return ("same-size edit of \(file)", try rewrite(file) { text in
            guard let last = text.lastIndex(where: { $0 == "e" || $0 == "a" }) else { return text }
            return text.replacingCharacters(in: last...last, with: text[last] == "e" ? "a" : "e")
        })
    }

    mutating func editArticleFrontMatter() throws -> Change? {
        guard let file = pick("content/articles", ".md") else { return nil }
        let year = 2019 + random.below(4), month = 1 + random.below(12)
        let (organizations, events) = (someOf(ids("organizations.yaml")), someOf(ids("events.yaml")))
        let draft = random.below(2) == 0
        return ("front matter of \(file)", try rewrite(file) { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                if line.hasPrefix("title: ") { return "title: \"Retitled \(counter)\"" }
                if line.hasPrefix("date: ") { return "date: \(year)-\(month < 10 ? "0" : "")\(month)-15" }
                if line.hasPrefix("organizations: ") { return "organizations: \(organizations)" }
                if line.hasPrefix("events: ") { return "events: \(events)" }
                if line.hasPrefix("draft: ") { return "draft: \(draft)" }
                return String(line)
            }.joined(separator: "\n")
        })
    }

    mutating func addArticle() throws -> Change? {
        let file = "content/articles/added-\(counter).md"
        let people = ids("people.yaml")
        let quote = people.isEmpty ? "" : "quotes:\n  - {text: \"Quote \(counter).\", person: \(people[random.below(people.count)])}\n"
        try site.write(file, """
            ---
            title: "Added \(counter)"
            date: 202\(random.below(3))-0\(1 + random.below(9))-1\(random.below(10))
            organizations: \(someOf(ids("organizations.yaml")))
            people: \(someOf(people))
            events: \(someOf(ids("events.yaml")))
            \(quote)---
            Article \(counter) says *something*. See [the list](/articles/).

            ## More

            Details.

            """)
        return ("add \(file)", { [site] in try FileManager.default.removeItem(at: site.url(file)) })
    }

    mutating func renameFile(_ folder: String, _ suffix: String) throws -> Change? {
        guard let file = pick(folder, suffix) else { return nil }
        let renamed = "\(folder)/renamed-\(counter)\(suffix)"
        try FileManager.default.moveItem(at: site.url(file), to: site.url(renamed))
        return ("rename \(file) to \(renamed)", { [site] in try FileManager.default.moveItem(at: site.url(renamed), to: site.url(file)) })
    }

    mutating func deleteFile(_ folder: String, _ suffix: String) throws -> Change? {
        guard let file = pick(folder, suffix) else { return nil }
        let old = try Data(contentsOf: site.url(file))
        try FileManager.default.removeItem(at: site.url(file))
        return ("delete \(file)", { [site] in try old.write(to: site.url(file)) })
    }

    mutating func addSource() throws -> Change? {
        let file = "content/sources/raw-\(counter).txt"
        try site.write(file, """
            Acme Corp pauses a program, number \(counter)

            Acme Corp said on Monday it would pause the program while City Council debates a ban. \
            "We hear our customers," said Bo Spokes.

            """)
        return ("add \(file)", { [site] in try FileManager.default.removeItem(at: site.url(file)) })
    }

    mutating func addOrganization() throws -> Change? {
        let entry = "- id: org-\(counter)\n  name: \"Organization \(counter)\"\n  kind: coalition\n  description: \"Joined in step \(counter).\"\n"
        return ("add organization org-\(counter)", try rewrite("content/organizations.yaml") { $0 + entry })
    }

    mutating func addPerson() throws -> Change? {
        let organizations = ids("organizations.yaml")
        let organization = organizations[random.below(organizations.count)]
        let entry = "- id: person-\(counter)\n  name: \"Person \(counter)\"\n  organization: \(organization)\n  role: \"Role \(counter)\"\n"
        return ("add person person-\(counter)", try rewrite("content/people.yaml") { $0 + entry })
    }

    mutating func addEvent() throws -> Change? {
        let entry = "- id: event-\(counter)\n  title: \"Event \(counter)\"\n  date: 202\(random.below(3))-0\(1 + random.below(9))-0\(1 + random.below(9))\n"
            + "  organizations: \(someOf(ids("organizations.yaml")))\n"
        return ("add event event-\(counter)", try rewrite("content/events.yaml") { $0 + entry })
    }

    /// Renames an entry (its name or title), or deletes the last one, which may break references.
    mutating func editRegistry() throws -> Change? {
        let registry = ["organizations.yaml", "people.yaml", "events.yaml"][random.below(3)]
        let file = "content/" + registry
        if random.below(3) == 0 {
            return ("delete the last entry of \(registry)", try rewrite(file) { text in
                guard let last = text.range(of: "\n- id: ", options: .backwards) else { return text }
                return String(text[..<last.lowerBound]) + "\n"
            })
        }
        let key = registry == "events.yaml" ? "  title: " : "  name: "
        let choice = random.below(1000)
        return ("rename an entry of \(registry)", try rewrite(file) { text in
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let named = lines.indices.filter { lines[$0].hasPrefix(key) }
            if !named.isEmpty { lines[named[choice % named.count]] = key + "\"Renamed \(counter)\"" }
            return lines.joined(separator: "\n")
        })
    }

    mutating func editPage() throws -> Change? {
        guard let file = pick("content/pages", ".md") else { return nil }
        return ("edit \(file)", try rewrite(file) { $0 + "\nPage edit \(counter).\n" })
    }

    mutating func addPage() throws -> Change? {
        let file = "content/pages/page-\(counter).md"
        try site.write(file, "---\ntitle: \"Page \(counter)\"\n---\nA page added in step \(counter).\n")
        return ("add \(file)", { [site] in try FileManager.default.removeItem(at: site.url(file)) })
    }

    mutating func addAsset() throws -> Change? {
        let file = "content/assets/extra/shape-\(random.below(3)).svg"
        let existed = FileManager.default.fileExists(atPath: site.url(file).path)
        try site.write(file, "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>\(counter)</title></svg>\n")
        return ("\(existed ? "edit" : "add") \(file)", nil)
    }

    mutating func editTemplate() throws -> Change? {
        let templates = ["templates/article.mustache", "templates/layout.mustache", "templates/partials/article-list.mustache",
                         "templates/organization.mustache", "templates/static/assets/placard.css"]
        let file = templates[random.below(templates.count)]
        let addition = file.hasSuffix(".css") ? "\n/* \(counter) */\n" : "\n<!-- template edit \(counter) -->\n"
        return ("edit \(file)", try rewrite(file) { $0 + addition })
    }

    mutating func editSiteConfig() throws -> Change? {
        ("retitle the site", try rewrite("content/site.yaml") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.hasPrefix("title: ") ? "title: \"Campaign \(counter)\"" : String($0)
            }.joined(separator: "\n")
        })
    }

    /// An article replaced by a link to a file outside the site: never read, an error.
    mutating func linkArticleOutside() throws -> Change? {
        guard let file = pick("content/articles", ".md") else { return nil }
        let outside = temporaryFolder("outside").appendingPathExtension("md")
        try FileManager.default.moveItem(at: site.url(file), to: outside)
        try FileManager.default.createSymbolicLink(at: site.url(file), withDestinationURL: outside)
        return ("\(file) made a link out of the site", { [site] in
            try FileManager.default.removeItem(at: site.url(file))
            try FileManager.default.moveItem(at: outside, to: site.url(file))
        })
    }

    /// The articles folder moved out of the site and linked back: the same files, now outside.
    mutating func moveArticlesOutside() throws -> Change? {
        let outside = temporaryFolder("outside-articles")
        try FileManager.default.moveItem(at: site.url("content/articles"), to: outside)
        try FileManager.default.createSymbolicLink(at: site.url("content/articles"), withDestinationURL: outside)
        return ("content/articles moved out of the site and linked back", { [site] in
            try FileManager.default.removeItem(at: site.url("content/articles"))
            try FileManager.default.moveItem(at: outside, to: site.url("content/articles"))
        })
    }

    mutating func breakArticle() throws -> Change? {
        guard let file = pick("content/articles", ".md") else { return nil }
        return ("break the front matter of \(file)", try rewrite(file) { $0.replacingOccurrences(of: "title: \"", with: "title: \"\"\"") })
    }
}

/// SplitMix64: the same changes for the same seed.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
