@testable import Content
import Testing
@testable import Ingest

/// Rules written from the development texts 161–180 (pages with rich or unusual headers): what
/// each removes or reads, and the article text that looks like it and stays.
@Suite struct HeaderRichPageTests: ArticlePageReading {
    @Test func anAddressAloneAndItsLabelGoButASentenceNamingAnAddressStays() {
        let label = "SEE: Motherboard - Ring Cameras Are Going to Get More People Killed"
        let address = "https://www.example.com/en/article/3adj59/ring-cameras-are-going-to-get-more-people-killed"
        let sentence = "The full ordinance is posted at https://www.example.gov/ordinance for residents to read."
        let outcome = page("\(label)\n\(address)\n\(sentence)")
        #expect(reason(outcome, address) == Cleaner.bareAddressReason)
        #expect(reason(outcome, label) == Cleaner.linkLabelReason)
        #expect(roles(outcome)[sentence] == .body)
    }

    @Test func aParagraphAboveAnAddressStays() {
        // A sentence above an address is the article introducing it, not a link's label.
        let paragraph = "The council published the ordinance and the vote's record on its website."
        let outcome = page("\(paragraph)\nhttps://www.example.gov/ordinance")
        #expect(roles(outcome)[paragraph] == .body)
        #expect(roles(outcome)["https://www.example.gov/ordinance"] == .removed)
    }

    @Test func theTitleAboveItsSourcesAddressStays() {
        let outcome = convert("IBM quits facial recognition, joins call for police reforms\nhttps://apnews.com/5ee4450df46d2d96bf85d7db683bb0a6\nARMONK, N.Y. (AP) — IBM says it is getting out of the facial recognition business over concern about how it can be used for mass surveillance.\n\(secondParagraph)\n")
        #expect(outcome.article?.title == "IBM quits facial recognition, joins call for police reforms")
        #expect(roles(outcome)["https://apnews.com/5ee4450df46d2d96bf85d7db683bb0a6"] == .removed)
    }

    @Test func aStripOfLabelsGoesButAHeadlineBetweenBarsStays() {
        let strip = "|| Facial Recognition || Media Article || Short (5 min or less)"
        let outcome = convert("Amazon will block police indefinitely from using its facial recognition software\n\(strip)\nNearly a year ago, Amazon said it would stop providing its facial recognition software to police for a year, and now the block will stay.\n\(secondParagraph)\n")
        #expect(reason(outcome, strip) == Cleaner.labelStripReason)
        #expect(Cleaner.isLabelStrip("Home | News | Technology | Opinion"))
        #expect(!Cleaner.isLabelStrip("Amazon will block police from using its face software | Tech | The Site"))
        #expect(!Cleaner.isLabelStrip("Votes: 8 yes | 1 no"))
        #expect(!Cleaner.isLabelStrip("The vote was close. | It passed. | The mayor signed it."))
    }

    @Test func aDateRepeatedUnderAListsItemsGoesButTheArticlesDateStays() {
        let outcome = convert("""
            Brad Smith on the path forward for technology and police
            June 11, 2020
            Microsoft president Brad Smith says the company will not sell the tools to police until there is a national law in place.
              • Jun 11
            Microsoft President Brad Smith says the company is thinking about ways to address racial injustice at this time.
              • Jun 11
            Microsoft President Brad Smith says a concerted partnership by governments will be the key to the great problems.

            """, date: nil)
        #expect(outcome.decisions.first { $0.line.text.hasSuffix("• Jun 11") }?.reason == Cleaner.repeatedStampReason)
        #expect(outcome.article?.date == Day(iso: "2020-06-11"))
        // One date after the article began is not a list's stamp.
        let once = page("June 12, 2020")
        #expect(reason(once, "June 12, 2020") != Cleaner.repeatedStampReason)
    }
}

/// Registry names as plain-text copies spell them: without accents, and without a middle initial.
@Suite struct NameVariantTests {
    let here = SourceLocation(file: "test.yaml")

    func matcher() -> MentionMatcher {
        MentionMatcher(
            organizations: [Organization(id: "mujeres", name: "Mujeres Latinas en Acción", aliases: [], kind: .coalition,
                                         url: nil, description: nil, logo: nil, location: here)],
            people: [Person(id: "jeff-bezos", name: "Jeff Bezos", aliases: ["Jeffrey P. Bezos"], organization: nil, role: nil,
                            location: here)],
            events: [])
    }

    @Test func aNameWithoutItsAccentsOrMiddleInitialIsTheRegistrys() {
        let found = matcher().mentions(in: "Mujeres Latinas en Accion joined the suit, and Jeffrey Bezos was sent the letter.").map(\.entity)
        #expect(found == [.organization("mujeres"), .person("jeff-bezos")])
    }

    @Test func anotherFirstNameOrAWordLeftOutIsNot() {
        #expect(matcher().mentions(in: "Jeffrey Smith and Mujeres Latinas joined the suit.").isEmpty)
        #expect(NameVariants.of("Jeffrey P. Bezos", isPerson: true) == ["Jeffrey P. Bezos", "Jeffrey Bezos"])
        #expect(NameVariants.of("P. Diddy", isPerson: true) == ["P. Diddy"])
        #expect(NameVariants.of("ACLU of Northern California", isPerson: false) == ["ACLU of Northern California"])
    }
}
