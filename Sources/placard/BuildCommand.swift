import ArgumentParser
import Build
import Content
import Foundation

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Reads content/ and templates/ under the source folder and writes the site into the output \
            folder, replacing it only when the whole build succeeded. Exit status: 0 built, 1 content \
            errors, 2 usage errors.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site root, holding content/ and templates/.", valueName: "dir"))
    var source = "."

    @Option(name: .long, help: ArgumentHelp("The output folder, relative to the site root.", valueName: "dir"))
    var output = "public"

    @Option(name: .long, help: ArgumentHelp("A theme folder to use instead of <source>/templates.", valueName: "dir"))
    var templates: String?

    @Flag(name: .long, help: "Include articles and pages marked draft: true.")
    var drafts = false

    func run() async throws {
        let root = URL(fileURLWithPath: source).standardizedFileURL
        let outputURL = URL(fileURLWithPath: output, relativeTo: root).standardizedFileURL
        let outputDisplay = output.hasPrefix("/") ? output : SiteBuilder.join(source, output)
        let options = BuildOptions(sourceRoot: root, sourceDisplay: source, output: outputURL,
                                   outputDisplay: outputDisplay,
                                   templates: templates.map { URL(fileURLWithPath: $0).standardizedFileURL },
                                   includeDrafts: drafts)
        do {
            let report = try await SiteBuilder.build(options)
            Diagnostics.print(report.warnings)
            print("Built \(report.pages) pages (\(report.files) files) into \(outputDisplay) in "
                + String(format: "%.2f s", report.seconds))
        } catch {
            Diagnostics.print(error.diagnostics)
            let count = error.errors.count
            Diagnostics.printLine("build failed: \(count) error\(count == 1 ? "" : "s")")
            throw ExitCode(1)
        }
    }
}
