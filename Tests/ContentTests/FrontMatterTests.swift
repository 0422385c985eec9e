@testable import Content
import Testing

@Suite struct FrontMatterTests {
    func split(_ text: String) -> FrontMatter? {
        FrontMatter(text: text, path: "a.md", sink: DiagnosticSink())
    }

    @Test func theYAMLAndTheBodyAndTheBodysFirstLine() throws {
        let document = try #require(split("---\ntitle: A\ndate: 2020-01-01\n---\nBody\n\nMore\n"))
        #expect(document.yaml.text == "title: A\ndate: 2020-01-01")
        #expect(document.yaml.firstLine == 2)
        #expect(document.body == "Body\n\nMore\n")
        #expect(document.bodyLine == 5)
    }

    @Test func edgesOfTheFormat() throws {
        let empty = try #require(split("---\n---\nBody"))
        #expect(empty.yaml.text == "" && empty.body == "Body" && empty.bodyLine == 3)
        let noBody = try #require(split("--- \ntitle: A\n...  "))
        #expect(noBody.yaml.text == "title: A" && noBody.body == "" && noBody.bodyLine == 4)
        let none = try #require(split("Just text\n---\n"))
        #expect(none.yaml.text == "" && none.body == "Just text\n---\n" && none.bodyLine == 1)
        #expect(split("") != nil)
        let sink = DiagnosticSink()
        #expect(FrontMatter(text: "---\ntitle: A\n", path: "a.md", sink: sink) == nil)
        #expect(sink.diagnostics.map(\.description) == ["a.md:1:1: error: front matter opened with '---' is never closed with a '---' line"])
    }
}
