@testable import Content
import Testing

/// YAML aliases that repeat a few values load; ones that would repeat millions ("billion laughs")
/// are an error at once, even as a mapping key, which Yams would hash whole and never finish.
@Suite(.timeLimit(.minutes(1))) struct YAMLAliasTests {
    /// Nine levels of nine aliases each: 387,420,489 values from ten lines.
    static let laughs = (1...9).map { level in
        "x\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
    }.joined()

    @Test func aliasesThatRepeatAFewValuesLoad() throws {
        let events = """
            - {id: rally, title: Rally, date: 2020-06-10, location: Boston, organizations: &both [fftf, aclu]}
            - {id: march, title: March, date: 2020-06-11, location: Boston, organizations: *both}

            """
        let organizations = "- {id: fftf, name: Fight for the Future}\n- {id: aclu, name: ACLU}\n"
        let site = try loadSite(["content/events.yaml": events, "content/organizations.yaml": organizations]).get()
        #expect(site.events.map(\.organizations) == [["fftf", "aclu"], ["fftf", "aclu"]])
    }

    @Test func aBillionLaughsIsAnError() throws {
        let site = "title: Test\nx0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + Self.laughs
        #expect(try errors(["content/site.yaml": site]) == [
            "content/site.yaml:7:10: error: invalid YAML: its aliases ('*name') repeat more than 100000 values; repeat fewer",
        ])
    }

    @Test func aBillionLaughsAsAMappingKeyIsAnErrorNotAHang() throws {
        let site = "title: Test\nx0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + Self.laughs + "? *l9\n: boom\n"
        #expect(try errors(["content/site.yaml": site]).count == 1)
    }

    /// Found by fuzzing: the duplicate key fails the reading without aliases, and the real reading
    /// would have hashed the billion laughs before finding it.
    @Test func aBillionLaughsAsAKeyBeforeADuplicateKeyIsAnErrorNotAHang() throws {
        let site = "title: Test\nx0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + Self.laughs + "? *l9\n: boom\ntitle: Again\n"
        #expect(try errors(["content/site.yaml": site]) == [
            "content/site.yaml:1:1: error: invalid YAML: duplicate key 'title'",
        ])
    }
}
