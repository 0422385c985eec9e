@testable import Content
import Foundation
import Testing

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

/// Writes a throwaway site from file contents and loads it.
func loadSite(_ files: [String: String]) throws -> Result<Site, DiagnosticList> {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("placard-content-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    var files = files
    if files["content/site.yaml"] == nil { files["content/site.yaml"] = "title: Test\n" }
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    do throws(DiagnosticList) {
        return .success(try SiteLoader(root: root).load())
    } catch {
        return .failure(error)
    }
}

func errors(_ files: [String: String]) throws -> [String] {
    guard case .failure(let list) = try loadSite(files) else { return [] }
    return list.errors.map(\.description)
}

@Suite struct SiteLoaderTests {
    @Test func loadsTheMinimalFixture() throws {
        let site = try SiteLoader(root: fixtures.appendingPathComponent("minimal")).load()
        #expect(site.config.title == "Fixture <script>alert('site')</script> Campaign")
        #expect(site.config.baseURL == "https://fixture.example/campaign/")
        #expect(site.config.nav.map(\.url) == ["articles/", "about/"])
        #expect(site.organizations.map(\.id) == ["coalition-one", "coalition-two", "acme", "city-council"])
        #expect(site.organizations.first?.kind == .coalition)
        #expect(site.people.map(\.organization) == ["coalition-one", "acme"])
        let week = try #require(site.events.first { $0.id == "week-of-action" })
        #expect(week.start.iso == "2020-06-07" && week.end?.iso == "2020-06-11")
        #expect(site.articles.map(\.slug) == ["first-win", "second-story", "unfinished"])
        let first = site.articles[0]
        #expect(first.updated?.iso == "2020-06-11")
        #expect(first.quotes.map(\.person) == ["ada-organizer", nil])
        #expect(first.location.line == 13)
        #expect(first.body.hasPrefix("The coalition scored"))
        #expect(site.articles[2].draft)
        #expect(site.pages.map(\.slug) == ["about"])
        #expect(site.assets.map(\.path) == ["assets/logos/one.svg"])
        #expect(site.warnings.isEmpty)
    }

    @Test func brokenFrontMatterNamesFileLineAndColumnAndReportsEveryFile() throws {
        let root = fixtures.appendingPathComponent("broken-front-matter")
        #expect(throws: DiagnosticList.self) { try SiteLoader(root: root).load() }
        do throws(DiagnosticList) {
            _ = try SiteLoader(root: root, displayRoot: "site").load()
        } catch {
            let lines = error.errors.map(\.description)
            // Where the problem starts, not where libyaml noticed it (the end of the front matter).
            #expect(lines.contains { $0.hasPrefix("site/content/articles/bad-yaml.md:4:16: error: invalid YAML: the [ opened here is never closed with its ]") })
            #expect(lines.contains { $0.hasPrefix("site/content/articles/unclosed-quote.md:2:8: error: invalid YAML: the quoted text opened here with \" is never closed (at line ") })
            #expect(lines.contains("site/content/articles/bad-fields.md:3:7: error: 'date' must be a date written YYYY-MM-DD, not '2020-13-45'"))
            #expect(lines.contains("site/content/articles/bad-fields.md:4:17: error: unknown id 'nobody': not in organizations.yaml"))
            #expect(lines.contains { $0.hasPrefix("site/content/articles/bad-fields.md:5:7: error: slug 'Not A Slug'") })
            #expect(lines.count == 5)
        }
    }

    @Test func requiredFieldsAndTypes() throws {
        let found = try errors([
            "content/organizations.yaml": "- id: a\n  name: A\n  kind: startup\n- name: No id\n- id: Bad_Id\n  name: X\n",
            "content/articles/x.md": "---\ndate: 2020-01-01\ndraft: maybe\n---\nBody\n",
        ])
        #expect(found.contains("content/organizations.yaml:3:9: error: unknown kind 'startup'; expected one of coalition, company, government, media, other"))
        #expect(found.contains("content/organizations.yaml:4:3: error: missing required field 'id'"))
        #expect(found.contains { $0.hasPrefix("content/organizations.yaml:5:7: error: id 'Bad_Id' may only hold") })
        #expect(found.contains("content/articles/x.md:2:1: error: missing required field 'title'"))
        #expect(found.contains("content/articles/x.md:3:8: error: 'draft' must be true or false"))
    }

    @Test func duplicateIDsAndSlugsNameTheFirstDefinition() throws {
        let found = try errors([
            "content/people.yaml": "- id: ada\n  name: Ada\n- id: ada\n  name: Ada Again\n",
            "content/articles/one.md": "---\ntitle: One\ndate: 2020-01-01\nslug: same\n---\n",
            "content/articles/two.md": "---\ntitle: Two\ndate: 2020-01-01\nslug: same\n---\n",
        ])
        #expect(found.contains("content/people.yaml:3:3: error: duplicate id 'ada' (first defined at content/people.yaml:1:3)"))
        #expect(found.contains("content/articles/two.md:6: error: duplicate article slug 'same' (first defined at content/articles/one.md:6)"))
    }

    @Test func unknownReferencesSuggestTheClosestID() throws {
        let found = try errors([
            "content/organizations.yaml": "- id: fight-for-the-future\n  name: FFTF\n",
            "content/people.yaml": "- id: evan\n  name: Evan\n  organization: fight-for-future\n",
            "content/events.yaml": "- id: e\n  title: E\n  start: 2020-06-11\n  end: 2020-06-07\n  organizations: [nope]\n",
        ])
        #expect(found.contains("content/people.yaml:3:17: error: unknown id 'fight-for-future': not in organizations.yaml; did you mean 'fight-for-the-future'?"))
        #expect(found.contains("content/events.yaml:4:8: error: 'end' (2020-06-07) is before 'start' (2020-06-11)"))
        #expect(found.contains("content/events.yaml:5:19: error: unknown id 'nope': not in organizations.yaml"))
    }

    @Test func unknownFieldsAreWarnings() throws {
        guard case .success(let site) = try loadSite(["content/articles/x.md": "---\ntitle: X\ndate: 2020-01-01\ntilte: typo\n---\n"])
        else { Issue.record("expected the site to load"); return }
        // The other warning: the loader's test site has no baseURL.
        #expect(site.warnings.map(\.description).filter { !$0.contains("baseURL") } == ["content/articles/x.md:4:1: warning: unknown field 'tilte'"])
    }

    @Test func textFilesMayHaveABOMAndCRLF() throws {
        guard case .success(let site) = try loadSite([
            "content/articles/x.md": "\u{FEFF}---\r\ntitle: X\r\ndate: 2020-01-01\r\n---\r\nBody line\r\n",
        ]) else { Issue.record("expected the site to load"); return }
        #expect(site.articles.first?.title == "X")
        #expect(site.articles.first?.body == "Body line\n")
    }

    @Test func unclosedFrontMatterAndReservedSlugs() throws {
        let found = try errors([
            "content/articles/x.md": "---\ntitle: X\n",
            "content/pages/articles.md": "---\ntitle: Clash\n---\n",
        ])
        #expect(found.contains("content/articles/x.md:1:1: error: front matter opened with '---' is never closed with a '---' line"))
        #expect(found.contains { $0.hasPrefix("content/pages/articles.md:4: error: page slug 'articles' is taken") })
    }

    @Test func aMissingContentFolderIsOneClearError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("placard-empty-\(UUID().uuidString)")
        #expect(throws: DiagnosticList.self) { try SiteLoader(root: root).load() }
    }

    @Test func anEmptyOrCommentOnlySiteConfigIsAnErrorThatNamesTheFile() throws {
        for text in ["", "# only a comment\n"] {
            #expect(try errors(["content/site.yaml": text])
                == ["content/site.yaml:1: error: site.yaml is empty; it needs at least a 'title'"])
        }
    }

    @Test func aControlCharacterIsReportedAtItsLineAndColumnInTheFile() throws {
        let found = try errors(["content/articles/x.md": "---\ntitle: \"A\"\ndate: 2020-01-01\nsummary: \"x\u{02}y\"\n---\nBody\n",
                                "content/site.yaml": "title: T\nlanguage: \"e\u{01}n\"\n"])
        #expect(found.contains("content/articles/x.md:4:12: error: invalid YAML: control characters are not allowed"), "\(found)")
        #expect(found.contains("content/site.yaml:2:13: error: invalid YAML: control characters are not allowed"), "\(found)")
    }

    @Test func aBrokenRegistryIsOneErrorNotOnePerReference() throws {
        let found = try errors([
            "content/organizations.yaml": "- id: acme\n  name: \"Acme\" : [broken\n- {id: city, name: City}\n",
            "content/people.yaml": "- {id: ada, name: Ada, organization: acme}\n- {id: bo, name: Bo, organization: city}\n",
            "content/articles/x.md": "---\ntitle: X\ndate: 2020-01-01\norganizations: [acme, city, nowhere]\n---\nBody\n",
        ])
        #expect(found.count == 2, "\(found)")
        #expect(found.first?.hasPrefix("content/organizations.yaml:2:") == true)
        #expect(found.contains("content/articles/x.md:4:29: error: unknown id 'nowhere': not in organizations.yaml"), "\(found)")
    }

    @Test func imagesAreAssetsOrWebURLs() throws {
        let site: [String: String] = [
            "content/site.yaml": "title: T\nimage: cards/missing.png\n",
            "content/articles/x.md": "---\ntitle: X\ndate: 2020-01-01\nimage: https://cdn.example/x.png\n---\nBody\n",
        ]
        guard case .success(let loaded) = try loadSite(site) else { Issue.record("should load"); return }
        #expect(loaded.warnings.map(\.description).contains("content/site.yaml:2:8: warning: image 'cards/missing.png' is not a file under content/assets/"))
        var refused = site
        refused["content/articles/x.md"] = "---\ntitle: X\ndate: 2020-01-01\nimage: file:///etc/passwd\n---\nBody\n"
        let found = try errors(refused)
        #expect(found.count == 1 && found[0].hasPrefix("content/articles/x.md:4:8: error: image")
            && found[0].contains("'file:///etc/passwd' is refused"), "\(found)")
        refused["content/articles/x.md"] = "---\ntitle: X\ndate: 2020-01-01\nimage: \"mailto:a@b.example\"\n---\nBody\n"
        #expect(try errors(refused) == ["content/articles/x.md:4:8: error: image 'mailto:a@b.example' is refused: "
            + "an image is a file under content/assets/ or an http(s) URL"])
    }
}
