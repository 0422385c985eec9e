import Content
import Foundation
import Generator
import Markdown
@testable import Templates
import TestSupport
import Testing

/// Issue 14's campaign features, end to end: sources credited, share links, the sign-up form and
/// phone links, quotes and lists in order; on the bundled campaign and on the minimal fixture.
@Suite struct CampaignFeaturesTests {
    /// The hrefs of the `<a>` tags of a piece of HTML, with `&amp;` read back.
    static func hrefs(_ html: some StringProtocol) -> [String] {
        html.components(separatedBy: "<a href=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    static func section(_ html: String, from start: String, to end: String) -> String {
        guard let from = html.range(of: start) else { return "" }
        let rest = html[from.lowerBound...]
        return String(rest[..<(rest.range(of: end)?.upperBound ?? rest.endIndex)])
    }

    // MARK: - Sources credited

    @Test func aRepublishedArticleCreditsItsPublisherWithALinkToTheOriginal() async throws {
        let output = temporaryFolder("bundled")
        defer { removeFolders(output) }
        try await build(repositoryRoot, into: output)
        let page = try read(output, "articles/amazons-one-year-ban-on-police-use-of/index.html")
        let commonDreams = "https://www.commondreams.org/news/2020/06/11/amazons-one-year-ban-police-use-its-facial-recognition-software-denounced-nothing"
        #expect(page.contains("<p class=\"source-credit\">Originally published by <a href=\"\(commonDreams)\">Common Dreams</a>, "
            + "<time datetime=\"2020-06-10\">June 10, 2020</time>, by Jake Johnson.</p>"))
        let press = try read(output, "articles/amazon-and-microsoft-facial-recognition-moratorium-is-a/index.html")
        #expect(press.contains("Originally published by Fight for the Future, <time datetime=\"2020-06-10\">June 10, 2020</time>."))

