import Foundation
import TestSupport
import Testing

/// The loader measured on real texts (Tests/Fixtures/loader-eval): no figure may fall below the
/// floor reached so far, so a rule that helps one text cannot quietly cost the others.
@Suite struct LoaderEvaluationTests {
    static let evaluationSite = fixtures.appendingPathComponent("loader-eval")

    @Test func everyFigureIsWithinItsFloor() throws {
        guard let executable = placardExecutable else { throw MissingExecutable() }
        let script = repositoryRoot.appendingPathComponent("scripts/loader-eval").path
        let run = try runTool(["PLACARD=\(executable.path)", script, "--check"], deadline: 180)
        #expect(run.status == 0, "\(run.output)")
    }

    /// `--explain` names the rule behind every removed line and every quotation's speaker.
    @Test func explainNamesTheRuleBehindEachRemovalAndSpeaker() throws {
        let source = "content/sources/05-washingtonpost-ring-400.txt"
        let json = try placard(["ingest", "--source", ".", "--explain", "--format", "json", source], in: Self.evaluationSite)
        #expect(json.status == 0, "\(json.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let lines = try #require(report["lines"] as? [[String: Any]])
        let removed = lines.filter { $0["kept"] as? Bool == false }
        #expect(!removed.isEmpty)
        #expect(removed.allSatisfy { ($0["rule"] as? String)?.isEmpty == false })
        let quotes = try #require(report["quotes"] as? [[String: Any]])
        let kuhn = try #require(quotes.first { $0["person"] as? String == "eric-kuhn" })
        #expect(kuhn["organization"] as? String == "ring")
        #expect((kuhn["rule"] as? String)?.hasPrefix("the speech verb after it names the speaker") == true)
        #expect(quotes.allSatisfy { ($0["rule"] as? String)?.isEmpty == false })

        let text = try placard(["ingest", "--source", ".", "--explain", source], in: Self.evaluationSite)
        #expect(text.stdout.contains("\(source):15: quote (eric-kuhn): The mission has always been making the neighborhood safer"))
        #expect(text.stdout.contains("    because the speech verb after it names the speaker"))
    }

    @Test func jsonFormatNeedsExplain() throws {
        let run = try placard(["ingest", "--format", "json", "content/sources/05-washingtonpost-ring-400.txt"],
                              in: Self.evaluationSite)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--format json needs --explain"))
    }
}
