import Content
import Foundation
import Testing
@testable import Templates

/// A theme folder made of the given templates, plus empty ones for every other required name.
func makeTheme(_ templates: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placard-theme-\(UUID().uuidString)")
    var all = Dictionary(uniqueKeysWithValues: Theme.requiredTemplates.map { ($0, "") })
    all.merge(templates) { _, new in new }
    for (name, text) in all {
        let url = folder.appendingPathComponent(name + ".mustache")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return folder
}

func loadErrors(_ templates: [String: String]) throws -> [String] {
    let folder = try makeTheme(templates)
    do throws(DiagnosticList) {
        _ = try Theme.load(from: folder, displayPath: "templates")
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

@Suite struct ThemeTests {
    static let hostile = "\"\u{0301} onmouseover=alert(1) x=\"<script>&'"

    @Test func escapingHoldsPerScalarInEveryTemplatePartialAndBlock() throws {
        let folder = try makeTheme([
            "layout": #"<a title="{{name}}">{{$main}}{{/main}}</a>"#,
            "partials/item": #"<b title="{{name}}"></b>"#,
            "home": #"{{<layout}}{{$main}}<i title="{{name}}"></i>{{>partials/item}}{{#list}}<u title="{{.}}"></u>{{/list}}{{/main}}{{/layout}}"#,
        ])
        let theme = try Theme.load(from: folder, displayPath: "templates")
        let html = try theme.render("home", .object(["name": .string(Self.hostile), "list": .list([.string(Self.hostile)])]))
        let escaped = "&quot;\u{0301} onmouseover=alert(1) x=&quot;&lt;script&gt;&amp;&#39;"
        #expect(html == "<a title=\"\(escaped)\"><i title=\"\(escaped)\"></i><b title=\"\(escaped)\"></b><u title=\"\(escaped)\"></u></a>")
    }

    @Test func escaperWorksOnScalarsNotGraphemes() {
        #expect(MarkupEscaping.escape("\"\u{0301}") == "&quot;\u{0301}")
        #expect(MarkupEscaping.escape("<\u{20D2}>") == "&lt;\u{20D2}&gt;")
        #expect(MarkupEscaping.escape("plain ü") == "plain ü")
    }

    @Test func tripleMustacheIsRaw() throws {
        let theme = try Theme.load(from: try makeTheme(["page": "{{{content_html}}}"]), displayPath: "templates")
        #expect(try theme.render("page", .object(["content_html": .string("<p>x</p>")])) == "<p>x</p>")
    }

    @Test func parseErrorsNameTheTemplateFileAndLine() throws {
        let found = try loadErrors(["article": "<h1>ok</h1>\n{{#open}}\n<p>never closed\n"])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("templates/article.mustache:") == true)
        #expect(found.first?.contains("error: template does not parse") == true)
    }

    @Test func anUnclosedSectionIsNamedInWordsAtItsOpeningTag() throws {
        let never = try loadErrors(["article": "<h1>ok</h1>\n  {{#open}}\n<p>never closed\n"])
        #expect(never == ["templates/article.mustache:2:3: error: template does not parse: section 'open' opened here with {{#open}} is never closed: add {{/open}}"])
        let crossed = try loadErrors(["page": "{{<layout}}\n{{$main}}\n{{#page}}\n<p>x</p>\n{{/main}}\n{{/layout}}\n"])
        #expect(crossed == ["templates/page.mustache:3:1: error: template does not parse: section 'page' opened here with {{#page}} is not closed: {{/main}} at line 5, column 1 closes 'main' instead; close 'page' first with {{/page}}"])
        let stray = try loadErrors(["event": "x\n{{^b}}{{/b}} {{/b}}\n"])
        #expect(stray == ["templates/event.mustache:2:14: error: template does not parse: {{/b}} closes section 'b', which is not open"])
        let unfinished = try loadErrors(["home": "x\n{{name}} {{other\n"])
        #expect(unfinished == ["templates/home.mustache:2:10: error: template does not parse: the tag opened here with {{ is never closed with }}"])
        // No enum names.
        for found in [never, crossed, stray, unfinished] {
            #expect(!found.joined().contains("expectedSectionEnd") && !found.joined().contains("sectionCloseNameIncorrect"))
        }
    }

    @Test func parseErrorOnTheFirstLineKeepsItsColumn() throws {
        let found = try loadErrors(["person": "ab{{/nothing}}"])
        #expect(found.first?.hasPrefix("templates/person.mustache:1:") == true)
    }

    @Test func missingPartialsAndTemplatesAreErrors() throws {
        let folder = try makeTheme(["home": "line one\n{{> partials/gone }}"])
        try FileManager.default.removeItem(at: folder.appendingPathComponent("event.mustache"))
        do throws(DiagnosticList) {
            _ = try Theme.load(from: folder, displayPath: "theme")
            Issue.record("expected errors")
        } catch {
            let found = error.diagnostics.map(\.description)
            #expect(found.contains("theme/event.mustache: error: missing template"))
            #expect(found.contains("theme/home.mustache:2: error: 'home' includes 'partials/gone', but there is no theme/partials/gone.mustache"))
        }
    }

    @Test func templateObjectMakesEmptyListsAndNilsNull() {
        var object = TemplateObject()
        object["missing"] = nil
        object.list("empty", [])
        object.list("full", [TemplateObject()])
        #expect(object.value == .object(["missing": .null, "empty": .null, "has_empty": .null,
                                         "full": .list([.object([:])]), "has_full": .bool(true)]))
    }

    @Test func nullStopsLookupInEnclosingContexts() throws {
        let theme = try Theme.load(from: try makeTheme(["home": "{{#items}}[{{#logo}}{{logo}}{{/logo}}]{{/items}}"]),
                                   displayPath: "templates")
        let context = TemplateValue.object(["logo": .string("page-logo"),
                                            "items": .list([.object(["logo": .null]), .object(["logo": .string("own")])])])
        #expect(try theme.render("home", context) == "[][own]")
    }
}
