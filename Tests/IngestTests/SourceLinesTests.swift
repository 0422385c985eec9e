import Testing
@testable import Ingest

@Suite struct SourceLinesTests {
    @Test func hardWrappedParagraphsAreJoinedAgain() {
        let text = """
            The council voted on Tuesday to pause the use of face surveillance by the
            city's agencies until a review is done, and the coalition that campaigned
            for the pause said it would keep pressing for a ban.

            The review will look at how the police used the software in the last year,
            who had access to its results, and whether any arrests relied on a match
            it made, and whether the department kept any of the images it collected
            after the pause began. The council expects the report in the fall.
            Contact: Jane Roe, press office
            - The ordinance passed nine votes to four, after a long public hearing
            """
        let lines = SourceLines.split(text)
        #expect(lines.map(\.number) == [1, 5, 9, 10])
        #expect(lines[0].text.hasPrefix("The council voted") && lines[0].text.hasSuffix("keep pressing for a ban."))
        #expect(lines[1].text.contains("its results, and whether any arrests relied"))
    }

    @Test func oneParagraphPerLineIsLeftAlone() {
        let text = """
            Coalition wins a pause on face surveillance in the city

            The council voted on Tuesday to pause the use of face surveillance
            The coalition campaigned for a ban and says it will keep pressing
              1. someone reblogged this from someone-else who posted it first
              2. another-one reblogged this from someone who liked it a lot
              3. a-third-one reblogged this from someone who shared it today
              4. a-fourth-one reblogged this from someone who found it again
              5. a-fifth-one reblogged this from someone who saw it yesterday
            """
        #expect(SourceLines.split(text).count == 8)
    }
}
