import Content
import Testing
@testable import Ingest

@Suite struct MentionTests {
    func organizations(_ text: String) -> [String] {
        convert("Title\n\(lede)\n\(text)\n").article?.organizations ?? []
    }

    @Test func namesMatchIgnoringCaseSpacingAndPunctuation() {
        #expect(organizations("MPowerChange and Mpower Change and M-Power Change joined.") == ["mpower-change"])
    }

    @Test func longestNameWinsAndWholeWordsOnly() {
        #expect(organizations("The ACLU of Northern California spoke.") == ["aclu-norcal"])
        #expect(organizations("Amazon Web Services sells Rekognition.") == ["aws"])
        #expect(organizations("The Amazonian forest and the ACLUX group.") == [])
    }

    @Test func possessivesAndCaseRulesForOneWordNames() {
        #expect(organizations("Amazon’s plan and Amazon's doorbell Ring.") == ["amazon", "ring"])
        #expect(organizations("They ring the bell and skate on ice.") == [])
        #expect(organizations("They cut ties with ICE.") == [])
    }

    @Test func acronymsTheTextDefines() {
        #expect(organizations("Immigrations and Customs Enforcement (ICE) agents came. Later ICE left.") == ["ice"])
        let body = convert("Title\n\(lede)\nImmigration and Customs Enforcement (ICE) agents came. Later ICE left.\n").article?.body ?? ""
        #expect(body.contains("[Immigration and Customs Enforcement](/organizations/ice/) (ICE) agents came. Later ICE left."))
    }

    @Test func personMentionsCountForTheirOrganizationAndSurnamesFollow() {
        let article = convert("Title\n\(lede)\nEvan Greer spoke first. Later Greer spoke again.\n").article
        #expect(article?.people == ["evan-greer"])
        #expect(article?.organizations == ["fight-for-the-future"])
    }

    @Test func eventsByAliasAndByDateWithAWordOfTheEvent() {
        let article = convert("Title\n\(lede)\nThe groups hold a week of action June 7th - June 11th and a virtual protest on June 10th.\n").article
        #expect(article?.events == ["week-of-action", "virtual-protest"])
        let expiry = convert("Title\n\(lede)\nThe ban was to expire on June 10, 2021, the company said.\n").article
        #expect(expiry?.events == ["expiry"])
    }

    @Test func unknownNamesAreSuggestedWithFileAndLine() {
        let outcome = convert("Title\n\nThe group worked with Students for a Sensible Drug Policy on campus.\n")
        #expect(outcome.diagnostics.map(\.description) == [
            "content/sources/test.txt:3:23: note: 'Students for a Sensible Drug Policy' looks like an organization that is not in organizations.yaml",
        ])
    }

    @Test func firstMentionIsLinkedOnce() {
        let body = convert("Title\n\(lede)\nAmazon did it. Amazon did it again.\n").article?.body
        #expect(body == lede + "\n\n[Amazon](/organizations/amazon/) did it. Amazon did it again.\n")
    }
}
