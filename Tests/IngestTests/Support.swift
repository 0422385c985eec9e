@testable import Content
import Foundation
@testable import Ingest

/// A small registry for rule tests.
func testSite(sitePatterns: [String] = []) -> Site {
    let here = SourceLocation(file: "test.yaml")
    func org(_ id: String, _ name: String, _ aliases: [String] = [], _ kind: OrganizationKind = .coalition) -> Organization {
        Organization(id: id, name: name, aliases: aliases, kind: kind, url: nil, description: nil, logo: nil, location: here)
    }
    let config = SiteConfig(title: "T", description: nil, baseURL: nil, language: "en", nav: [], callToAction: nil,
                            unsafeHTML: false, archived: false, ingestRemovePatterns: sitePatterns)
    return Site(
        config: config,
        organizations: [
            org("amazon", "Amazon", [], .company), org("aws", "Amazon Web Services", ["AWS"], .company),
            org("ring", "Ring", [], .company), org("aclu", "American Civil Liberties Union", ["ACLU"]),
            org("aclu-norcal", "ACLU of Northern California"), org("mpower-change", "MPower Change"),
            org("ice", "Immigration and Customs Enforcement", ["Immigrations and Customs Enforcement"], .government),
            org("fight-for-the-future", "Fight for the Future"), org("daily-news", "Daily News", [], .media),
        ],
        people: [
            Person(id: "evan-greer", name: "Evan Greer", aliases: [], organization: "fight-for-the-future",
                   role: "Deputy Director", location: here),
            Person(id: "nicole-ozer", name: "Nicole Ozer", aliases: [], organization: "aclu-norcal", role: nil,
                   location: here),
        ],
        events: [
            Event(id: "week-of-action", title: "Week of action", start: Day(iso: "2021-06-07")!, end: Day(iso: "2021-06-11")!,
                  kind: nil, place: nil, isVirtual: false, aliases: ["week of action"], organizations: [],
                  description: nil, location: here),
            Event(id: "virtual-protest", title: "Virtual protest", start: Day(iso: "2021-06-10")!, end: nil, kind: nil,
                  place: nil, isVirtual: true, aliases: [], organizations: [], description: nil, location: here),
            Event(id: "expiry", title: "Moratorium expires", start: Day(iso: "2021-06-10")!, end: nil, kind: nil,
                  place: nil, isVirtual: false, aliases: [], organizations: [], description: nil, location: here),
        ],
        articles: [], pages: [], assets: [])
}

func convert(_ text: String, date: String? = "2021-05-19", sitePatterns: [String] = []) -> IngestOutcome {
    let sidecar = date.map { SourceSidecar(date: Day(iso: $0)) }
    return Ingester(site: testSite(sitePatterns: sitePatterns))
        .convert(RawSource(file: "sources/test.txt", text: text, sidecar: sidecar,
                           location: SourceLocation(file: "content/sources/test.txt")))
}

func roles(_ outcome: IngestOutcome) -> [String: LineDecision.Role] {
    Dictionary(outcome.decisions.map { ($0.line.text, $0.role) }, uniquingKeysWith: { a, _ in a })
}

let lede = "The coalition delivered its petition to the company on Tuesday, with thousands of signatures from members."

/// Two paragraphs for header tests: the titles they use share words with them.
let twoParagraphs = """
    The city council voted on Tuesday to pause face surveillance until the coalition's review is done.
    \(lede)
    """

/// Why the line with this text went where it went.
func reason(_ outcome: IngestOutcome, _ text: String) -> String? {
    outcome.decisions.first { $0.line.text == text }?.reason
}

/// The title read from a text that opens with `header` above `twoParagraphs`.
func titleRead(_ header: String) -> String? {
    convert("\(header)\n\(twoParagraphs)\n").article?.title
}

/// Two more paragraphs of the lede's article, for rules that look at a line's neighbours.
let secondParagraph = "The ban takes effect in July, and it covers every city department, the council said on Tuesday."
let thirdParagraph = "Officials said the vote followed months of hearings where residents testified against the cameras."

/// Suites that read a page made of a title, the lede, the lines under test and two more paragraphs.
protocol ArticlePageReading {}

extension ArticlePageReading {
    func page(_ lines: String) -> IngestOutcome {
        convert("Council bans face surveillance\n\(lede)\n\(lines)\n\(secondParagraph)\n\(thirdParagraph)\n")
    }
}

/// Suites that read the quotations of paragraphs after a title and the lede.
protocol QuotationReading {}

extension QuotationReading {
    func quotes(_ paragraphs: String) -> [Quote] {
        convert("Title\n\(lede)\n\(paragraphs)\n").article?.quotes ?? []
    }

    /// Each quotation with the rule `--explain` prints for it.
    func rules(_ paragraphs: String) -> [String] {
        convert("Title\n\(lede)\n\(paragraphs)\n").attributions.map(\.rule)
    }
}
