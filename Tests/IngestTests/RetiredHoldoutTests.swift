@testable import Content
import Testing
@testable import Ingest

/// Rules written from the evaluation texts 81–100 once they were retired from the holdout: what
/// each removes or reads, and the article text that looks like it and stays.
@Suite struct RetiredHoldoutTests: ArticlePageReading {
    func quotes(_ paragraphs: String) -> [Quote] {
        convert("Council bans face surveillance\n\(lede)\n\(paragraphs)\n").article?.quotes ?? []
    }

    // MARK: Header

    @Test func aCommentCountBetweenTheDateAndTheBylineIsPartOfTheDateLine() {
        let line = DateLine("September 10, 2020 0 By HearthstoneYarns")
        #expect(line?.date == Day(iso: "2020-09-10"))
        #expect(line?.byline == "HearthstoneYarns")
        #expect(DateLine("May 2, 2019 3 Comments")?.date == Day(iso: "2019-05-02"))
        #expect(DateLine("May 2, 2019 No Responses")?.date == Day(iso: "2019-05-02"))
        // A sentence that opens with a date and a number is no date line.
        #expect(DateLine("September 10, 2020 10 cities banned the cameras") == nil)
        #expect(DateLine("June 3, 2019 saw 40 people arrested") == nil)
    }

    @Test func aLinkCardsHeadlineIsTheTitleOfATextWithoutATitleLine() {
        let card = "Everything Cops Say About Amazon's Ring Is Scripted or Approved by Ring Amazon’s home security company Ring has garnered enormous control over the ways in which its law enforcement partners are allowed to portray Gizmodo"
        #expect(Cleaner.linkCardHeadline(card) == "Everything Cops Say About Amazon's Ring Is Scripted or Approved by Ring")
        let outcome = convert("quoms\n\(card)\n\(lede)\n\(secondParagraph)\n")
        #expect(outcome.article?.title == "Everything Cops Say About Amazon's Ring Is Scripted or Approved by Ring")
        #expect(reason(outcome, card) == Cleaner.linkCardReason)
        // A lede cut off in the copy, opening with names, is not a card.
        #expect(Cleaner.linkCardHeadline("Amazon Web Services CEO Andy Jassy said on Tuesday that the company would keep selling its tools to police partners of Ring") == nil)
        // A title-case run with no small word is a row of names.
        #expect(Cleaner.linkCardHeadline("Seattle Police Chief Carmen Best Amazon Ring Neighbors App the company has been asked about its deals with the police by Gizmodo") == nil)
    }

    @Test func aTaglineAboveTheHeadlineIsThePagesNotTheTitle() {
        let tagline = "Lively and in-depth discussions of city news, politics, science, entertainment, the arts, and more."
        let outcome = convert("\(tagline)\nHosted by Larry Mantle\nCoalition petition asks company to stop selling surveillance\n\(lede)\n\(secondParagraph)\n")
        #expect(outcome.article?.title == "Coalition petition asks company to stop selling surveillance")
        #expect(roles(outcome)[tagline] == .removed)
        #expect(roles(outcome)["Hosted by Larry Mantle"] == .removed)
        // A lede first, which shares the article's words, is no tagline: the subheading below it is no title.
        let subheading = "Petition signatures delivered to the company"
        let ledeFirst = convert("\(lede)\n\(subheading)\n\(secondParagraph)\n\(thirdParagraph)\n")
        #expect(roles(ledeFirst)[subheading] != .title)
    }

    @Test func theHeadlinesSubjectIsNoLabelWhenTheArticleUsesItsWords() {
        #expect(titleRead("Coalition Petition: Council pauses face surveillance cameras") == "Coalition Petition: Council pauses face surveillance cameras")
        // An outlet's name before the headline is still a label.
        #expect(titleRead("Daily Wire: Council pauses face surveillance cameras") == "Council pauses face surveillance cameras")
    }

