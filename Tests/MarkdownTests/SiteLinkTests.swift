import Markdown
import Testing

@Suite struct SiteLinkTests {
    @Test func pathsAreRelativeFromEveryDepth() {
        #expect(SiteLink.relative(from: "", to: "articles/") == "articles/")
        #expect(SiteLink.relative(from: "articles/x/", to: "organizations/acme/") == "../../organizations/acme/")
        #expect(SiteLink.relative(from: "articles/page/2/", to: "") == "../../../")
        #expect(SiteLink.relative(from: "articles/page/2/", to: "articles/") == "../../")
        #expect(SiteLink.relative(from: "articles/", to: "articles/page/2/") == "page/2/")
        #expect(SiteLink.relative(from: "articles/x/", to: "articles/x/") == "./")
        #expect(SiteLink.relative(from: "events/x/", to: "events/x.ics") == "../x.ics")
        #expect(SiteLink.relative(from: "404.html", to: "feed.xml") == "feed.xml")
        #expect(SiteLink.relative(from: "", to: "") == "./")
    }

    @Test func eachKindIsReadOnce() {
        for external in ["https://x.example/", "HTTPS://x.example/", "//x.example/", "tel:+1555", "sms:+1555", "mailto:a@x.example"] {
            #expect(SiteLink(external) == .external(external))
            #expect(SiteLink(sitePath: external) == .external(external))
            #expect(SiteLink(external).href(from: "articles/x/") == external)
        }
        #expect(SiteLink("#donate") == .samePage("#donate"))
        #expect(SiteLink(sitePath: "?q=1") == .samePage("?q=1"))
        #expect(SiteLink("/about/#team") == .fromRoot(path: "about/", suffix: "#team"))
        #expect(SiteLink("about/?a=1#b") == .fromPage(path: "about/", suffix: "?a=1#b"))
        #expect(SiteLink(sitePath: "about/?a=1#b") == .fromRoot(path: "about/", suffix: "?a=1#b"))
        #expect(SiteLink(sitePath: "about/#b").href(from: "articles/x/") == "../../about/#b")
        #expect(SiteLink(sitePath: "about/#b").sitePath == "about/")
        #expect(SiteLink("#donate").href(from: "articles/x/") == "#donate")
        #expect(SiteLink(sitePath: "/about/").href(from: "events/x/") == "../../about/")
    }

    @Test func targetsAreFilesOfTheOutput() {
        let page = "articles/x/index.html"
        #expect(SiteLink("../../organizations/acme/#who").target(fromFile: page)?.file == "organizations/acme/index.html")
        #expect(SiteLink("../../organizations/acme/#who").target(fromFile: page)?.fragment == "who")
        #expect(SiteLink("#part").target(fromFile: page)?.file == page)
        #expect(SiteLink("../../assets/a%20b.png").target(fromFile: page)?.file == "assets/a b.png")
        #expect(SiteLink("../../..").target(fromFile: page) == nil)
        #expect(SiteLink("/about/").target(fromFile: page)?.file == "about/index.html")
        #expect(SiteLink("https://x.example/").target(fromFile: page) == nil)
    }

    /// The arithmetic as first written, on components: the byte version must agree with it.
    func referenceRelative(from: String, to: String) -> String {
        let fromFolders = from.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        var toParts = to.split(separator: "/", omittingEmptySubsequences: false)
        let file = toParts.removeLast()
        var shared = 0
        while shared < min(fromFolders.count, toParts.count), fromFolders[fromFolders.startIndex + shared] == toParts[shared] {
            shared += 1
        }
        let link = String(repeating: "../", count: fromFolders.count - shared) + toParts[shared...].map { $0 + "/" }.joined() + file
        return link.isEmpty ? "./" : link
    }

    @Test func agreesWithTheComponentArithmeticOnEveryShape() {
        let parts = ["a", "ab", "b", "é", "x.ics"]
        var paths = [""]
        for first in parts {
            paths += [first, first + "/"]
            for second in parts { paths += [first + "/" + second, first + "/" + second + "/"] }
        }
        for from in paths where !from.hasSuffix(".ics") {
            for to in paths { #expect(SiteLink.relative(from: from, to: to) == referenceRelative(from: from, to: to), "\(from) → \(to)") }
        }
    }
}
