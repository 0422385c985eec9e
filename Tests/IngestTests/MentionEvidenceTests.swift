@testable import Content
import Testing
@testable import Ingest

/// What makes a registry name in a text a mention: its capitals, its place in the sentence, the
/// words around it, and for an event, the article's date and organizations.
@Suite struct MentionEvidenceTests {
    static let site: Site = {
        var site = testSite()
        let here = SourceLocation(file: "test.yaml")
        func org(_ id: String, _ name: String, _ aliases: [String] = []) -> Organization {
            Organization(id: id, name: name, aliases: aliases, kind: .coalition, url: nil, description: nil, logo: nil,
                         location: here)
        }
        func event(_ id: String, _ title: String, _ start: String, _ aliases: [String], _ organizations: [String]) -> Event {
            Event(id: id, title: title, start: Day(iso: start)!, end: nil, kind: nil, place: nil, isVirtual: false,
                  aliases: aliases, organizations: organizations, description: nil, location: here)
        }
        site.organizations += [
            org("demand-progress", "Demand Progress"), org("free-press", "Free Press"),
            org("eyes-on-amazon", "Eyes on Amazon"), org("biden-administration", "Biden administration"),
        ]
        site.events += [
            event("day-of-action", "Student day of action", "2021-06-20", ["national day of action"], ["fight-for-the-future"]),
            event("floyd", "George Floyd is killed", "2020-05-25", ["killing of George Floyd"], []),
            event("summit", "Autumn summit", "2021-09-01", ["Autumn Privacy Summit"], []),
            event("rally", "Rally at the capitol", "2021-06-12", [], ["fight-for-the-future"]),
        ]
        return site
    }()

    func article(_ text: String, title: String = "Title", date: String = "2021-05-19") -> Article? {
        outcome(text, title: title, date: date).article
    }

    func outcome(_ text: String, title: String = "Title", date: String = "2021-05-19") -> IngestOutcome {
        Ingester(site: Self.site).convert(RawSource(file: "sources/test.txt", text: "\(title)\n\(lede)\n\(text)\n",
                                                    sidecar: SourceSidecar(date: Day(iso: date)),
                                                    location: SourceLocation(file: "content/sources/test.txt")))
    }

    func organizations(_ text: String, title: String = "Title") -> [String] {
        article(text, title: title)?.organizations ?? []
    }

    @Test func everyCapitalizedWordOfANameMustBeCapitalized() {
        #expect(organizations("Workers protest Amazon Web Services, say a free press matters and demand progress.") == ["aws"])
        #expect(organizations("Residents keep eyes on Amazon and its contracts.") == ["amazon"])
        #expect(organizations("Demand Progress and Free Press signed, with Eyes On Amazon.")
            == ["demand-progress", "free-press", "eyes-on-amazon"])
        #expect(organizations("DEMAND PROGRESS SIGNS and the Biden Administration listens.")
            == ["demand-progress", "biden-administration"])
        #expect(organizations("Activists met the Biden administration.") == ["biden-administration"])
    }

    @Test func titleCaseHeadlinesStillName() {
        #expect(organizations("The letter went out.", title: "Demand Progress and Free Press Sign a Letter")
            == ["demand-progress", "free-press"])
    }

    @Test func aSentenceStartCapitalizesOnlyItsFirstWord() {
        #expect(organizations("Demand progress now, the marchers said.") == [])
        #expect(organizations("Free press advocates spoke.") == [])
        #expect(organizations("Demand Progress now leads the coalition.") == ["demand-progress"])
    }

    @Test func aOneWordNameOpeningASentenceAsAVerbNeedsMoreEvidence() {
        #expect(organizations("Ring the bell, said the organizer. Nobody came.") == [])
        #expect(organizations("They met. “Ring them all,” she said.") == [])
        #expect(organizations("Ring the bell, said the organizer. “Ring it twice” is a song.") == ["ring"])
        #expect(organizations("Ring in the new year. Police partner with Ring.") == ["ring"])
        #expect(organizations("“Amazon knows it is dangerous,” she said.") == ["amazon"])
        #expect(organizations("Ring sells cameras. Ring’s cameras are everywhere.") == ["ring"])
        #expect(organizations("Amazon, the retailer, agreed.") == ["amazon"])
        #expect(organizations("AWS in the cloud.") == ["aws"])
        let body = article("Ring up the sale. Police partner with Ring.")?.body ?? ""
        #expect(body.contains("[Ring](/organizations/ring/) up the sale. Police partner with Ring."))
    }

    @Test func anUnregisteredAffiliateIsNotItsParent() {
        #expect(organizations("Kade Crockford of the ACLU of Massachusetts spoke. The ACLU is grateful.") == [])
        #expect(organizations("According to the ACLU Massachusetts, the city voted.") == [])
        #expect(organizations("She worked with the Massachusetts chapter of the American Civil Liberties Union.") == [])
        let notes = outcome("The ACLU of West Virginia sued.").diagnostics.map(\.description)
        #expect(notes == ["content/sources/test.txt:3:5: note: 'ACLU of West Virginia' looks like an affiliate of "
            + "American Civil Liberties Union that is not in organizations.yaml; its mentions of American Civil "
            + "Liberties Union are left unlinked"])
    }

    @Test func namesFollowedByOtherWordsStayMentions() {
        #expect(organizations("The ACLU of Northern California spoke.") == ["aclu-norcal"])
        #expect(organizations("Evan Greer of Fight for the Future spoke.") == ["fight-for-the-future"])
        #expect(organizations("The ACLU in Massachusetts and the ACLU of the region spoke.") == ["aclu"])
        #expect(organizations("Amazon Virginia staff and Amazon of course agreed.") == ["amazon"])
        #expect(organizations("The ACLU of June 2020 was busy.") == ["aclu"])
    }

    @Test func anEventNamedByACommonPhraseNeedsItsOrganization() {
        #expect(article("Students plan a national day of action.")?.events == [])
        #expect(article("Fight for the Future plans a national day of action.")?.events == ["day-of-action"])
        let body = article("Students plan a national day of action.")?.body ?? ""
        #expect(!body.contains("/events/"))
    }

    @Test func anArticleCannotNameAnEventLongBeforeItIsAnnounced() {
        #expect(article("Fight for the Future plans a national day of action.", date: "2021-03-01")?.events == [])
        #expect(article("Fight for the Future plans a national day of action.", date: "2021-04-25")?.events
            == ["day-of-action"])
        #expect(article("The Autumn Privacy Summit is coming.")?.events == [])
        #expect(article("The Autumn Privacy Summit is coming.", date: "2021-08-01")?.events == ["summit"])
        #expect(article("The killing of George Floyd a year ago changed the debate.")?.events == ["floyd"])
    }

    @Test func anEventFoundByItsDateNeedsItsOrganizationToo() {
        #expect(article("People will hold a rally on June 12th.")?.events == [])
        #expect(article("Fight for the Future will hold a rally on June 12th.")?.events == ["rally"])
        #expect(article("Fight for the Future is rallying supporters on June 12th.")?.events == ["rally"])
        #expect(article("Fight for the Future is meeting supporters on June 12th.")?.events == [])
    }
}
