import Generator
import Content
import Foundation
import TestSupport
import Testing

/// Links in content never publish what lies outside the site, and pipes never block a build.
@Suite struct FilesOutsideTheSiteTests {
    let secret = "root:x:0:0:secret-marker"

    func siteWithSecretOutside() throws -> (site: URL, secretFile: URL) {
        let site = try scratchCopy(of: "minimal")
        let secretFile = temporaryFolder("secret")
        try Data(secret.utf8).write(to: secretFile)
        return (site, secretFile)
    }

    func link(_ relative: String, in site: URL, to target: String) throws {
        let url = site.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    func buildErrors(_ site: URL, output: URL) async -> [String] {
        do {
            try await build(site, into: output)
            return []
        } catch let error as DiagnosticList {
            return error.errors.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test(arguments: ["content/sources/x.txt", "content/articles/linked.md", "content/assets/notes.txt",
                      "content/people.yaml"])
    func aLinkThatLeavesTheSiteIsAnErrorAtItsFile(relative: String) async throws {
        let (site, secretFile) = try siteWithSecretOutside()
        let output = temporaryFolder()
        defer { removeFolders(site, secretFile, output) }
        try? FileManager.default.removeItem(at: site.appendingPathComponent(relative))
        try link(relative, in: site, to: secretFile.path)
        if relative.hasSuffix("x.txt") {
            try Data("title: \"Leak\"\ndate: 2020-01-01\n".utf8).write(to: site.appendingPathComponent("content/sources/x.yaml"))
        }
        let errors = await buildErrors(site, output: output)
        #expect(errors.contains { $0.hasPrefix("\(relative): error: a symbolic link to '") && $0.contains("outside the site") },
                "\(errors)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aFolderLinkThatLeavesTheSiteIsRefusedToo() async throws {
        let (site, secretFile) = try siteWithSecretOutside()
        let outsideFolder = temporaryFolder("outside-assets")
        let output = temporaryFolder()
        defer { removeFolders(site, secretFile, outsideFolder, output) }
        try FileManager.default.createDirectory(at: outsideFolder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: secretFile, to: outsideFolder.appendingPathComponent("leak.txt"))
        try link("content/assets/shared", in: site, to: outsideFolder.path)
        let errors = await buildErrors(site, output: output)
        #expect(errors.contains { $0.hasPrefix("content/assets/shared: error: a symbolic link") }, "\(errors)")
    }

    @Test func aThemeFileLinkedFromOutsideIsRefused() async throws {
        let (site, secretFile) = try siteWithSecretOutside()
        let output = temporaryFolder()
        defer { removeFolders(site, secretFile, output) }
        try FileManager.default.copyItem(at: defaultTheme, to: site.appendingPathComponent("templates"))
        try link("templates/static/leak.txt", in: site, to: secretFile.path)
        let errors = await buildErrors(site, output: output)
        #expect(errors.contains { $0.hasPrefix("templates/static/leak.txt: error: a symbolic link") }, "\(errors)")
    }

    @Test func linksInsideTheSiteAreWrittenAsRegularFiles() async throws {
        let site = try scratchCopy(of: "minimal")
        let output = temporaryFolder()
        defer { removeFolders(site, output) }
        try link("content/assets/logo-again.svg", in: site, to: "logos/one.svg")
        try link("content/assets/logos-again", in: site, to: "logos")
        try link("content/assets/loop", in: site, to: "..")
        try await build(site, into: output)
        for path in ["assets/logo-again.svg", "assets/logos-again/one.svg", "assets/logos/one.svg"] {
            let written = output.appendingPathComponent(path).path
            #expect(!FileSystemEntry.isSymbolicLink(written), "\(path)")
            #expect(FileManager.default.contents(atPath: written)
                == FileManager.default.contents(atPath: site.appendingPathComponent("content/assets/logos/one.svg").path))
        }
        #expect(!files(in: output).contains { $0.hasPrefix("assets/loop") })
    }

    @Test func aSiteConfigThatIsAPipeIsAnErrorNotAWait() async throws {
        let site = try scratchCopy(of: "minimal")
        defer { removeFolders(site) }
        let config = site.appendingPathComponent("content/site.yaml")
        try FileManager.default.removeItem(at: config)
        #expect(mkfifo(config.path, 0o644) == 0)
        let errors = await buildErrors(site, output: temporaryFolder())
        #expect(errors == ["content/site.yaml: error: site.yaml cannot be read as a file"])
    }

    @Test func pipesAreSkippedWithAWarningInsteadOfBlocking() async throws {
        let site = try scratchCopy(of: "minimal")
        let output = temporaryFolder()
        defer { removeFolders(site, output) }
        for relative in ["content/assets/pipe", "content/articles/pipe.md", "content/sources/pipe.txt"] {
            let url = site.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            #expect(mkfifo(url.path, 0o644) == 0)
        }
        let report = try await build(site, into: output)
        for relative in ["content/assets/pipe", "content/articles/pipe.md", "content/sources/pipe.txt"] {
            #expect(report.warnings.contains { $0.description == "\(relative): warning: skipped: not a regular file (a pipe, socket or device)" },
                    "\(report.warnings)")
        }
        #expect(!files(in: output).contains("assets/pipe"))
    }
}
