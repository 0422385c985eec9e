import ArgumentParser
import Generator
import Check
import Content
import Foundation

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build the site and check it: links, anchors, assets, orphans, unused entries, other hosts.",
        discussion: """
            Every finding names the file (and line) of the content or template that caused it. With \
            --existing, checks the output folder as it is instead of building it first. Exit status: \
            0 clean, 1 errors (or warnings, with --strict), 2 usage errors.
            """
    )

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Check the output folder as it is, without building it first.")
    var existing = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func run() async throws {
        let options = site.buildOptions
        do {
            let prepared = existing ? try await SiteBuilder.prepare(options) : try await SiteBuilder.build(options).prepared
            // What the build warned about is part of the check: `check --strict` is the CI gate.
            let checked = SiteChecker(prepared: prepared, output: options.output).check()
            let buildWarnings = prepared.site.warnings.filter { warning in
                warning.severity != .note && !checked.contains {
                    $0.message == warning.message && $0.location.file == warning.location.file
                }
            }
            let findings = buildWarnings + checked
            Diagnostics.print(findings, strict: strict)
            let failures = Diagnostics.failures(findings, strict: strict)
            let warnings = findings.filter { $0.severity == .warning }.count
            if failures > 0 {
                Diagnostics.printLine("check failed: \(failures) problem\(failures == 1 ? "" : "s")")
                throw ExitCode(1)
            }
            print("Checked \(prepared.pages.count) pages of \(options.outputDisplay): no errors"
                + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""))
        } catch let error as DiagnosticList {
            Diagnostics.print(error.diagnostics, strict: strict)
            Diagnostics.printLine("check failed: the site does not build")
            throw ExitCode(error.isUsageError ? 2 : 1)
        }
    }
}
