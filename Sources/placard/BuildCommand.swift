import ArgumentParser
import Generator
import Content
import Foundation

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Reads content/ and templates/ under the source folder and writes the site into the output \
            folder, replacing it only when the whole build succeeded. Exit status: 0 built, 1 content \
            errors (or warnings, with --strict), 2 usage errors.
            """
    )

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func run() async throws {
        var options = site.buildOptions
        options.strict = strict
        do {
            let report = try await SiteBuilder.build(options)
            Diagnostics.print(report.warnings)
            print("Built \(report.pages) pages (\(report.files) files) into \(options.outputDisplay) in "
                + String(format: "%.2f s", report.seconds))
        } catch {
            Diagnostics.print(error.diagnostics)
            let count = Diagnostics.failures(error.diagnostics, strict: false)
            Diagnostics.printLine("build failed: \(count) error\(count == 1 ? "" : "s")")
            throw ExitCode(error.isUsageError ? 2 : 1)
        }
    }
}
