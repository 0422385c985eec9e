import Content
import Foundation
import Generator
@testable import Preview
import Testing

@Suite struct StaticFilesTests {
    /// An output folder with a page, a nested folder and a secret beside it.
    let root: URL
    let outside: URL

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("placard-static-\(UUID().uuidString)")
        root = base.appendingPathComponent("public")
        outside = base.appendingPathComponent("secret.txt")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("about"), withIntermediateDirectories: true)
        try Data("home".utf8).write(to: root.appendingPathComponent("index.html"))
        try Data("about".utf8).write(to: root.appendingPathComponent("about/index.html"))
        try Data("secret".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("leak.txt"), withDestinationURL: outside)
    }

    func file(_ name: String) -> StaticFiles.Resolution {
        .file(root.appendingPathComponent(name).resolvingSymlinksInPath())
    }

    @Test func foldersServeTheirIndexAndNeedATrailingSlash() {
        let files = StaticFiles(root: root)
        #expect(files.resolve("/") == file("index.html"))
        #expect(files.resolve("/about/") == file("about/index.html"))
        #expect(files.resolve("/about") == .redirect("/about/"))
        #expect(files.resolve("/about/index.html") == file("about/index.html"))
        #expect(files.resolve("/missing/") == .notFound)
    }

    @Test func theBuildInMemoryWinsAndPlacardsOwnFilesAreNeverTakenFromDisk() {
        let files = StaticFiles(root: root)
        let held: [String: ServedFile] = ["index.html": .data(Data("new home".utf8))]
        #expect(files.resolve("/", held: held) == .held("index.html", .data(Data("new home".utf8))))
        // Deleted by the build in memory, not yet from the folder: gone.
        #expect(files.resolve("/about/", held: held, owned: ["index.html", "about/index.html"]) == .notFound)
        // Not Placard's: taken from the folder.
        #expect(files.resolve("/about/", held: held, owned: ["index.html"]) == file("about/index.html"))
    }

    @Test(arguments: ["/../secret.txt", "/about/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                      "/about/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/leak.txt", "/index.html%00"])
    func nothingOutsideTheFolderIsServed(_ path: String) {
        #expect(StaticFiles(root: root).resolve(path) == .notFound)
    }
}

@Suite struct MediaTypesTests {
    @Test func everyKindOfFileTheBuildWritesHasItsType() {
        #expect(MediaTypes.type(forPath: "/index.html") == "text/html; charset=utf-8")
        #expect(MediaTypes.type(forPath: "/assets/placard.css") == "text/css; charset=utf-8")
        #expect(MediaTypes.type(forPath: "/feed.xml") == "application/xml; charset=utf-8")
        #expect(MediaTypes.type(forPath: "/events/calendar.ics") == "text/calendar; charset=utf-8")
        #expect(MediaTypes.type(forPath: "/search/index.json") == "application/json")
        #expect(MediaTypes.type(forPath: "/assets/LOGO.PNG") == "image/png")
        #expect(MediaTypes.type(forPath: "/assets/logo.svg") == "image/svg+xml")
    }

    @Test func unknownOrMissingExtensionsAreOpaqueBytes() {
        #expect(MediaTypes.type(forPath: "/CNAME") == "application/octet-stream")
        #expect(MediaTypes.type(forPath: "/data.unknown") == "application/octet-stream")
        #expect(MediaTypes.type(forPath: "/folder.d/file") == "application/octet-stream")
    }
}

@Suite struct InjectionTests {
    @Test func theScriptGoesBeforeTheLastBodyClose() {
        let page = "<html><body><p>&lt;/body&gt;</p></body></html>"
        let served = Injection.inject(into: page, errors: [])
        #expect(served == "<html><body><p>&lt;/body&gt;</p>" + Injection.reloadScript + "</body></html>")
        #expect(!served.contains("placard-errors"))
    }

    @Test func aPageWithoutBodyGetsTheScriptAtTheEnd() {
        #expect(Injection.inject(into: "<p>hi", errors: []) == "<p>hi" + Injection.reloadScript)
    }

    @Test func errorsAreShownEscapedWithTheirLocation() {
        let error = Diagnostic.error(SourceLocation(file: "content/articles/x.md", line: 7, column: 3), "bad <script> & \"quote\"")
        let served = Injection.inject(into: "<body></body>", errors: [error])
        #expect(served.contains("<code>content/articles/x.md:7:3: error: bad &lt;script&gt; &amp; &quot;quote&quot;</code>"))
        #expect(!served.contains("<script> &"))
        #expect(served.hasSuffix(Injection.reloadScript + "</body>"))
    }

    @Test func theErrorsAreADialogThatCanBeDismissed() {
        let error = Diagnostic.error(SourceLocation(file: "content/articles/x.md", line: 2, column: 8), "invalid YAML")
        let served = Injection.inject(into: "<body><a href=\"#\">x</a></body>", errors: [error])
        // Named and described for assistive technology.
        #expect(served.contains("<div id=\"placard-errors\" role=\"alertdialog\" aria-labelledby=\"placard-errors-title\" aria-describedby=\"placard-errors-list\""))
        #expect(served.contains("<strong id=\"placard-errors-title\">The last rebuild failed"))
        #expect(served.contains("<ul id=\"placard-errors-list\""))
        // A real button, which takes the focus; it and Escape remove the dialog and give the
        // focus back.
        #expect(served.contains("<button type=\"button\" id=\"placard-errors-close\""))
        #expect(served.contains(">Close <span aria-hidden=\"true\">(Esc)</span></button>"))
        let script = Injection.overlayScript
        #expect(served.contains(script))
        for part in ["b.focus()", "e.key===\"Escape\"", "b.addEventListener(\"click\",c)", "removeChild(o)", "r.focus()",
                     "document.removeEventListener(\"keydown\",k)"] {
            #expect(script.contains(part), "\(part)")
        }
        // The dialog comes before the reload script, both before </body>.
        let dialog = served.range(of: "placard-errors")!.lowerBound
        #expect(dialog < served.range(of: Injection.reloadScript)!.lowerBound)
        #expect(!served.contains("role=\"alert\""))
    }
}
