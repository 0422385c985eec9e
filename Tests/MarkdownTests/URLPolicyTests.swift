import Markdown
import Testing

@Suite struct URLPolicyTests {
    /// What browsers strip before they read the scheme, and what they do not.
    @Test(arguments: [
        ("javascript:alert(1)", "javascript"), ("JaVaScRiPt:alert(1)", "javascript"),
        ("java\tscript:alert(1)", "javascript"), ("java\nscr\ript:alert(1)", "javascript"),
        (" javascript:alert(1)", "javascript"), ("\u{0}\u{1}\u{1F} javascript:alert(1)", "javascript"),
        ("data:text/html,<script>alert(1)</script>", "data"), ("vbscript:msgbox(1)", "vbscript"),
        ("HTTPS://x.example/", "https"), ("web+app.x-1:y", "web+app.x-1"), ("C:\\x", "c"),
    ])
    func findsTheSchemeABrowserReads(_ url: String, _ scheme: String) {
        #expect(URLPolicy.scheme(of: url) == scheme)
    }

    @Test(arguments: ["about/", "/x:y", "#a:b", "?q=a:b", "//host.example/", "&#106;avascript:alert(1)",
                      "java script:x", "1http:x", "\u{A0}javascript:x", "javascript%3Aalert(1)", ":x", ""])
    func aURLWithoutASchemeIsRelative(_ url: String) {
        #expect(URLPolicy.scheme(of: url) == nil)
        #expect(URLPolicy.allows(url))
    }

    @Test func allowsWebMailPhoneAndTextOnly() {
        for url in ["http://x.example/", "https://x.example/", "mailto:a@x.example", "tel:+15555550123", "sms:+15555550123"] {
            #expect(URLPolicy.allows(url), "\(url)")
        }
        for url in ["javascript:x", "data:image/png;base64,AAAA", "vbscript:x", "file:///etc/passwd", "ftp://x.example/"] {
            #expect(!URLPolicy.allows(url), "\(url)")
        }
        #expect(URLPolicy.problem(with: "java\tscript:\u{1}x")
                == #"'java\tscript:\u{1}x' is refused: only http, https, mailto, tel, sms and relative URLs are allowed"#)
        #expect(URLPolicy.problem(with: "tel:+1") == nil)
    }

    @Test func markdownLinksAndImagesFollowThePolicy() {
        let refused = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)",
                       "&#x6A;ava&#x09;script:alert(1)", "vbscript:msgbox(1)", "data:text/html,x",
                       "data:image/png;base64,AAAA", "ftp://x.example/f", "file:///etc/passwd"]
        for url in refused {
            let document = MarkdownDocument("[link](<\(url)>) ![image](<\(url)>)\n")
            #expect(document.html == "<p><a href=\"\">link</a> <img src=\"\" alt=\"image\" /></p>\n", "\(url)")
            // The links keep what was written, for messages.
            #expect(document.links.count == 2)
        }
        let allowed = ["https://x.example/", "mailto:a@x.example", "tel:+15555550123", "sms:+15555550123",
                       "#part", "?q=1", "//x.example/", "../x/"]
        for url in allowed {
            #expect(MarkdownDocument("[link](\(url))\n").html == "<p><a href=\"\(url)\">link</a></p>\n")
        }
    }

    @Test func anOptedInSiteKeepsEveryURL() {
        let document = MarkdownDocument("[f](ftp://x.example/f) [j](javascript:alert(1))\n",
                                        options: RenderOptions(unsafeHTML: true))
        #expect(document.html.contains(#"href="ftp://x.example/f""#))
        #expect(document.html.contains(#"href="javascript:alert(1)""#))
    }
}
