import Markdown
import Testing

@Suite struct AnchorSluggerTests {
    @Test func slugsFollowGitHubStyle() {
        #expect(AnchorSlugger.slug("What's next?") == "whats-next")
        #expect(AnchorSlugger.slug("Ação directa") == "ação-directa")
        #expect(AnchorSlugger.slug("2021 — the year") == "2021--the-year")
        #expect(AnchorSlugger.slug("!!!") == "section")
    }

    @Test func repeatsAreNumbered() {
        var slugger = AnchorSlugger()
        #expect(["A", "A", "A"].map { slugger.unique(for: $0) } == ["a", "a-1", "a-2"])
    }
}
