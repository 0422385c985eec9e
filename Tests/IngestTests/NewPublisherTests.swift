@testable import Content
import Testing
@testable import Ingest

/// Rules written from the development texts 141–160 (publishers the set lacked): what each removes
/// or reads, and the article text that looks like it and stays.
@Suite struct NewPublisherTests: ArticlePageReading {
    @Test func aHeadlinesWidgetGoesButASentenceAboutTheHourStays() {
        let widget = ["Latest Headlines", "46 minutes ago in Local", "More From Q97.9", "Share this post", "In case you missed it."]
        let sentence = "Two hours ago in Local 32's hall, workers voted to back the ban."
        let found = roles(page((widget + [sentence]).joined(separator: "\n")))
        for line in widget { #expect(found[line] == .removed, "\(line)") }
        #expect(found[sentence] == .body)
        #expect(reason(page("46 minutes ago in Local"), "46 minutes ago in Local") == "time stamp of a headlines widget")
    }

    @Test func aLinkToAnEarlierStoryGoesButASentenceOpeningSoStays() {
        let link = "- Previously: Lawmakers push Amazon harder for facial rec answers (Nov. 29, 2018)"
        let sentence = "Previously: The council had voted twice to delay the ban, members said."
        let found = roles(page("\(link)\n\(sentence)"))
        #expect(found[link] == .removed)
        #expect(found[sentence] == .body)
    }

    @Test func aCommentPromptGoesButAQuestionInTheArticleStays() {
        let question = "What do you think the council will do next, one resident asked the mayor."
        let found = roles(page("What do you think?\n\(question)"))
        #expect(found["What do you think?"] == .removed)
        #expect(found[question] == .body)
    }

    @Test func aWiresLeadInGoesAndGivesTheDateButAStatementsLeadInStays() {
        let leadIn = "The following press release was published by the City Council on Feb. 19, 2020. It is reproduced in full below."
        let outcome = convert("Council pauses face surveillance for the review\n\(leadIn)\n\(twoParagraphs)\n", date: nil)
        #expect(reason(outcome, leadIn) == Cleaner.wireLeadInReason)
        #expect(outcome.article?.date == Day(iso: "2020-02-19"))
        let wire = "WASHINGTON, Sept. 11 -- Sen. Jane Doe, D-Massachusetts, issued the following news release:"
        let statement = "Fight for the Future issued the following statement, which can be attributed to its director:"
        let found = roles(page("\(wire)\n\(statement)"))
        #expect(found[wire] == .removed)
        #expect(found[statement] == .body)
    }

    @Test func aHostingDisclaimerGoesButASentenceAboutHostingStays() {
        let disclaimer = "Please Note: This content is provided and hosted by a 3rd party server. Sometimes these servers may include advertisements."
        let sentence = "The company said it is not responsible for the content its users upload to the app."
        let found = roles(page("\(disclaimer)\n\(sentence)"))
        #expect(found[disclaimer] == .removed)
        #expect(found[sentence] == .body)
    }

    @Test func aRequestFormGoesButASentenceAboutTheFormStays() {
        let form = ["Targeted News Service Document Request Form", "Organization, if any:"]
        let sentence = "The request form asks residents for a name and an email before any footage is shared."
        let found = roles(page((form + [sentence]).joined(separator: "\n")))
        for line in form { #expect(found[line] == .removed, "\(line)") }
        #expect(found[sentence] == .body)
    }

    @Test func aDatelineWithItsTimeOpensAGluedHeaderLine() {
        #expect(Cleaner.timedDateOpening("Jan. 17, 2019 9:19 AM ETAmazon.com, Inc. (AMZN)AMZNBy: Brandy Betz, SA News Editor20 Comments")
            == Day(iso: "2019-01-17"))
        #expect(Cleaner.timedDateOpening("Thursday, June 11, 2020, 10:59 PM EDT | The Daily") == Day(iso: "2020-06-11"))
        // A sentence that opens with a date and a count is no dateline.
        #expect(Cleaner.timedDateOpening("Jan. 17, 2019 was the day the council voted, 9 to 2, for the ban.") == nil)
        #expect(Cleaner.timedDateOpening("On Jan. 17, 2019 9:19 AM the council met.") == nil)
    }

    @Test func aMastheadDateAboveTheTitleGivesWayToAnEarlierDateBelowIt() {
        let text = "Saturday - September 13, 2025\nCouncil pauses face surveillance for the review\nSeptember 11, 2025\n\(twoParagraphs)\n"
        let outcome = convert(text, date: nil)
        #expect(outcome.article?.date == Day(iso: "2025-09-11"))
        #expect(reason(outcome, "Saturday - September 13, 2025") == "masthead date: the day of the copy, above the article's own date")
    }

    @Test func theFirstOfAHeadlinesTwoCopiesIsTheTitle() {
        let title = "Council pauses face surveillance for the review"
        let outcome = convert("How To\n\(title)\n\(title)\n\(twoParagraphs)\n")
        let copies = outcome.decisions.filter { $0.line.text == title }
        #expect(copies.map(\.role) == [.title, .removed])
        #expect(copies.first?.reason == "title: the first of the headline's two copies")
    }

    @Test func aHeaderFieldStaysButACreditGoes() {
        let field = "Name of the Registrant: Amazon.com, Inc."
        #expect(Cleaner.headerFieldReason(field) == "header field: a label and its value")
        #expect(Cleaner.headerFieldReason("Photo: clipart.com") == nil)
        #expect(Cleaner.headerFieldReason("Image credit: Daniel Rubino / Windows Central") == nil)
        let outcome = convert("Council pauses face surveillance for the review\nSubtitle of the coalition's petition to the city\n\(field)\n\(twoParagraphs)\n")
        #expect(roles(outcome)[field] == .body)
    }

    @Test func aHeadlineUnderATitleChosenWithoutTheArticlesWordsStays() {
        let tagline = "All the data you can eat tonight"
        let headline = "Smile, you are on candid camera again"
        let outcome = convert("\(tagline)\n\(headline)\n\(twoParagraphs)\n")
        #expect(roles(outcome)[headline] == .body)
        #expect(reason(outcome, headline) == Cleaner.unsureTitleReason)
        // Under a title that shares the article's words, a line that shares none is still a teaser.
        let teased = convert("Council pauses face surveillance for the review\n\(headline)\n\(twoParagraphs)\n")
        #expect(reason(teased, headline) == Cleaner.teaserReason)
    }
}
