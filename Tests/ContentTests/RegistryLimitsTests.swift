@testable import Content
import Testing

/// README's "Limits" on registries: beyond them an error at the file and line of the value.
@Suite struct RegistryLimitsTests {
    static func organization(name: String = "Fight for the Future", aliases: [String] = [], description: String = "A group.") -> String {
        """
        - id: fftf
          name: "\(name)"
          aliases: [\(aliases.map { "\"\($0)\"" }.joined(separator: ", "))]
          description: "\(description)"

        """
    }

    @Test func entriesAtTheLimitsLoad() throws {
        let aliases = (0..<Limits.aliasesPerEntry).map { "Alias \($0) " + String(repeating: "x", count: Limits.nameCharacters - 10) }
        let yaml = Self.organization(name: String(repeating: "n", count: Limits.nameCharacters), aliases: aliases,
                                     description: String(repeating: "d", count: Limits.fieldCharacters))
        let site = try loadSite(["content/organizations.yaml": yaml]).get()
        #expect(site.organizations.first?.aliases.count == Limits.aliasesPerEntry)
    }

    @Test func tooManyAliases() throws {
        let yaml = Self.organization(aliases: (0...Limits.aliasesPerEntry).map { "Alias \($0)" })
        #expect(try errors(["content/organizations.yaml": yaml]) == [
            "content/organizations.yaml:3:12: error: 'aliases' has 51 entries; the limit is 50",
        ])
    }

    @Test func aliasNameAndFieldTooLong() throws {
        let yaml = Self.organization(name: String(repeating: "n", count: 201), aliases: ["FFTF", String(repeating: "a", count: 250)],
                                     description: String(repeating: "d", count: 10_001))
        #expect(try errors(["content/organizations.yaml": yaml]) == [
            "content/organizations.yaml:2:9: error: 'name' is 201 characters long; the limit is 200",
            "content/organizations.yaml:4:16: error: 'description' is 10001 characters long; the limit is 10000",
            "content/organizations.yaml:3:21: error: an alias is 250 characters long; the limit is 200",
        ])
    }

    @Test func peopleAndEventsHaveTheSameLimits() throws {
        let long = String(repeating: "a", count: 201)
        let files = [
            "content/people.yaml": "- {id: jane, name: Jane Doe, aliases: [\(long)]}\n",
            "content/events.yaml": "- {id: rally, title: \(long), date: 2020-06-10, location: Boston}\n",
        ]
        #expect(try errors(files) == [
            "content/people.yaml:1:40: error: an alias is 201 characters long; the limit is 200",
            "content/events.yaml:1:22: error: 'title' is 201 characters long; the limit is 200",
        ])
    }
}