        let feed = try read(output, "feed.xml")
        #expect(feed.contains("<link rel=\"via\" type=\"text/html\" href=\"\(commonDreams)\" title=\"Common Dreams\"/>"))
        #expect(feed.contains("<author><name>Jake Johnson</name></author>"))
        let data = try #require(page.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().first?
            .components(separatedBy: "</script>").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        #expect(object["isBasedOn"] as? String == commonDreams && object["sameAs"] as? String == commonDreams)
        #expect((object["author"] as? [String: Any])?["name"] as? String == "Jake Johnson")
        #expect((object["publisher"] as? [String: Any])?["name"] as? String == "Common Dreams")
    }

    @Test func aHandWrittenArticleCreditsItsSourceFromFrontMatter() async throws {
        let output = temporaryFolder("minimal")
        defer { removeFolders(output) }
        try await build(fixtures.appendingPathComponent("minimal"), into: output)
        let page = try read(output, "articles/first-win/index.html")
        #expect(page.contains("Originally published by <a href=\"https://news.example/first-win\">Example News</a>, "
            + "<time datetime=\"2020-06-10\">June 10, 2020</time>."))
        #expect(!(try read(output, "articles/second-story/index.html")).contains("Originally published"))
    }

    // MARK: - Sharing

    static let shareHosts: Set = ["bsky.app", "x.com", "www.facebook.com", "wa.me", "www.linkedin.com"]

    @Test func everyArticleAndEventPageHasShareLinksThatLoadNothing() async throws {
        let output = temporaryFolder("bundled")
        defer { removeFolders(output) }
        try await build(repositoryRoot, into: output)
        let site = try SiteLoader(root: repositoryRoot).load()
        let pages = site.events.map { SitePaths.event($0.id) }
            + files(in: output).filter { $0.hasPrefix("articles/") && !$0.hasPrefix("articles/page/") && $0 != "articles/index.html" }
                .map { String($0.dropLast("index.html".count)) }
        #expect(pages.count == site.events.count + 5)
        for path in pages {
            let html = try read(output, SitePaths.file(for: path))
            let share = Self.section(html, from: "<section class=\"share\"", to: "</section>")
            let links = Self.hrefs(share)
            let own = "https://example.org/" + path
            #expect(links.count == 7, "\(path)")
            #expect(links.allSatisfy { URLPolicy.allows($0) }, "\(path)")
            let hosts = Set(links.filter { $0.hasPrefix("https://") }.compactMap { URLComponents(string: $0)?.host })
            #expect(hosts == Self.shareHosts, "\(path)")
            #expect(links.contains { $0.hasPrefix("mailto:?subject=") && $0.contains(ShareLinks.encoded(own)) }, "\(path)")
            #expect(links.contains("https://www.facebook.com/sharer/sharer.php?u=" + ShareLinks.encoded(own)), "\(path)")
            let mastodon = try #require(links.first { $0.contains("share/mastodon/?text=") })
            #expect(SiteLink(mastodon).target(fromFile: SitePaths.file(for: path))?.file == "share/mastodon/index.html")
            #expect(share.contains("<input id=\"share-url\" type=\"url\" value=\"\(own)\" readonly>"))
            #expect(share.contains("<li class=\"share-native\" hidden>"), "the Web Share button waits for the script")
            #expect(html.contains("<script src=\"../../assets/share.js\" defer></script>"))
        }
        let mastodonPage = try read(output, "share/mastodon/index.html")
        #expect(mastodonPage.contains("<label for=\"mastodon-server\">") && mastodonPage.contains("<noscript>"))
        #expect(mastodonPage.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(!(try read(output, "sitemap.xml")).contains("share/mastodon"))
        let script = try read(output, "assets/share.js")
        #expect(script.contains("navigator.share") && !script.contains("fetch(") && !script.contains("XMLHttpRequest"))
    }

    @Test func withoutABaseURLThereAreNoShareLinksNorSharePage() async throws {
        let site = try scratchCopy(of: "minimal")
        let output = temporaryFolder("minimal")
        defer { removeFolders(site, output) }
        let config = site.appendingPathComponent("content/site.yaml")
        let yaml = try String(contentsOf: config, encoding: .utf8)
            .replacingOccurrences(of: "baseURL: \"https://fixture.example/campaign\"\n", with: "")
        try Data(yaml.utf8).write(to: config)
        try await build(site, into: output)
        #expect(!(try read(output, "articles/first-win/index.html")).contains("class=\"share\""))
        #expect(!files(in: output).contains("share/mastodon/index.html"))
        let withBase = temporaryFolder("minimal")
        defer { removeFolders(withBase) }
        try await build(fixtures.appendingPathComponent("minimal"), into: withBase)
        #expect(try read(withBase, "events/launch/index.html").contains("class=\"share\""))
        #expect(files(in: withBase).contains("share/mastodon/index.html"))
    }

    // MARK: - Sign-up and action

    @Test func theSignUpFormFollowsEveryArticleWithLabelsAndAutofill() async throws {
        let output = temporaryFolder("bundled")
        defer { removeFolders(output) }
        try await build(repositoryRoot, into: output)
        let form = """
            <form class="cta-form" action="https://example.org/signup" method="post">
            <p><label for="cta-email">Email <span class="required">(required)</span></label>
            <input id="cta-email" name="email" type="email" autocomplete="email" required></p>
            <p><label for="cta-zip">ZIP code</label>
            <input id="cta-zip" name="zip" type="text" autocomplete="postal-code"></p>
            <p><button type="submit">Sign up for updates</button></p>
            </form>
            """
        let articles = files(in: output).filter { $0.hasPrefix("articles/") && $0.hasSuffix("/index.html") && !$0.hasPrefix("articles/page/") && $0 != "articles/index.html" }
        #expect(articles.count == 5)
        for page in articles + ["index.html"] {
            let html = try read(output, page)
            #expect(html.contains(form), "\(page)")
            #expect(html.components(separatedBy: "<form class=\"cta-form\"").count == 2, "one form on \(page)")
        }
        let contact = try read(output, "articles/amazon-and-microsoft-facial-recognition-moratorium-is-a/index.html")
        #expect(contact.contains("Press contact: Evan Greer, <a href=\"tel:508-474-5248\">(508) 474-5248</a>, "
            + "<a href=\"mailto:press@fightforthefuture.org\">press@fightforthefuture.org</a>"))
        #expect(try read(output, "take-action/index.html").contains("<a href=\"tel:+1-202-224-3121\">(202) 224-3121</a>"))
    }

    @Test func callToActionAndNavTakePhoneTextAndMailLinks() async throws {
        let site = try scratchCopy(of: "minimal")
        let output = temporaryFolder("minimal")
        defer { removeFolders(site, output) }
        let config = site.appendingPathComponent("content/site.yaml")
        var yaml = try String(contentsOf: config, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "  - {title: \"About\", url: \"about/\"}\n",
                                         with: "  - {title: \"About\", url: \"about/\"}\n  - {title: \"Text us\", url: \"sms:+15555550123\"}\n")
        yaml = yaml.replacingOccurrences(of: "call_to_action: {title: \"Act now\", text: \"Write to your representative.\", url: \"about/\"}",
                                         with: "call_to_action: {title: \"Call now\", url: \"tel:+15555550123\", form: {action: \"https://lists.example/join\", method: get, fields: [first_name, {field: email, name: EMAIL}, {field: phone, required: false}]}}")
        try Data(yaml.utf8).write(to: config)
        try await build(site, into: output)
        let page = try read(output, "articles/second-story/index.html")
        #expect(page.contains("<a href=\"sms:+15555550123\">Text us</a>"))
        #expect(page.contains("<form class=\"cta-form\" action=\"https://lists.example/join\" method=\"get\">"))
        #expect(page.contains("<input id=\"cta-first_name\" name=\"first_name\" type=\"text\" autocomplete=\"given-name\" required>"))
        #expect(page.contains("<input id=\"cta-EMAIL\" name=\"EMAIL\" type=\"email\" autocomplete=\"email\" required>"))
        #expect(page.contains("<label for=\"cta-phone\">Phone</label>\n<input id=\"cta-phone\" name=\"phone\" type=\"tel\" autocomplete=\"tel\">"))
        #expect(page.contains("<p><a href=\"tel:+15555550123\">More ways to act</a></p>"))
    }

    // MARK: - Quotes and lists

    @Test func personAndOrganizationPagesShowExcerptsNewestFirstAfterTheNews() async throws {
        let output = temporaryFolder("bundled")
        defer { removeFolders(output) }
        try await build(repositoryRoot, into: output)
        for page in ["people/evan-greer/index.html", "organizations/fight-for-the-future/index.html"] {
            let html = try read(output, page)
            let news = try #require(html.range(of: "<h2 id=\"articles\">In the news</h2>"))
            let quotes = try #require(html.range(of: "<h2 id=\"quotes\">Quotes</h2>"))
            #expect(news.lowerBound < quotes.lowerBound, "\(page)")
            let figures = html[quotes.lowerBound...].components(separatedBy: "<figure class=\"quote\">").dropFirst()
            #expect(figures.count >= 5)
            var dates: [String] = []
            for figure in figures.map({ $0.components(separatedBy: "</figure>")[0] }) {
                let text = try #require(figure.components(separatedBy: "<blockquote><p>").dropFirst().first?
                    .components(separatedBy: "</p></blockquote>").first)
                #expect(QuoteText.sentences(text).count <= 2 && text.count <= 300, "\(text)")
                #expect(figure.contains(" · in <a href=\"../../articles/"), "linked to its article")
                dates += figure.components(separatedBy: "<time datetime=\"").dropFirst().map { String($0.prefix(10)) }
            }
            #expect(dates == dates.sorted(by: >), "newest first on \(page): \(dates)")
        }
        let greer = try read(output, "people/evan-greer/index.html")
        #expect(greer.contains("<blockquote><p>…does nothing to end partnerships or address the concerns raised by grassroots activists."))
        #expect(greer.contains("and worker advocacy groups are demanding a permanent ban of their racist facial recogntion technology…</p>"))
    }

    @Test func anArticleDoesNotRepeatWhatItsBodyShowsAndListsEventsByDate() async throws {
        let output = temporaryFolder("bundled")
        defer { removeFolders(output) }
        try await build(repositoryRoot, into: output)
        let page = try read(output, "articles/amazons-one-year-ban-on-police-use-of/index.html")
        #expect(!page.contains("<h2 id=\"quotes\">"), "every quote of it stands in its body")
        let events = Self.section(page, from: "<h2 id=\"events\">", to: "</section>")
        let days = events.components(separatedBy: "<time datetime=\"").dropFirst().map { String($0.prefix(10)) }
        #expect(days == ["2018-07-26", "2020-06-08", "2020-06-10"])

        // The fixture's quotes are not in its body: they stay.
        let fixture = temporaryFolder("minimal")
        defer { removeFolders(fixture) }
        try await build(fixtures.appendingPathComponent("minimal"), into: fixture)
        let first = try read(fixture, "articles/first-win/index.html")
        #expect(first.contains("<blockquote><p>We won the first round.</p></blockquote>"))
    }

    @Test func theTimelineShowsWhatIsComingSoonestFirstThenWhatHappenedNewestFirst() async throws {
        let output = temporaryFolder("minimal")
        defer { removeFolders(output) }
        try await build(fixtures.appendingPathComponent("minimal"), into: output, today: Day(iso: "2020-06-08")!)
        let html = try read(output, "events/index.html")
        let upcoming = Self.section(html, from: "<h2 id=\"upcoming\">", to: "</section>")
        let past = Self.section(html, from: "<h2 id=\"past\">", to: "</section>")
        // The timeline links its events as `ID/`, their organizations and articles through `../`.
        func titles(_ part: String) -> [String] {
            Self.hrefs(part).filter { !$0.hasPrefix("../") }.map { String($0.dropLast()) }
        }
        #expect(titles(upcoming).prefix(2) == ["week-of-action", "council-vote"])
        #expect(titles(past) == ["launch"])
        let later = temporaryFolder("minimal")
        defer { removeFolders(later) }
        try await build(fixtures.appendingPathComponent("minimal"), into: later, today: Day(iso: "2030-01-01")!)
        let all = Self.section(try read(later, "events/index.html"), from: "<h2 id=\"past\">", to: "</section>")
        #expect(titles(all) == ["council-vote", "week-of-action", "launch"])
    }
}
