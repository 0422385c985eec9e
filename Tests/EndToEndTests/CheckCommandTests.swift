import Foundation
import TestSupport
import Testing

/// `placard check` and `--strict` as CI runs them: exit statuses, plain lines, GitHub annotations.
@Suite struct CheckCommandTests {
    func arguments(_ command: String, _ fixture: String, output: URL) -> [String] {
        [command, "--source", fixtures.appendingPathComponent(fixture).path, "--output", output.path,
         "--templates", defaultTheme.path]
    }

    @Test func errorsExitOneAsPlainLinesOffATerminal() throws {
        let run = try placard(arguments("check", "check-problems", output: temporaryFolder()))
        #expect(run.status == 1)
        #expect(run.stderr.contains("check-problems/content/articles/broken-links.md:8:3: error: link '../../nowhere/'"))
        #expect(!run.stderr.contains("\u{1B}["), "no colour when stderr is not a terminal")
        #expect(!run.stdout.contains("::error"))
    }

    @Test func underGitHubActionsFindingsAreAlsoAnnotations() throws {
        let run = try placard(arguments("check", "check-problems", output: temporaryFolder()),
                              environment: ["GITHUB_ACTIONS": "true"])
        let all = run.stdout + run.stderr
        #expect(all.contains("::error file=\(fixtures.path)/check-problems/content/articles/broken-links.md,line=8,col=3::link '../../nowhere/'"))
        #expect(all.contains("::warning file=\(fixtures.path)/check-problems/content/pages/hidden.md"))
    }

    @Test func warningsPassUnlessStrict() throws {
        let output = temporaryFolder()
        let lenient = try placard(arguments("check", "minimal", output: output))
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stderr.contains("warning: event 'launch' is mentioned by no article"))
        let strict = try placard(arguments("check", "minimal", output: output) + ["--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: event 'launch' is mentioned by no article"))
    }

    @Test func strictChecksFailOnEveryBuildWarning() throws {
        let site = try scratchCopy(of: "minimal")
        defer { removeFolders(site) }
        let article = site.appendingPathComponent("content/articles/second-story.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "date: 2021-03-03\n", with: "date: 2021-03-03\ndarft: true\n").utf8)
            .write(to: article)
        let arguments = ["check", "--source", site.path, "--templates", defaultTheme.path]
        let lenient = try placard(arguments)
        #expect(lenient.stderr.contains("second-story.md:4:1: warning: unknown field 'darft'"), "\(lenient.stderr)")
        let strict = try placard(arguments + ["--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("second-story.md:4:1: error: unknown field 'darft'"), "\(strict.stderr)")
        let existing = try placard(arguments + ["--strict", "--existing"])
        #expect(existing.status == 1, "the content's warnings count without a build too")
    }

    @Test func strictBuildsFailOnContentWarningsAndKeepTheOldOutput() throws {
        let site = try scratchCopy(of: "minimal")
        try FileManager.default.copyItem(at: defaultTheme, to: site.appendingPathComponent("templates"))
        #expect(try placard(["build"], in: site).status == 0)
        let before = try Data(contentsOf: site.appendingPathComponent("public/index.html"))
        let page = "---\ntitle: Typo\nsubtitel: oops\n---\nBody.\n"
        try Data(page.utf8).write(to: site.appendingPathComponent("content/pages/typo.md"))
        let lenient = try placard(["build", "--output", "lenient"], in: site)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("content/pages/typo.md:3:1: warning:"))
        let strict = try placard(["build", "--strict"], in: site)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("content/pages/typo.md:3:1: error:"))
        #expect(try Data(contentsOf: site.appendingPathComponent("public/index.html")) == before)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public/typo/index.html").path))
    }

    @Test func existingChecksTheOutputAsItIsWithoutRebuilding() throws {
        let site = try scratchCopy(of: "minimal")
        try FileManager.default.copyItem(at: defaultTheme, to: site.appendingPathComponent("templates"))
        #expect(try placard(["build"], in: site).status == 0)
        #expect(try placard(["check", "--existing"], in: site).status == 0)
        // Damage the output: --existing sees it, a plain check rebuilds and does not.
        try FileManager.default.removeItem(at: site.appendingPathComponent("public/about"))
        let existing = try placard(["check", "--existing"], in: site)
        #expect(existing.status == 1)
        #expect(existing.stderr.contains("points to a page that does not exist (about/index.html)"))
        #expect(try placard(["check"], in: site).status == 0)
    }

    /// The CI recipe's own check step passes on the bundled campaign, and publishes what it built.
    @Test func theWorkflowsCheckStepPassesOnTheBundledCampaign() throws {
        let workflow = try String(contentsOf: repositoryRoot.appendingPathComponent(".github/workflows/site.yml"), encoding: .utf8)
        let step = try #require(workflow.split(separator: "\n").first { $0.contains("run: .build/release/placard check") })
        let arguments = step.split(separator: " ").drop { !$0.hasSuffix("/placard") }.dropFirst().map(String.init)
        #expect(arguments == ["check", "--strict"])
        #expect(workflow.contains("- \"content/**\"") && workflow.contains("- \"templates/**\""))
        #expect(workflow.contains("path: public"))
        let site = temporaryFolder("ci")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(folder), to: site.appendingPathComponent(folder))
        }
        let run = try placard(arguments, in: site, environment: ["GITHUB_ACTIONS": "true"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("::"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/index.html").path))
    }
}
