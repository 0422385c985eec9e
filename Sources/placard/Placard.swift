import ArgumentParser
import Build

@main
struct Placard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "placard",
        abstract: "Builds campaign microsites from content/ and templates/.",
        version: PlacardVersion.current,
        subcommands: [BuildCommand.self, IngestCommand.self],
        defaultSubcommand: nil
    )
}
