import Foundation

/// What `Explanation.json` writes; absent values are null, so every key is always there.
struct ExplanationReport: Encodable {
    struct Line: Encodable {
        var line: Int
        var kept: Bool
        var role: String
        var rule: String
    }

    struct Quote: Encodable {
        var text: String
        var person: String?
        var organization: String?
        var line: Int
        var rule: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(person, forKey: .person)
            try container.encode(organization, forKey: .organization)
            try container.encode(line, forKey: .line)
            try container.encode(rule, forKey: .rule)
        }

        enum CodingKeys: String, CodingKey {
            case text, person, organization, line, rule
        }
    }

    var file: String
    var errors: [String]
    var title, subtitle, date, updated, author, publisher, contact: String?
    var lines: [Line]
    var organizations, people, events: [String]
    var quotes: [Quote]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(errors, forKey: .errors)
        for (key, value) in [(CodingKeys.title, title), (.subtitle, subtitle), (.date, date), (.updated, updated),
                             (.author, author), (.publisher, publisher), (.contact, contact)] {
            try container.encode(value, forKey: key)
        }
        try container.encode(lines, forKey: .lines)
        try container.encode(organizations, forKey: .organizations)
        try container.encode(people, forKey: .people)
        try container.encode(events, forKey: .events)
        try container.encode(quotes, forKey: .quotes)
    }

    enum CodingKeys: String, CodingKey {
        case file, errors, title, subtitle, date, updated, author, publisher, contact, lines, organizations, people, events, quotes
    }
}
