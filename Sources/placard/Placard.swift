import ArgumentParser
import Generator
import Images
import Foundation

@main
struct Placard: AsyncParsableCommand {
    /// Exit status: 0 done, 1 content errors, 2 usage errors (ArgumentParser's own is 64).
    static func main() async {
        Images.skipPluginModules()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "placard",
        abstract: "Builds campaign microsites from content/ and templates/.",
        version: PlacardVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, IngestCommand.self, ServeCommand.self],
        defaultSubcommand: nil
    )
}
