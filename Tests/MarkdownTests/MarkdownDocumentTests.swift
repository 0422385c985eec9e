import Markdown
import Testing

@Suite struct MarkdownDocumentTests {
    @Test func headingsGetStableUniqueAnchors() {
        let document = MarkdownDocument("# Hello, World!\n\n## Next steps\n\n## Next steps\n")
        #expect(document.headings.map(\.id) == ["hello-world", "next-steps", "next-steps-1"])
        #expect(document.headings.map(\.level) == [1, 2, 2])
        #expect(document.headings.map(\.line) == [1, 3, 5])
        #expect(document.html.contains(#"<h2 id="next-steps">Next steps</h2>"#))
        #expect(document.html.contains(#"<h2 id="next-steps-1">Next steps</h2>"#))
    }

    @Test func headingsKeepTheirInlineMarkup() {
        let document = MarkdownDocument("## The *ACLU* & `ICE`\n")
        #expect(document.headings.first?.text == "The ACLU & ICE")
        #expect(document.html.contains(#"<h2 id="the-aclu--ice">The <em>ACLU</em> &amp; <code>ICE</code></h2>"#))
    }

    @Test func rawHTMLAndJavaScriptURLsAreDroppedByDefault() {
        let source = "<script>alert(1)</script>\n\nText <b>bold</b> [x](javascript:alert(1))\n"
        let safe = MarkdownDocument(source)
        #expect(!safe.html.contains("<script>"))
        #expect(!safe.html.contains("<b>"))
        #expect(!safe.html.contains("javascript:"))
        let unsafe = MarkdownDocument(source, options: RenderOptions(unsafeHTML: true))
        #expect(unsafe.html.contains("<script>alert(1)</script>"))
        #expect(unsafe.html.contains("<b>bold</b>"))
    }

    /// Phone numbers in Markdown: a link or an autolink to `tel:`, which the URL policy allows.
    @Test func phoneAndTextLinksRender() {
        let document = MarkdownDocument("Call [(202) 224-3121](tel:+1-202-224-3121), <tel:+1-202-224-3121> or <sms:+15555550123>.\n",
                                        options: RenderOptions(pagePath: "take-action/"))
        #expect(document.html.contains(#"<a href="tel:+1-202-224-3121">(202) 224-3121</a>"#))
        #expect(document.html.contains(#"<a href="tel:+1-202-224-3121">tel:+1-202-224-3121</a>"#))
        #expect(document.html.contains(#"<a href="sms:+15555550123">sms:+15555550123</a>"#))
        #expect(document.links.map(\.destination) == ["tel:+1-202-224-3121", "tel:+1-202-224-3121", "sms:+15555550123"])
    }

    @Test func smartPunctuation() {
        let document = MarkdownDocument("\"Quoted\" -- it's done...\n")
        #expect(document.html.contains("“Quoted” – it’s done…"))
    }

    @Test func firstParagraphIsPlainTextOfTheFirstTopLevelParagraph() {
        let document = MarkdownDocument("# Title\n\n> A quote first.\n\nThe *real* lede,\nsplit over [two](x) lines.\n\nMore.\n")
        #expect(document.firstParagraph == "The real lede, split over two lines.")
        #expect(MarkdownDocument("# Only a title\n").firstParagraph == nil)
    }

    @Test func linksAreCollectedWithTheirPlace() {
        let document = MarkdownDocument("See [a](https://a.example/) and\n![logo](/assets/x.png) and [b](#part).\n")
        #expect(document.links.map(\.destination) == ["https://a.example/", "/assets/x.png", "#part"])
        #expect(document.links.map(\.isImage) == [false, true, false])
        #expect(document.links.map(\.line) == [1, 2, 2])
    }

    @Test func rootRelativeLinksBecomeRelativeToThePage() {
        let source = "[org](/organizations/acme/) [home](/) [ext](https://x.example/) [proto](//x.example/) [rel](../x/)"
            + " [tel](tel:+15555550123) [sms](sms:+15555550123) [mail](mailto:a@x.example) [part](#part) [query](?q=1)"
            + " [section](/about/#team)\n"
        let deep = MarkdownDocument(source, options: RenderOptions(pagePath: "articles/x/"))
        for kept in ["tel:+15555550123", "sms:+15555550123", "mailto:a@x.example", "#part", "?q=1"] {
            #expect(deep.html.contains("href=\"\(kept)\""), "\(kept)")
        }
        #expect(deep.html.contains(#"href="../../about/#team""#))
        #expect(deep.html.contains(#"href="../../organizations/acme/""#))
        #expect(deep.html.contains(#"href="../../""#))
        #expect(deep.html.contains(#"href="https://x.example/""#))
        #expect(deep.html.contains(#"href="//x.example/""#))
        #expect(deep.html.contains(#"href="../x/""#))
        let top = MarkdownDocument(source, options: RenderOptions(pagePath: ""))
        #expect(top.html.contains(#"href="organizations/acme/""#))
        #expect(top.html.contains(#"href="./""#))
        // Collected links keep what the author wrote.
        #expect(deep.links.first?.destination == "/organizations/acme/")
    }

    @Test func invalidUTF8IsReplacedNotFatal() {
        let document = MarkdownDocument("caf\u{00E9} ok\n")
        #expect(document.html == "<p>café ok</p>\n")
    }

    @Test func plainTextIsWhatAReaderSees() {
        #expect(MarkdownDocument.plainText("See [the agenda](https://x.example/a) and *the* **ban** `now`.")
                == "See the agenda and the ban now.")
        #expect(MarkdownDocument.plainText("snake_case_name stays, 2 * 3 * 4 stays, <https://x.example/>")
                == "snake_case_name stays, 2 * 3 * 4 stays, https://x.example/")
        #expect(MarkdownDocument.plainText("![logo](a.png) \\*literal\\* _it_") == "logo *literal* it")
        // Punctuation as written, soft breaks as spaces, blocks and list items apart.
        #expect(MarkdownDocument.plainText("Amazon's \"ban\" --\nnow.\n\n- one\n- two") == "Amazon's \"ban\" -- now.\n\none\n\ntwo")
    }
}
