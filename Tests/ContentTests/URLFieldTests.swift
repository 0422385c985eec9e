import Content
import Foundation
import Testing

/// Every URL field of the registries, site.yaml, front matter and sidecars follows `URLPolicy`.
@Suite struct URLFieldTests {
    /// Each URL field, its value in a YAML double-quoted text.
    static let fields: [FieldCase] = [
        FieldCase(description: "organization url", file: "content/organizations.yaml",
                  template: "- id: a\n  name: A\n  url: \"VALUE\"\n", at: "3:8"),
        FieldCase(description: "event url", file: "content/events.yaml",
                  template: "- id: e\n  title: E\n  date: 2020-01-01\n  location: X\n  url: \"VALUE\"\n", at: "5:8"),
        FieldCase(description: "call_to_action url", file: "content/site.yaml",
                  template: "title: T\ncall_to_action:\n  title: Act\n  url: \"VALUE\"\n", at: "4:8"),
        FieldCase(description: "nav url", file: "content/site.yaml",
                  template: "title: T\nnav:\n  - title: News\n    url: \"VALUE\"\n", at: "4:10"),
        FieldCase(description: "article source.url", file: "content/articles/x.md",
                  template: "---\ntitle: X\ndate: 2020-01-01\nsource:\n  url: \"VALUE\"\n---\nBody\n", at: "5:8"),
        FieldCase(description: "sidecar url", file: "content/sources/s.yaml", template: "url: \"VALUE\"\n",
                  others: ["content/sources/s.txt": "A Title\n\nSome text of the story.\n"], at: "1:6"),
    ]

    /// The attacks of issue 10, as YAML writes them, and as a message shows them.
    static let refused: [(yaml: String, shown: String)] = [
        ("javascript:alert(1)", "javascript:alert(1)"),
        ("JaVaScRiPt:alert(1)", "JaVaScRiPt:alert(1)"),
        (#"java\tscript:alert(1)"#, #"java\tscript:alert(1)"#),
        (#"java\nscript:alert(1)"#, #"java\nscript:alert(1)"#),
        (" javascript:alert(1)", "javascript:alert(1)"),
        (#"\u0001javascript:alert(1)"#, #"\u{1}javascript:alert(1)"#),
        ("data:text/html,<script>alert(1)</script>", "data:text/html,<script>alert(1)</script>"),
        ("vbscript:msgbox(1)", "vbscript:msgbox(1)"),
        ("file:///etc/passwd", "file:///etc/passwd"),
    ]

    static let accepted = ["https://x.example/a?b=1#c", "http://x.example/", "mailto:press@x.example",
                           "tel:+15555550123", "sms:+15555550123", "#fragment", "?query", "//host.example/x",
                           "about/", "/take-action/", "&#106;avascript:alert(1)"]

    @Test(arguments: fields)
    func refusesEveryUnsafeURLAtItsFileAndLine(_ field: FieldCase) throws {
        for attack in Self.refused {
            let found = try errors(field.files(attack.yaml))
            let expected = "\(field.place): error: url '\(attack.shown)' is refused: "
                + "only http, https, mailto, tel, sms and relative URLs are allowed"
            #expect(found == [expected], "\(attack.yaml)")
        }
    }

    @Test(arguments: fields)
    func acceptsWebMailPhoneAndRelativeURLs(_ field: FieldCase) throws {
        for url in Self.accepted {
            #expect(try errors(field.files(url)) == [], "\(url)")
        }
    }

    @Test func shareCardImagesFollowThePolicyToo() throws {
        let found = try errors([
            "content/site.yaml": "title: T\nimage: \"javascript:alert(1)\"\n",
            "content/articles/x.md": "---\ntitle: X\ndate: 2020-01-01\nimage: \"data:image/png,x\"\n---\nBody\n",
        ])
        #expect(found.contains("content/site.yaml:2:8: error: image 'javascript:alert(1)' is refused: "
                               + "only http, https, mailto, tel, sms and relative URLs are allowed"))
        #expect(found.contains { $0.hasPrefix("content/articles/x.md:4:8: error: image 'data:image/png,x' is refused") })
    }

    @Test func aCharacterReferenceStaysTextAndIsNoScheme() throws {
        guard case .success(let site) = try loadSite(["content/organizations.yaml": "- id: a\n  name: A\n  url: \"&#106;avascript:x\"\n"])
        else { Issue.record("the site does not load"); return }
        // Output escapes `&`, so a browser reads this literally: a relative link, not `javascript:`.
        #expect(site.organizations.first?.url == "&#106;avascript:x")
    }

    @Test(arguments: ["https://exa mple.org/", "https://example.org/<x>/", "https://example.org/]]>",
                      "https://example.org/a&b/", "https://example.org/?a=1&b=2", "https://example.org/#top",
                      "https://example.org/it's/", "https://user@example.org/", "https:///campaign/",
                      "https:example.org", "ftp://example.org/", "javascript:alert(1)", "example.org",
                      "https://example.org:port/", "https://example.org/%zz/"])
    func refusesABaseURLThatIsNoPlainHTTPBase(_ url: String) throws {
        let found = try errors(["content/site.yaml": "title: T\nbaseURL: \"\(url)\"\n"])
        #expect(found == ["content/site.yaml:2:10: error: baseURL must be an absolute http(s) URL with a host and no "
                          + "query or fragment, such as 'https://example.org/campaign/', not '\(url)'"])
    }

    @Test(arguments: [("https://example.org", "https://example.org/"),
                      ("http://localhost:8080/sub", "http://localhost:8080/sub/"),
                      ("HTTPS://Example.org/~team/%C3%A9t%C3%A9/", "HTTPS://Example.org/~team/%C3%A9t%C3%A9/")])
    func acceptsAPlainHTTPBase(_ url: String, _ base: String) throws {
        guard case .success(let site) = try loadSite(["content/site.yaml": "title: T\nbaseURL: \"\(url)\"\n"])
        else { Issue.record("\(url) is refused"); return }
        #expect(site.config.baseURL == base)
    }
}
