import Testing
@testable import Templates

/// The news list's page numbers: a window around the current page, so that a site of thousands of
/// list pages does not link each of them from every one.
@Suite struct PaginationTests {
    func window(_ current: Int, of total: Int) -> String {
        PageContexts.pageWindow(current: current, total: total).map { $0.map(String.init) ?? "…" }.joined(separator: " ")
    }

    @Test func aShortListShowsEveryPage() {
        #expect(window(1, of: 1) == "")
        #expect(window(1, of: 2) == "1 2")
        #expect(window(3, of: 7) == "1 2 3 4 5 6 7")
    }

    @Test func aLongListShowsTheEndsAndTheNeighbours() {
        #expect(window(1, of: 5_000) == "1 2 3 … 5000")
        #expect(window(50, of: 100) == "1 … 48 49 50 51 52 … 100")
        #expect(window(5_000, of: 5_000) == "1 … 4998 4999 5000")
        // One number left out is shown rather than an ellipsis standing for it.
        #expect(window(5, of: 10) == "1 2 3 4 5 6 7 … 10")
    }
}
