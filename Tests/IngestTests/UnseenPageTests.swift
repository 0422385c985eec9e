@testable import Content
import Testing
@testable import Ingest

/// Rules written for pages the loader had not seen (evaluation texts 61–75): what each removes or
/// reads, and the article text that looks like it and stays.
@Suite struct UnseenPageTests: ArticlePageReading, QuotationReading {
    @Test func aTipPleaGoesButAnArticleAboutTipsStays() {
        let plea = "Do you know the answers to these questions? Got a tip about police partnerships? Contact us securely on Signal."
        let article = "The police department said residents had sent more than 200 tips through the app since it started in March."
        let found = roles(page("\(plea)\n\(article)"))
        #expect(found[plea] == .removed)
        #expect(found[article] == .body)
    }

    @Test func aRepostersNotesGoButASentenceAboutSourcesStays() {
        let notes = ["This article has been indexed from Deeplinks", "Content was cut in order to protect the source.",
                     "Originally published at http://www.example.org/news/2020/06/24/ban"]
        let article = "The council indexed its cameras last year, and the source of the footage was never published."
        let found = roles(page((notes + [article]).joined(separator: "\n")))
        for note in notes { #expect(found[note] == .removed, "\(note)") }
        #expect(found[article] == .body)
    }

    @Test func aLabelledPromoGoesButALabelledSentenceStays() {
        let promo = "RELATED: IBM unveils tools to detect bias in artificial intelligence"
        let sentence = "Related: the council also voted to publish every contract it signs with a vendor."
        let found = roles(page("\(promo)\n\(sentence)"))
        #expect(found[promo] == .removed)
        #expect(reason(page(promo), promo) == "promo for another story (a label, then its headline)")
        #expect(found[sentence] == .body)
    }

    @Test func pageLandmarksGoButArticleLinesNamingContentStay() {
        let found = roles(page("Article Media\nMain Article Content\nThe content of the ordinance was published on Monday."))
        #expect(found["Article Media"] == .removed)
        #expect(found["Main Article Content"] == .removed)
        #expect(found["The content of the ordinance was published on Monday."] == .body)
    }

    @Test func aCallToWriteToOfficialsGoesButReportingOnOneStays() {
        let call = "Do you live in San Francisco? You can contact the Mayor and Board of Supervisors here and let them know: Don’t gut the ordinance!"
        let button = "TELL the mayor: we need protections against police surveillance"
        let report = "Residents told the mayor at the hearing that they want protections against police surveillance."
        let found = roles(page("\(call)\n\(button)\n\(report)"))
        #expect(found[call] == .removed)
        #expect(found[button] == .removed)
        #expect(found[report] == .body)
    }

    @Test func aLikeCountIsACommentWidget() {
        #expect(Cleaner.widgetReason("1 Like") == Cleaner.commentWidgetReason)
        #expect(Cleaner.widgetReason("12 likes") == Cleaner.commentWidgetReason)
        #expect(Cleaner.widgetReason("12 likes and shares show the post spread widely.") == nil)
    }

    @Test func aCaptionAboveItsCreditGoesButAParagraphAboveACreditStays() {
        let caption = "Map of 405 Ring partnerships."
        let scene = "Rep. Jane Doe listens to testimony before the committee on Capitol Hill in Washington, DC."
        let found = roles(page("\(caption)\nImage: Screenshot from blog.ring.co\n\(scene)\nPhoto: Pool (Getty"))
        #expect(found[caption] == .removed)
        #expect(found[scene] == .removed)
        #expect(reason(page("\(caption)\nImage: Screenshot from blog.ring.co"), caption) == "photo caption (above its credit)")
        // A paragraph of the article above an uncaptioned picture's credit stays.
        let paragraph = "The council voted eight to one, and the mayor is expected to sign the ordinance next week."
        #expect(roles(page("\(paragraph)\nPhoto: Pool (Getty"))[paragraph] == .body)
    }

    @Test func theStandfirstBelowAPhotoCreditStays() {
        let outcome = convert("""
            Amazon Defends Work On Police Face Recognition
            Edward Snowden privacy protest NSA US Washington © Rena Schild Shutterstock
            The ACLU and other civil liberties campaigners said Amazon Rekognition could turn into a mass surveillance tool
            Amazon has defended its work with police on face recognition, after campaigners said the technology was dangerous.
            \(secondParagraph)
            """)
        #expect(outcome.article?.subtitle?.hasPrefix("The ACLU and other civil liberties campaigners") == true)
    }

    @Test func theTitleWithAWordAddedIsAltTextButASubtitleIsNot() {
        #expect(Cleaner.isTitleWithAWordAdded("Council bans face surveillance thumbnail", title: "Council bans face surveillance"))
        #expect(!Cleaner.isTitleWithAWordAdded("Council bans face surveillance in every city department",
                                               title: "Council bans face surveillance"))
        #expect(!Cleaner.isTitleWithAWordAdded("Council bans face surveillance today.", title: "Council bans face surveillance"))
    }

    @Test func aDatelineWithATimeGivesTheDate() {
        let outcome = convert("""
            Law360 (June 10, 2020, 10:59 PM EDT) -- Amazon.com Inc. announced Wednesday that it is placing a one-year moratorium on police use of its tool.
            \(secondParagraph)
            """, date: nil)
        #expect(Cleaner.dateline("Law360 (June 10, 2020, 10:59 PM EDT) -- Amazon said") == Day(iso: "2020-06-10"))
        #expect(Cleaner.dateline("SEATTLE, June 10, 2020, 9:15 a.m. -- Amazon said") == Day(iso: "2020-06-10"))
        // A sentence that gives a date and a time is not a dateline.
        #expect(Cleaner.dateline("On June 10, 2020, 10:59 PM, Amazon said it would pause sales.") == nil)
        #expect(outcome.diagnostics.allSatisfy { !$0.message.contains("no publication date") })
    }

    @Test func theSpokeswomanSpeaksForTheCompanyTheTextJustNamed() {
        let found = quotes("""
            Amazon is one of many companies that sell facial recognition to the police.
            It matches photos uploaded by the customer. “Imagine if customers couldn't buy a computer,” the spokeswoman said.
            """)
        #expect(found == [Quote(text: "Imagine if customers couldn't buy a computer", organization: "amazon")])
        // Two companies named before: whose spokeswoman is not stated.
        #expect(quotes("""
            Amazon and Ring sell cameras to the police.
            “We follow the law,” the spokeswoman said.
            """).first?.organization == nil)
    }

    @Test func theGroupIsTheAdvocacyGroupTheTextJustNamed() {
        #expect(quotes("""
            Documents obtained by the ACLU show that Amazon marketed the tool to the police.
            “People should be free to walk down the street without being watched,” the organization writes.
            """).first?.organization == "aclu")
        // `the coalition` is many groups, not the one named.
        #expect(quotes("""
            The ACLU and 35 other organizations sent a letter to Amazon on Tuesday.
            The coalition wrote that the tool targets people “labeled suspicious by the government.”
            """).first?.organization == nil)
    }

    @Test func theCompanyLooksBackToTheParagraphBefore() {
        #expect(quotes("""
            Amazon has defended its work with police agencies on face recognition.
            The company said new technologies should not be banned “because some people could choose to abuse” it.
            """).first?.organization == "amazon")
        #expect(rules("""
            Amazon has defended its work with police agencies on face recognition.
            “We stand ready to help,” the spokeswoman said.
            """) == [AttributionShape.roleReference.rawValue])
    }

}

/// Two people who wrote one quotation together.
@Suite struct JointSpeakerTests: QuotationReading {
    @Test func theFirstOfTwoWritersNamedTogetherStandsForBoth() {
        #expect(quotes("“People should be free to walk down the street,” Evan Greer and Nicole Ozer wrote in a post.")
                    .first?.person == "evan-greer")
        #expect(convert("Title\n\(lede)\n“People should be free to walk,” Evan Greer and Nicole Ozer wrote.\n").attributions.map(\.rule)
                    == [AttributionShape.jointSpeakers.rawValue])
        // One writer named after the other's words: no pair, the writer speaks.
        #expect(quotes("Evan Greer spoke first. “People should be free to walk down the street,” Nicole Ozer wrote in a post.")
                    .first?.person == "nicole-ozer")
    }
}
