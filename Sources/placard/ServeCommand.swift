import ArgumentParser
import Generator
import Foundation
import Preview

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site locally, and rebuild and reload open pages on every change.",
        discussion: """
            Watches content/, templates/ and the site root. A failed rebuild keeps serving the last good \
            site and shows its errors over every page until they are fixed. The reload script is added \
            only to what this server sends, never to the output folder. Ctrl-C stops it.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The address to listen on; loopback unless you name another.", valueName: "host"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "port"))
    var port: UInt16 = 8080

    func run() async throws {
        let options = site.buildOptions
        do {
            try SiteBuilder.checkOutput(options)
        } catch {
            Diagnostics.print(error.diagnostics)
            throw ExitCode(2)
        }
        let server = try PreviewServer(options: options, host: host, port: port) { line in
            Diagnostics.printLine(line)
        }
        let stopping = StopFlag()
        let stop: @Sendable () -> Void = {
            stopping.set()
            Task { await server.stop() }
        }
        let signals = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: stop)
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }
        do {
            try await server.run { url in
                // Unbuffered: whoever started the server may be waiting for this line.
                FileHandle.standardOutput.write(Data("Serving \(options.outputDisplay) at \(url) (Ctrl-C to stop)\n".utf8))
            }
        } catch where stopping.isSet {
            // Stopped by a signal: whatever the server threw on its way out is no failure.
        }
        FileHandle.standardOutput.write(Data("Stopped.\n".utf8))
    }
}

/// Set once a signal asked the server to stop.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
