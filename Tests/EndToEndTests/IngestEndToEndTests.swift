import Generator
import Check
import Content
import Foundation
import TestSupport
import Testing

@Suite struct IngestEndToEndTests {
    let fixture = fixtures.appendingPathComponent("sources")

    @Test func buildConvertsUnreviewedSourcesInMemory() async throws {
        let output = temporaryFolder()
        try await build(fixture, into: output)
        let built = files(in: output)
        #expect(built.contains("articles/council-hears-calls-to-ban-face-surveillance/index.html"))
        #expect(built.contains("articles/acme-pauses-sales/index.html"))
        #expect(built.contains("articles/reviewed/index.html"))
        #expect(built.filter { $0.hasPrefix("articles/") }.count == 4)
        let article = try read(output, "articles/council-hears-calls-to-ban-face-surveillance/index.html")
        #expect(article.contains(#"href="../../organizations/acme/""#))
        #expect(!article.contains("Brought to you by") && !article.contains("READ MORE") && !article.contains("reblogged"))
        let person = try read(output, "people/rosa-diaz/index.html")
        #expect(person.contains("Nobody in this city consented to being tracked by Acme cameras."))
        let hearing = try read(output, "events/council-hearing/index.html")
        #expect(hearing.contains("Council hears calls to ban face surveillance"))
        #expect(OutputLinks(output: output, basePath: "/").problems.isEmpty)
        // Nothing was written into content/.
        #expect(files(in: fixture.appendingPathComponent("content/articles")) == ["reviewed.md"])
    }

    @Test func ingestWritesForReviewAndNeverOverwritesWithoutForce() throws {
        let site = try scratchCopy(of: "sources")
        let raw = site.appendingPathComponent("content/sources/council-hearing.txt").path
        let first = try placard(["ingest", raw], in: site)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "Wrote content/articles/council-hears-calls-to-ban-face-surveillance.md\n")
        let path = site.appendingPathComponent("content/articles/council-hears-calls-to-ban-face-surveillance.md")
        let written = try String(contentsOf: path, encoding: .utf8)
        #expect(written.hasPrefix("---\ntitle: \"Council hears calls to ban face surveillance\"\ndate: 2022-03-03\n"))
        #expect(written.contains("source: {publisher: \"Daily Bugle\", file: \"sources/council-hearing.txt\"}"))

        let edited = written.replacingOccurrences(of: "title: \"Council", with: "title: \"Edited: Council")
        try Data(edited.utf8).write(to: path)
        let again = try placard(["ingest", raw], in: site)
        #expect(again.status == 1)
        #expect(again.stderr.contains("content/sources/council-hearing.txt: error: already reviewed as "
            + "content/articles/council-hears-calls-to-ban-face-surveillance.md"), "\(again.stderr)")
        #expect(try String(contentsOf: path, encoding: .utf8) == edited)
        #expect(try placard(["ingest", "--force", raw], in: site).status == 0)
        #expect(try String(contentsOf: path, encoding: .utf8) == written)
    }

    @Test func ingestRefusesASourceAReviewedArticleNamesAndASlugThatIsTaken() async throws {
        let site = try scratchCopy(of: "sources")
        defer { removeFolders(site) }
        let reviewed = try placard(["ingest", "content/sources/reviewed.txt"], in: site)
        #expect(reviewed.status == 1)
        #expect(reviewed.stderr.contains("content/sources/reviewed.txt: error: already reviewed as content/articles/reviewed.md"),
                "\(reviewed.stderr)")
        #expect(files(in: site.appendingPathComponent("content/articles")) == ["reviewed.md"])
        let sidecar = site.appendingPathComponent("content/sources/acme-pause.yaml")
        try Data((try String(contentsOf: sidecar, encoding: .utf8) + "slug: reviewed\n").utf8).write(to: sidecar)
        let renamed = site.appendingPathComponent("content/articles/renamed.md")
        let article = try String(contentsOf: site.appendingPathComponent("content/articles/reviewed.md"), encoding: .utf8)
        try Data(article.replacingOccurrences(of: "---\n", with: "---\nslug: reviewed\n", options: .anchored).utf8).write(to: renamed)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/articles/reviewed.md"))
        let taken = try placard(["ingest", "content/sources/acme-pause.txt"], in: site)
        #expect(taken.status == 1)
        #expect(taken.stderr.contains("error: slug 'reviewed' is taken by content/articles/renamed.md"), "\(taken.stderr)")
        try await build(site, into: temporaryFolder())
    }

    @Test func aSidecarUpdatedBeforeTheDateIsAnError() async throws {
        let site = try scratchCopy(of: "sources")
        defer { removeFolders(site) }
        let sidecar = site.appendingPathComponent("content/sources/acme-pause.yaml")
        try Data("date: 2022-03-07\nupdated: 2022-03-01\n".utf8).write(to: sidecar)
        await #expect { try await build(site, into: temporaryFolder()) } throws: { error in
            (error as? DiagnosticList)?.errors.map(\.description)
                .contains("content/sources/acme-pause.yaml:2:10: error: 'updated' (2022-03-01) is before 'date' (2022-03-07)") == true
        }
        try Data("updated: 2001-01-01\n".utf8).write(to: site.appendingPathComponent("content/sources/council-hearing.yaml"))
        try Data("date: 2022-03-07\n".utf8).write(to: sidecar)
        await #expect { try await build(site, into: temporaryFolder()) } throws: { error in
            (error as? DiagnosticList)?.errors.contains {
                $0.description.hasPrefix("content/sources/council-hearing.yaml: error: 'updated' (2001-01-01) is before the text's date")
            } == true
        }
    }

    @Test func aWrittenArticleIsReviewedAndTheSiteStillBuilds() async throws {
        let site = try scratchCopy(of: "sources")
        let raw = site.appendingPathComponent("content/sources/council-hearing.txt").path
        #expect(try placard(["ingest", raw], in: site).status == 0)
        let output = temporaryFolder()
        try await build(site, into: output)
        // The reviewed article replaces the in-memory conversion: still one page for it.
        #expect(files(in: output).filter { $0.hasPrefix("articles/") }.count == 4)
    }

    @Test func dryRunPrintsAndExplainTellsWhy() throws {
        let site = try scratchCopy(of: "sources")
        let raw = site.appendingPathComponent("content/sources/council-hearing.txt").path
        let dry = try placard(["ingest", "--dry-run", raw], in: site)
        #expect(dry.stdout.hasPrefix("---\ntitle:"))
        #expect(files(in: site.appendingPathComponent("content/articles")) == ["reviewed.md"])
        let explain = try placard(["ingest", "--explain", raw], in: site)
        #expect(explain.stdout.contains("content/sources/council-hearing.txt:1: - removed: navigation | Skip to main content"))
        #expect(explain.stdout.contains("content/sources/council-hearing.txt:12: - removed: site pattern '^brought to you by '"))
        #expect(explain.stdout.contains("people: rosa-diaz"))
    }

    @Test func ingestRefusesFilesOutsideSources() throws {
        let site = try scratchCopy(of: "sources")
        let run = try placard(["ingest", site.appendingPathComponent("content/site.yaml").path], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("not a .txt file under content/sources/"))
    }
}
