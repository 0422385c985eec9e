import Content
import Testing
@testable import Ingest

/// Comment threads, paywalls, forms, widgets and notices: what they remove, and the article text
/// that looks like them and stays.
@Suite struct WidgetTests {
    @Test func aCommentThreadGoesFromItsFirstCommentToTheEnd() {
        let outcome = convert("""
            Council bans face surveillance
            \(lede)
            \(secondParagraph)
            \(thirdParagraph)
            When you look at how other countries use it, this is such a wise move.
            LikeLike
            I had the exact same reaction.
            LikeLiked by 1 person
            Bets says: May 16, 2019 at 3:48 pm
            Great news, thank you for posting.
            Reply
            Leave a Reply
            Cancel reply
            You must be logged in to post a comment.
            """)
        let found = roles(outcome)
        #expect(found[thirdParagraph] == .body)
        #expect(found["When you look at how other countries use it, this is such a wise move."] == .removed)
        #expect(found["Bets says: May 16, 2019 at 3:48 pm"] == .removed)
        #expect(found["Great news, thank you for posting."] == .removed)
        #expect(outcome.article?.body.hasSuffix("against the cameras.\n") == true)
        #expect(outcome.decisions.contains { $0.reason == "reader comment" })
    }

    @Test func speakersWhoSayThingsAreNotCommenters() {
        let outcome = convert("""
            Groups call for a ban
            \(lede)
            \(secondParagraph)
            Greer says:
            "We will keep up the pressure until the ban is permanent."
            Ozer says:
            "The council did the right thing, and other cities should follow."
            """)
        #expect(outcome.decisions.allSatisfy { $0.role != .removed })
    }

    @Test func paywallPromptsAndTheirOffersGo() {
        let outcome = convert("""
            Council reviews camera policy
            \(lede)
            \(secondParagraph)
            Already have an account? Log in
            Subscribe to keep reading
            Unlock the rest of this article and every article on the site.
            - Unlimited articles
            - Instant alerts when your city has a new meeting
            Your membership has expired
            The payment for your account couldn't be processed
            This article is only available to subscribers.
            """)
        let found = roles(outcome)
        #expect(found["- Unlimited articles"] == .removed)
        #expect(found["The payment for your account couldn't be processed"] == .removed)
        #expect(outcome.article?.body == lede + "\n\n" + secondParagraph + "\n")
    }

    @Test func anArticleAboutAccountsAndMembershipsStays() {
        let text = "Ring users who already have an account will be asked to confirm it, and memberships that expired stay closed."
        let outcome = convert("Ring changes its accounts\n\(lede)\n\(text)\n")
        #expect(roles(outcome)[text] == .body)
    }

    @Test func formLabelsNotesAndFieldValuesGo() {
        let outcome = convert("""
            Press pause on face surveillance
            \(lede)
            Message Recipients:
            Your State Senator
            Pause Face Surveillance
            [The Form Label field is hidden on message action forms]
            Your Message
            * indicates required
            Email Address *
            Zip Code
            Phone Number (optional)
            Required fields are marked *
            Please pass the bill to establish a moratorium on government use of face surveillance in the state.
            """)
        let removed = outcome.decisions.filter { $0.role == .removed }.map(\.line.text)
        #expect(removed.count == 10)
        #expect(outcome.article?.body.hasSuffix("face surveillance in the state.\n") == true)
    }

    @Test func widgetLinksGoButSentencesThatBeginLikeThemStay() {
        let outcome = convert("""
            Council bans face surveillance
            \(lede)
            More news: Team wins the championship in overtime
            Read 2 remaining paragraphs | Comments
            Full Article
            See All
            More on Facial Recognition
            More on that vote came from the mayor's office, which said on Wednesday that the mayor would sign the ordinance this week.
            """)
        let found = roles(outcome)
        #expect(found["More news: Team wins the championship in overtime"] == .removed)
        #expect(found["More on Facial Recognition"] == .removed)
        #expect(found["See All"] == .removed)
        #expect(outcome.article?.body.hasSuffix("would sign the ordinance this week.\n") == true)
    }

    @Test func newsroomContactsFileDetailsAndServiceNoticesGo() {
        let outcome = convert("""
            We can't find the internet
            Attempting to reconnect
            Council bans face surveillance
            File Type:pdf, Size:1020Kb
            \(lede)
            To contact the reporter on this story: Jane Roe in Seattle at jroe@example.com
            To contact the editors responsible for this story: John Doe at jdoe@example.com
            """)
        #expect(outcome.article?.title == "Council bans face surveillance")
        #expect(outcome.article?.body == lede + "\n")
        #expect(outcome.decisions.contains { $0.reason == "how to contact the newsroom" })
    }

    @Test func aFooterCutsOnlyOnAFooterShapedLine() {
        let bullet = "• Jassy said Amazon has \"a set of terms and services\" that customers must follow, or lose the service."
        let outcome = convert("""
            Amazon executives defend the tool
            \(lede)
            \(secondParagraph)
            \(bullet)
            • One employee said it is hard to trust that abuse can be prevented through the terms of service alone.
            Privacy Policy | Terms of Use
            An unrelated line of the footer
            """)
        let found = roles(outcome)
        #expect(found[bullet] == .body)
        #expect(found["Privacy Policy | Terms of Use"] == .removed)
        #expect(found["An unrelated line of the footer"] == .removed)
    }

    @Test func symbolsNumbersIdentifiersAndTimeStampsGo() {
        let outcome = convert("""
            <<
            Council bans face surveillance
            \(lede)
            ·
            28
            #000000
            gpt-5.4-2026-03-05
            · 5d ago
            """)
        #expect(outcome.article?.body == lede + "\n")
    }
}
