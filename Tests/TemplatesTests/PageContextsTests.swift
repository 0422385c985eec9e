@testable import Content
import Markdown
import Testing
@testable import Templates

@Suite struct PageContextsTests {
    func contexts(baseURL: String? = "https://x.example/sub/", nav extra: [SiteConfig.NavItem] = [],
                  callToAction: String? = nil) -> PageContexts {
        let organization = Organization(id: "acme", name: "Acme", aliases: [], kind: .company, url: nil,
                                        description: "Sells things.", logo: nil,
                                        location: SourceLocation(file: "organizations.yaml"))
        let config = SiteConfig(title: "Site", description: "About it.", baseURL: baseURL, language: "en",
                                nav: [.init(title: "News", url: "articles/"), .init(title: "Ext", url: "https://e.example/")] + extra,
                                callToAction: callToAction.map { .init(title: "Act", text: nil, url: $0) },
                                unsafeHTML: false, archived: false)
        let article = Article(slug: "a", title: "A", date: Day(iso: "2020-06-10")!, organizations: ["acme"],
                              body: "Lede.", location: SourceLocation(file: "a.md"))
        let site = Site(config: config, organizations: [organization], people: [], events: [], articles: [article],
                        pages: [], assets: [])
        let rendered = RenderedSite(site: site, articles: [RenderedArticle(article, document: MarkdownDocument("Lede."))],
                                    pages: [], organizationDescriptions: ["acme": MarkdownDocument("Sells things.")],
                                    eventDescriptions: [:], intro: nil, today: Day(iso: "2021-06-09")!, version: "test")
        return PageContexts(rendered)
    }

    @Test func urlsAreRelativeToThePage() {
        let article = contexts().article("a")
        #expect(article["root"] == .string("../../"))
        #expect(article["stylesheet"] == .string("../../assets/placard.css"))
        #expect(article["canonical"] == .string("https://x.example/sub/articles/a/"))
        guard case .list(let organizations)? = article["article"]?["organizations"] else {
            Issue.record("no organizations"); return
        }
        #expect(organizations.first?["url"] == .string("../../organizations/acme/"))
        #expect(article["article"]?["summary"] == .string("Lede."))
        #expect(article["article"]?["has_quotes"] == .null)
    }

    @Test func navMarksTheCurrentPageAndKeepsExternalLinks() {
        guard case .list(let nav)? = contexts().articleList(page: 1)["nav"] else { Issue.record("no nav"); return }
        #expect(nav.map { $0["url"] } == [.string("./"), .string("https://e.example/")])
        #expect(nav.map { $0["current"] } == [.bool(true), .null])
    }

    @Test(arguments: [("tel:+15555550123", "tel:+15555550123"), ("sms:+15555550123", "sms:+15555550123"),
                      ("mailto:a@x.example", "mailto:a@x.example"), ("HTTPS://x.example/", "HTTPS://x.example/"),
                      ("//x.example/", "//x.example/"), ("#donate", "#donate"), ("?q=ban", "?q=ban"),
                      ("/about/", "../../about/"), ("about/#team", "../../about/#team"),
                      ("search/?q=https://x", "../../search/?q=https://x")])
    func navAndCallToActionURLsOnAPageTwoLevelsDown(written: String, href: String) {
        let page = contexts(nav: [.init(title: "Written", url: written)], callToAction: written).article("a")
        guard case .list(let nav)? = page["nav"] else { Issue.record("no nav"); return }
        #expect(nav.last?["url"] == .string(href))
        #expect(page["site"]?["cta"]?["url"] == .string(href))
    }

    @Test func notFoundPageLinksFromTheBaseURLPath() {
        #expect(contexts().notFound()["root"] == .string("/sub/"))
        #expect(contexts(baseURL: nil).notFound()["root"] == .string("/"))
        #expect(contexts(baseURL: nil).home()["canonical"] == .null)
    }

    @Test func dateRanges() {
        let day = { Day(iso: $0)! }
        #expect(PageContexts.when(start: day("2020-06-07"), end: day("2020-06-11")).fields["text"] == .string("June 7 – 11, 2020"))
        #expect(PageContexts.when(start: day("2020-05-30"), end: day("2020-06-02")).fields["text"] == .string("May 30 – June 2, 2020"))
        #expect(PageContexts.when(start: day("2020-12-30"), end: day("2021-01-02")).fields["text"] == .string("December 30, 2020 – January 2, 2021"))
    }
}
