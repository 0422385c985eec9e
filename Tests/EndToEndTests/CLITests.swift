import Foundation
import TestSupport
import Testing

/// The `placard` executable: this target depends on it, so SwiftPM builds it into the folder that
/// holds the test bundle (on macOS a few folders above the bundle's own executable).
let placardExecutable: URL? = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = folder.appendingPathComponent("placard")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        folder.deleteLastPathComponent()
    }
    return nil
}()

struct MissingExecutable: Error, CustomStringConvertible {
    var description: String { "no placard executable beside the tests; run swift build first" }
}

struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

func placard(_ arguments: [String], in folder: URL = repositoryRoot, environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    guard let executable = placardExecutable else { throw MissingExecutable() }
    process.executableURL = executable
    process.arguments = arguments
    var inherited = ProcessInfo.processInfo.environment
    inherited["GITHUB_ACTIONS"] = nil
    process.environment = inherited.merging(environment) { $1 }
    process.currentDirectoryURL = folder
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
               stderr: String(decoding: stderr, as: UTF8.self))
}

@Suite struct CLITests {
    @Test func buildPrintsOneSummaryLine() throws {
        let site = try scratchCopy(of: "minimal")
        try FileManager.default.copyItem(at: defaultTheme, to: site.appendingPathComponent("templates"))
        let run = try placard(["build"], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Built 19 pages (39 files) into public in ") == true)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/index.html").path))
    }

    @Test func contentErrorsExitOneWithCompilerStyleLines() throws {
        let fixture = fixtures.appendingPathComponent("broken-front-matter")
        let output = temporaryFolder()
        let run = try placard(["build", "--source", fixture.path, "--output", output.path,
                               "--templates", defaultTheme.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(fixture.path)/content/articles/bad-yaml.md:4:16: error: invalid YAML"))
        #expect(run.stderr.contains("\(fixture.path)/content/articles/unclosed-quote.md:2:8: error: invalid YAML: the quoted text"))
        #expect(run.stderr.contains("build failed: 5 errors"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try placard(["build", "--no-such-flag"]).status == 2)
    }

    @Test func versionAndHelp() throws {
        let version = try placard(["--version"])
        #expect(version.status == 0 && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try placard(["build", "--help"])
        #expect(help.stdout.contains("--source") && help.stdout.contains("--drafts"))
    }
}
