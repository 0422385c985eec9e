import ArgumentParser
import Foundation

@main
struct Fuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "placard-fuzz",
        abstract: "Feed mutated content to Placard's loaders, converter and renderer for a while.",
        discussion: """
            Each input is made from the corpus (the fixture sites, the bundled campaign and the files \
            beside them) by its iteration's own random generator: changed bytes, hostile snippets (control \
            characters, script URLs, deep nesting, huge numbers, impossible dates, YAML aliases), very long \
            lines, parts of other inputs. It goes through the site loader, the converter of raw documents \
            and the Markdown renderer. A crash ends the process; an input that runs longer than \
            --input-seconds, or safe HTML holding a script, ends it with status 1. The input under test is \
            always in <work>/current; --seed with --iteration runs it again.
            """
    )

    @Option(help: "How long to run, in seconds.")
    var seconds: Double = 60

    @Option(help: "The seed of the run (default: a random one, printed).")
    var seed: UInt64?

    @Option(help: "Run only this iteration of the seed's run.")
    var iteration: Int?

    @Option(help: "The longest that one input may take, in seconds of processor time.")
    var inputSeconds: Double = 30

    @Option(help: "Folders of sites and files to make inputs from.")
    var corpus: [String] = ["Tests/Fixtures", "."]

    @Option(help: "Where the input under test is written and failing inputs are kept.")
    var work = ".build/fuzz"

    func run() throws {
        let seed = seed ?? UInt64.random(in: 0...UInt64.max)
        let corpus = try Corpus(folders: corpus.map { URL(fileURLWithPath: $0) })
        let targets = Targets(corpus: corpus)
        let work = URL(fileURLWithPath: work)
        let current = work.appendingPathComponent("current")
        let watchdog = Watchdog(limit: inputSeconds)
        Self.report("seed \(seed); \(corpus.sites.count) sites, \(corpus.markdown.count) Markdown files, "
            + "\(corpus.sources.count) raw sources; \(iteration.map { "iteration \($0)" } ?? "\(seconds) s")")
        let start = Date()
        var count = 0
        var slowest = (seconds: 0.0, iteration: 0)
        for number in iteration.map({ $0...$0 }) ?? 0...Int.max {
            guard iteration != nil || Date().timeIntervalSince(start) < seconds else { break }
            var random = SplitMix64(seed: seed, iteration: number)
            let input = FuzzInput(from: corpus, using: &random)
            try input.save(in: current, about: "placard-fuzz --seed \(seed) --iteration \(number)")
            let keep = work.appendingPathComponent("failed-\(seed)-\(number)")
            watchdog.begin(number, savedIn: current, keep: keep)
            let problem = targets.run(input, savedIn: current)
            let took = watchdog.end()
            if took > slowest.seconds { slowest = (took, number) }
            if let problem {
                try? FileManager.default.removeItem(at: keep)
                try FileManager.default.copyItem(at: current, to: keep)
                Self.report("iteration \(number): \(problem); the input is in \(keep.path)")
                throw ExitCode(1)
            }
            count += 1
        }
        Self.report("\(count) input\(count == 1 ? "" : "s") in \(Int(Date().timeIntervalSince(start))) s: no crash, none over "
            + "\(inputSeconds) s of processor time (the slowest, iteration \(slowest.iteration): \(String(format: "%.2f", slowest.seconds)) s)")
    }

    static func report(_ message: String) {
        FileHandle.standardError.write(Data(("placard-fuzz: " + message + "\n").utf8))
    }
}