    @Test func aMastheadDateAboveTheArticlesDateIsTheDayOfTheCopy() {
        let text = "May 22, 2022\nVolume XII, Number 142\nMay 20, 2022\nCouncil pauses face surveillance for the review\n\(twoParagraphs)\n"
        let outcome = convert(text, date: nil)
        #expect(outcome.article?.date == Day(iso: "2022-05-20"))
        #expect(reason(outcome, "May 22, 2022") == "masthead date: the day of the copy, above the article's own date")
        // A date under the title (the byline's) leaves the one above it the article's.
        let below = convert("June 1, 2020\nCouncil pauses face surveillance for the review\nJune 3, 2020\n\(twoParagraphs)\n", date: nil)
        #expect(below.article?.date == Day(iso: "2020-06-01"))
    }

    // MARK: Letters and addresses

    @Test func aLettersRepeatedAddressesAreItsHeaderNotFurniture() {
        let addresses = """
            The Honorable Karen Bass
            United States House of Representatives
            Washington, DC 20515
            The Honorable Cory Booker
            United States Senate
            Washington, DC 20510
            The Honorable Kamala Harris
            United States Senate
            Washington, DC 20510
            """
        let outcome = convert("""
            Coalition letter to Congress on face surveillance
            June 8, 2020
            \(addresses)
            Dear Senators Booker and Harris, and Representative Bass:
            \(lede)
            \(secondParagraph)
            """)
        for line in addresses.split(separator: "\n") { #expect(roles(outcome)[String(line)] == .body, "\(line)") }
        // A sign-up box shown twice is still furniture.
        let box = "Get the coalition's weekly update on surveillance"
        let page = convert("Council bans face surveillance\n\(lede)\n\(box)\n\(secondParagraph)\n\(box)\n\(thirdParagraph)\n")
        #expect(roles(page)[box] == .removed)
    }

    @Test func aShortLineOfAnAddressStaysWithIt() {
        #expect(Cleaner.continuesAnAddress("18th Floor", previous: "125 Broad Street", next: "New York, NY 10004"))
        #expect(Cleaner.continuesAnAddress("United States", previous: "New York, NY 10004", next: lede))
        #expect(!Cleaner.continuesAnAddress("Read more", previous: "125 Broad Street", next: lede))
        #expect(!Cleaner.continuesAnAddress("Listen to story", previous: "New York, NY 10004", next: lede))
        #expect(!Cleaner.continuesAnAddress("18th Floor", previous: "Media Contact", next: "New York, NY 10004"))
    }

    // MARK: Lines of the page

    @Test func aPhotosCopyrightCreditIsNoFooter() {
        let long1 = "The council voted on Tuesday to pause face surveillance in every city department until the coalition's review of the cameras is done."
        let long2 = "Officials said the vote followed months of hearings where residents testified against the cameras and asked the council for a ban."
        let outcome = convert("Council bans face surveillance\n\(lede)\n\(secondParagraph)\n© Aaron Schwartz\n\(long1)\n\(long2)\n")
        #expect(roles(outcome)["© Aaron Schwartz"] == .removed)
        #expect(roles(outcome)[long1] == .body)
        #expect(roles(outcome)[long2] == .body)
        // A footer followed by its links still takes them with it.
        let footer = convert("Council bans face surveillance\n\(lede)\n\(secondParagraph)\n\(thirdParagraph)\n© 2024 The Daily Record. All rights reserved.\nAbout us\nJobs at the paper\n")
        #expect(roles(footer)["About us"] == .removed)
        #expect(roles(footer)["Jobs at the paper"] == .removed)
    }

    @Test func anImageDescriptionGoesButASentenceAboutAPictureStays() {
        for text in ["Ring Logo", "Red shield logo with three stylized black and white arrows curving outward",
                     "Digital representation of a face with a mesh overlay and glowing points in a city street at night."] {
            #expect(Cleaner.isImageDescription(text), "\(text)")
        }
        for text in ["A photo of the protest was shared by the coalition on Tuesday.", "Ring doorbell",
                     "The Ring logo appeared on every flyer the police handed out.", "Jane Doe"] {
            #expect(!Cleaner.isImageDescription(text), "\(text)")
        }
        let found = roles(page("Ring Logo\nA photo of the protest was shared by the coalition on Tuesday."))
        #expect(found["Ring Logo"] == .removed)
        #expect(found["A photo of the protest was shared by the coalition on Tuesday."] == .body)
    }

    @Test func aDocumentLinksLabelGoesButASentenceAboutTheDocumentStays() {
        let labels = ["Bill Text (PDF)", "Read the letter [PDF, 1.2 MB]"]
        let sentence = "The bill text (PDF) was posted on the council's site on Tuesday."
        let found = roles(page((labels + [sentence]).joined(separator: "\n")))
        for label in labels { #expect(found[label] == .removed, "\(label)") }
        #expect(found[sentence] == .body)
    }

    @Test func sponsorLabelsBracketedPromosAndSupporterPromptsGo() {
        let furniture = ["Sponsored post", "Already a supporter? Sign In.", "[Related: HPE CEO Antonio Neri: ‘George Floyd Should Not Be Dead’]"]
        let sentence = "The sponsored post drew complaints from residents, the council said on Tuesday."
        let found = roles(page((furniture + [sentence]).joined(separator: "\n")))
        for line in furniture { #expect(found[line] == .removed, "\(line)") }
        #expect(found[sentence] == .body)
    }

    @Test func anotherStoryAfterARepostNoteGoes() {
        let other = ["Minutes into filling out my absentee ballot last week, I was momentarily distracted by my dog Seamus in the kitchen.",
                     "It was only a few ink marks, but it was noticeable enough, and I put my initials next to the bubble I meant."]
        let article = "Council bans face surveillance\n\(lede)\n\(secondParagraph)\n\(thirdParagraph)\nThis story originally appeared on GeekWire.\n"
        let outcome = convert(article + other.joined(separator: "\n"))
        for line in other { #expect(roles(outcome)[line] == .removed, "\(line)") }
        #expect(reason(outcome, other[0]) == "after a repost note: another story, sharing few words with the article")
        // The article going on after the note (an editor's addition) stays.
        let addition = "The coalition said on Tuesday that the council's ban on face surveillance takes effect in July in every department."
        let kept = convert(article + addition)
        #expect(roles(kept)[addition] == .body)
    }

    @Test func aReblogersCommentUnderTheirUserNameGoes() {
        let outcome = convert("Council bans face surveillance\n\(lede)\n\(secondParagraph)\n\(thirdParagraph)\nspiroandthelacktones\nIt's time the council bans the cameras")
        #expect(roles(outcome)["It's time the council bans the cameras"] == .removed)
        // Without a user name above it, a short closing line with the article's words stays.
        let plain = convert("Council bans face surveillance\n\(lede)\n\(secondParagraph)\n\(thirdParagraph)\nIt's time the council bans the cameras")
        #expect(roles(plain)["It's time the council bans the cameras"] == .body)
    }

    // MARK: Quotations

    @Test func aQuotationThatLostItsOpeningMarkBeforeASpeechVerb() {
        let found = quotes("We’re implementing a one-year moratorium on police use of our facial recognition technology,” blogged Amazon. “We will keep allowing groups to use it.”")
        #expect(found.first?.text.hasPrefix("We’re implementing a one-year moratorium") == true)
        #expect(found.first?.organization == "amazon")
        // A stray closing mark with no speech verb after it is no quotation.
        #expect(quotes("The ban covers every department of the city government” in the county, and it starts in July next year.").isEmpty)
    }

    @Test func aMarkThatOpensTheParagraphOpensAQuotationWhateverItsShape() {
        let paragraph = "” . . .Each of the citizens of this country has an equal right to live and work in America.”"
        let marks = QuoteMarks(paragraph)
        #expect(marks.spans.count == 1)
        #expect(marks.earlierQuotationEnd == nil)
        let found = quotes("Jane Roe, then president of Amazon, wrote to all employees:\n\(paragraph)")
        #expect(found.first?.organization == "amazon")
        // A closing mark inside a paragraph still closes a quotation an earlier one opened.
        #expect(QuoteMarks("the end of it,” Greer said.").earlierQuotationEnd != nil)
    }

    @Test func aTitleWithItsFullStopBeforeTheNameAfterTheVerb() {
        let found = quotes("Deputy Director Evan Greer spoke first.\n“Face surveillance has no place in a free society,” said Ms. Greer.")
        #expect(found.first?.person == "evan-greer")
        // Someone the registries lack is still no one.
        #expect(quotes("“Face surveillance has no place in a free society,” said Ms. Roe.").first?.person == nil)
    }
}
