import ArgumentParser
import Generator
import Foundation

/// The options every command that builds shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site root, holding content/ and templates/.", valueName: "dir"))
    var source = "."

    @Option(name: .long, help: ArgumentHelp("The output folder, relative to the site root.", valueName: "dir"))
    var output = "public"

    @Option(name: .long, help: ArgumentHelp("A theme folder to use instead of <source>/templates.", valueName: "dir"))
    var templates: String?

    @Flag(name: .long, help: "Include articles and pages marked draft: true.")
    var drafts = false

    var buildOptions: BuildOptions {
        let root = URL(fileURLWithPath: source).standardizedFileURL
        let outputDisplay = output.hasPrefix("/") ? output : SiteBuilder.join(source, output)
        var options = BuildOptions(sourceRoot: root, sourceDisplay: source,
                                   output: URL(fileURLWithPath: output, relativeTo: root).standardizedFileURL,
                                   outputDisplay: outputDisplay,
                                   templates: templates.map { URL(fileURLWithPath: $0).standardizedFileURL },
                                   includeDrafts: drafts)
        options.onWait = { message in Diagnostics.printLine("\(outputDisplay): note: \(message)") }
        return options
    }
}
