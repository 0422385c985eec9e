import Content
import Testing
@testable import Ingest

/// What follows the article's last paragraph of prose, told by place and shape (ArticleEnd.swift),
/// and the article's own closing lines shaped like it, which stay.
@Suite struct ArticleEndTests {
    private func afterTheEnd(_ outcome: IngestOutcome, _ text: String) -> Bool {
        reason(outcome, text)?.hasPrefix("after the article's end") == true
    }

    @Test func shortLinesWithNoneOfTheArticlesWordsGo() {
        let outcome = convert("""
            Council pauses face surveillance
            \(lede)
            \(secondParagraph)
            \(thirdParagraph)
            Weather Radar Maps
            Podcasts
            Tags:
            Obituaries Classifieds Jobs
            Print edition archive
            """)
        for line in ["Weather Radar Maps", "Podcasts", "Obituaries Classifieds Jobs", "Print edition archive"] {
            #expect(afterTheEnd(outcome, line), "\(line)")
        }
        #expect(outcome.article?.body.hasSuffix("against the cameras.\n") == true)
    }

    @Test func aPleaToTheReaderGoesWhenTheArticleNeverAddressedThem() {
        let outcome = convert("""
            Council pauses face surveillance
            \(lede)
            \(secondParagraph)
            Want stories like this each week? They are all on our page for readers like yourself.
            Did you enjoy this? Tell a friend about us.
            """)
        #expect(afterTheEnd(outcome, "Want stories like this each week? They are all on our page for readers like yourself."))
        #expect(afterTheEnd(outcome, "Did you enjoy this? Tell a friend about us."))
    }

    @Test func anArticleThatSpeaksToItsReaderKeepsItsLastWords() {
        let outcome = convert("""
            What the ban means for you
            If you live in the city, the council's pause on face surveillance means the police cannot scan your face.
            \(secondParagraph)
            If you have questions, you can ask at any library branch.
            """)
        #expect(roles(outcome)["If you have questions, you can ask at any library branch."] == .body)
    }

    @Test func aParagraphThatSaysYouButSpeaksOfTheArticleStays() {
        let outcome = convert("""
            The coalition publishes a report on surveillance
            The coalition said on Tuesday that it would publish a weekly report on face surveillance to its members.
            \(lede)
            You can read the coalition's report on surveillance at its office each week, the coalition said.
            """)
        #expect(roles(outcome)["You can read the coalition's report on surveillance at its office each week, the coalition said."] == .body)
    }

    @Test func theArticlesShortClosingLinesStay() {
        let outcome = convert("""
            Council pauses face surveillance
            \(lede)
            \(secondParagraph)
            The cities that have banned face surveillance:
            Somerville
            Oakland
            San Francisco
            Two years later, it was over.
            “We won.”
            Myaisha Hayes via Common Dreams
            """)
        let found = roles(outcome)
        for line in ["Somerville", "Oakland", "San Francisco", "“We won.”", "Myaisha Hayes via Common Dreams",
                     "Two years later, it was over."] {
            #expect(found[line] == .body, "\(line)")
        }
    }

    @Test func aSpeakerOverAQuotationAndAQuotationsLastLineStay() {
        let outcome = convert("""
            Council pauses face surveillance
            \(lede)
            \(secondParagraph)
            Greer, deputy director
            Ozer says:
            “The council did the right thing.
            Other cities should follow.”
            """)
        #expect(outcome.decisions.allSatisfy { $0.role != .removed })
    }

    @Test func aTitleBelowThePagesOpeningParagraphsIsFoundWhenNoneIsGiven() {
        let text = """
            Jun 25, 2020 | Source
            BREAKING: Congress just introduced a bill to ban face surveillance. Send a message now to tell your members of Congress to pass it.
            Face surveillance is biased, invasive, and it violates my basic rights. I urge you to pass legislation that bans it.
            Members of Congress just introduced a bill to ban face surveillance!1
            Today, members of Congress introduced a bill in the Senate and House that bans face surveillance by federal police.
            The bill also withholds federal money from any police department that keeps using face surveillance after it passes.
            """
        let outcome = convert(text, date: nil)
        #expect(outcome.article?.title == "Members of Congress just introduced a bill to ban face surveillance!")
        #expect(reason(outcome, "Face surveillance is biased, invasive, and it violates my basic rights. I urge you to pass legislation that bans it.")
                == "page furniture above the title")
        #expect(outcome.article?.body.hasPrefix("Today, members of Congress") == true)
    }

    @Test func aTextOpeningWithItsArticleStillHasNoTitle() {
        // A subheading below the lede is not a title: lines above a title go, and these are the article's.
        let outcome = convert("""
            The city council voted on Tuesday to pause face surveillance until the coalition's review is done.
            What the council's pause on face surveillance covers in the city
            \(lede)
            \(secondParagraph)
            """)
        #expect(outcome.article == nil)
        #expect(outcome.diagnostics.first?.message.contains("no title line") == true)
    }

    @Test func aLineIsTheTitleASidecarGivesOnlyWhenItSaysTheSame() {
        func converted(_ text: String) -> IngestOutcome {
            let sidecar = SourceSidecar(title: "Council pauses face surveillance", date: Day(iso: "2021-05-19"))
            return Ingester(site: testSite()).convert(RawSource(file: "sources/test.txt", text: text, sidecar: sidecar,
                                                                location: SourceLocation(file: "content/sources/test.txt")))
        }
        let untitled = converted("""
            Source: Janie Har
            \(lede)
            \(secondParagraph)
            """)
        #expect(!untitled.decisions.contains { $0.role == .title })
        #expect(roles(untitled)["Source: Janie Har"] == .body)
        let titled = converted("""
            Council pauses face surveillance - The Daily Ledger
            \(lede)
            \(secondParagraph)
            """)
        #expect(titled.decisions.first?.role == .title)
        #expect(titled.article?.title == "Council pauses face surveillance")
    }
}
