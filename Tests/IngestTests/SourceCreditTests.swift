@testable import Ingest
import Testing

/// A copied article's credit line, read only where a line states it.
@Suite struct SourceCreditTests {
    @Test func readsThePublisherALineStates() {
        #expect(SourceCredit.read(["The post Amazon extends its ban appeared first on Common Dreams."])
            == SourceCredit(publisher: "Common Dreams"))
        #expect(SourceCredit.read(["Originally published by ValueWalk"]) == SourceCredit(publisher: "ValueWalk"))
        #expect(SourceCredit.read(["This article was originally published in The Boston Globe, June 10, 2020."])
            == SourceCredit(publisher: "The Boston Globe"))
        #expect(SourceCredit.read(["This story first appeared on FOX Business on June 11, 2021."])
            == SourceCredit(publisher: "FOX Business"))
    }

    @Test func readsTheAddressALineStates() {
        #expect(SourceCredit.read(["Originally published at https://news.example/a/b."])
            == SourceCredit(url: "https://news.example/a/b"))
    }

    @Test func anythingElseIsNoCredit() {
        #expect(SourceCredit.read(["Read more on Fox Business", "Source: Read Full Article", "Common Dreams"]) == nil)
        #expect(SourceCredit.read(["Originally published at javascript:alert(1)"]) == nil)
        #expect(SourceCredit.read(["originally published by a reader who asked us to share this long story"]) == nil)
    }
}
