import Foundation
import Testing
@testable import Templates

/// Quotes as lists show them: excerpts, fragments, and whether a body already shows a quote.
@Suite struct QuoteTextTests {
    @Test func aShortQuoteIsShownWhole() {
        #expect(QuoteText.excerpt("It fuels police abuse. This must be stopped.") == "It fuels police abuse. This must be stopped.")
    }

    @Test func aLongQuoteKeepsTwoSentencesAndEndsInAnEllipsis() {
        let quote = "Amazon knows that facial recognition software is dangerous. They know it's the perfect tool for "
            + "tyranny. They know it's racist."
        #expect(QuoteText.excerpt(quote) == "Amazon knows that facial recognition software is dangerous. "
            + "They know it's the perfect tool for tyranny…")
    }

    @Test func aSecondSentenceThatWouldMakeItTooLongIsLeftOut() {
        let second = "Very " + String(repeating: "very ", count: 60) + "long."
        #expect(QuoteText.excerpt("First one. " + second) == "First one…")
    }

    @Test func aSingleLongSentenceIsCutAtAWord() {
        let quote = String(repeating: "word ", count: 100) + "end."
        let excerpt = QuoteText.excerpt(quote, limit: 50)
        #expect(excerpt.hasSuffix("…") && excerpt.count <= 51 && !excerpt.contains("wor…"))
    }

    @Test func onlyTheFirstParagraphOfALongStatement() {
        #expect(QuoteText.excerpt("One. Two.\n\nThree.") == "One. Two…")
    }

    @Test func abbreviationsAndInitialsDoNotEndASentence() {
        #expect(QuoteText.sentences("Mr. Smith went to the U.S. Capitol. He left.") == ["Mr. Smith went to the U.S. Capitol.", "He left."])
        #expect(QuoteText.sentences("“It needs to stop.” We demand it.") == ["“It needs to stop.”", "We demand it."])
        #expect(QuoteText.sentences("A 3.5 percent rise. Then more.") == ["A 3.5 percent rise.", "Then more."])
    }

    @Test func aFragmentStartsAsWrittenAfterAnEllipsis() {
        #expect(QuoteText.shown("does nothing to end partnerships") == "…does nothing to end partnerships")
        #expect(QuoteText.excerpt("does nothing to end partnerships. It would be laughable. Truly.")
            == "…does nothing to end partnerships. It would be laughable…")
        #expect(QuoteText.shown("Whole sentence.") == "Whole sentence.")
        #expect(QuoteText.shown("…already marked") == "…already marked")
        #expect(QuoteText.shown("“quoted start”") == "…“quoted start”")
    }

    @Test func aBodyShowsAQuoteItInterruptsWithItsSpeaker() {
        let body = QuoteText.comparable("“Amazon knows that facial recognition software is dangerous,” said Greer. "
            + "“They know it’s the perfect tool for tyranny.”")
        #expect(QuoteText.isShown("Amazon knows that facial recognition software is dangerous. They know it's the "
            + "perfect tool for tyranny.", inComparable: body))
        #expect(!QuoteText.isShown("Amazon knows that facial recognition software is safe.", inComparable: body))
        #expect(!QuoteText.isShown("…", inComparable: body))
    }
}

@Suite struct ContactLineTests {
    @Test func phoneNumbersAndEmailAddressesBecomeLinks() {
        let parts = ContactLine.parts("Evan Greer, (508) 474-5248, press@fightforthefuture.org")
        #expect(parts == [.init(text: "Evan Greer, "), .init(text: "(508) 474-5248", url: "tel:508-474-5248"),
                          .init(text: ", "), .init(text: "press@fightforthefuture.org", url: "mailto:press@fightforthefuture.org")])
    }

    @Test func internationalNumbersKeepTheirPlus() {
        #expect(ContactLine.parts("Call +1 202 224 3121 now").map(\.url) == [nil, "tel:+1-202-224-3121", nil])
        #expect(ContactLine.telURL("+44 20 7946 0958") == "tel:+44-20-7946-0958")
    }

    @Test func yearsDatesAndShortNumbersStayText() {
        #expect(ContactLine.parts("Jane Doe, June 10, 2020").allSatisfy { $0.url == nil })
        #expect(ContactLine.parts("Room 12, ext. 345").allSatisfy { $0.url == nil })
        #expect(ContactLine.telURL("123") == nil)
    }
}

@Suite struct ShareLinksTests {
    @Test func valuesAreEncodedForAQuery() {
        #expect(ShareLinks.encoded("A & B? #1 “x” https://x.example/a/") == "A%20%26%20B%3F%20%231%20%E2%80%9Cx%E2%80%9D%20https%3A%2F%2Fx.example%2Fa%2F")
        #expect(ShareLinks.fill("https://x.com/intent/tweet?text={title}&url={url}", title: "A&B", url: "https://s.example/",
                                text: "") == "https://x.com/intent/tweet?text=A%26B&url=https%3A%2F%2Fs.example%2F")
    }

    /// The byte-level encoder and one-pass fill give what Foundation's encoding and one
    /// replacement after another gave, for every byte, scalar sizes and stray braces.
    @Test func encodingAndFillingMatchFoundation() {
        let texts = [String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self), "é e\u{301} ß € 𝒜 👩‍👩‍👧 \u{FEFF}",
                     "{title}{url}", "~a-b_c.d", "", "  ", "100% \"quoted\" <tag> [x] {y}"]
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        for text in texts {
            #expect(ShareLinks.encoded(text) == text.addingPercentEncoding(withAllowedCharacters: unreserved), "\(text)")
        }
        let templates = ShareLinks.targets.map(\.template) + ["{x}{title}{", "{{url}}{text}{tex}t}", "{", "}{title", "plain"]
        for template in templates {
            for (title, url) in zip(texts, texts.reversed()) {
                let text = title + " " + url
                let replaced = template.replacingOccurrences(of: "{title}", with: ShareLinks.encoded(title))
                    .replacingOccurrences(of: "{url}", with: ShareLinks.encoded(url))
                    .replacingOccurrences(of: "{text}", with: ShareLinks.encoded(text))
                #expect(ShareLinks.fill(template, title: title, url: url, text: text) == replaced, "\(template)")
            }
        }
    }
}
