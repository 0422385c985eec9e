#if canImport(Glibc)
import Glibc
#endif
import Foundation
import TestSupport
import Testing

/// `--output` given carelessly never loses a file: Placard replaces only folders it wrote itself.
@Suite struct OutputSafetyTests {
    /// The minimal fixture with the default theme, in a scratch folder.
    func scratchSite() throws -> URL {
        let site = try scratchCopy(of: "minimal")
        try FileManager.default.copyItem(at: defaultTheme, to: site.appendingPathComponent("templates"))
        return site
    }

    func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func expectRefused(_ arguments: [String], in site: URL, because reason: String) throws {
        let run = try placard(["build"] + arguments, in: site)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains("refusing to use"), "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains(reason), "\(arguments): \(run.stderr)")
    }

    @Test func refusesAFolderPlacardDidNotWrite() throws {
        let site = try scratchSite()
        defer { removeFolders(site) }
        try write("the theme's docs", to: site.appendingPathComponent("docs/templates.md"))
        try expectRefused(["--output", "docs"], in: site, because: "Placard did not write it")
        #expect(try read(site, "docs/templates.md") == "the theme's docs")
    }

    @Test func checkAndServeRefuseTheSameFoldersBeforeBuilding() throws {
        let site = try scratchSite()
        defer { removeFolders(site) }
        try write("the theme's docs", to: site.appendingPathComponent("docs/templates.md"))
        for command in [["check"], ["serve", "--port", "0"]] {
            let run = try placard(command + ["--output", "docs"], in: site)
            #expect(run.status == 2, "\(command): \(run.stderr)")
            #expect(run.stderr.contains("refusing to use 'docs' as the output folder"), "\(command): \(run.stderr)")
        }
        #expect(try read(site, "docs/templates.md") == "the theme's docs")
    }

    @Test func refusesASymbolicLinkAndKeepsWhatItPointsTo() throws {
        let site = try scratchSite()
        defer { removeFolders(site) }
        try write("keep", to: site.appendingPathComponent("elsewhere/keep.txt"))
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("link").path,
                                                   withDestinationPath: "elsewhere")
        try expectRefused(["--output", "link"], in: site, because: "symbolic link")
        #expect(try read(site, "elsewhere/keep.txt") == "keep")
    }

    @Test func refusesTheThemeGivenOnTheCommandLineAndWhatHoldsIt() throws {
        let site = try scratchSite()
        defer { removeFolders(site) }
        let themes = site.appendingPathComponent("themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: site.appendingPathComponent("templates"), to: themes.appendingPathComponent("mine"))
        try expectRefused(["--templates", "themes/mine", "--output", "themes"], in: site, because: "templates")
        try expectRefused(["--templates", "themes/mine", "--output", "themes/mine/out"], in: site, because: "inside")
        #expect(FileManager.default.fileExists(atPath: themes.appendingPathComponent("mine/layout.mustache").path))
    }

    @Test func refusesSystemFolders() throws {
        let site = try scratchSite()
        defer { removeFolders(site) }
        for folder in ["/", "/var", "/usr/local", "/tmp", NSHomeDirectory()] {
            try expectRefused(["--output", folder], in: site, because: "system folder")
        }
    }

    @Test func createsMissingParentsOnlyInsideTheSiteRoot() throws {
        let site = try scratchSite()
        let outside = temporaryFolder("outside")
        defer { removeFolders(site, outside) }
        try expectRefused(["--output", outside.appendingPathComponent("deep/public").path], in: site,
                          because: "only inside the site root")
        #expect(!FileManager.default.fileExists(atPath: outside.path))
        let inside = try placard(["build", "--output", "build/site/public"], in: site)
        #expect(inside.status == 0, "\(inside.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("build/site/public/index.html").path))
    }

    @Test func replacesItsOwnOutputAndAnEmptyFolder() throws {
        let site = try scratchSite()
        defer { removeFolders(site) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("public"), withIntermediateDirectories: true)
        #expect(try placard(["build"], in: site).status == 0)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/.placard-output").path))
        try write("stale", to: site.appendingPathComponent("public/stale.html"))
        #expect(try placard(["build"], in: site).status == 0)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public/stale.html").path))
    }

    @Test func replacesTheOutputOfAPlacardFromBeforeTheMarker() throws {
        let site = try scratchSite()
        defer { removeFolders(site) }
        #expect(try placard(["build"], in: site).status == 0)
        try FileManager.default.removeItem(at: site.appendingPathComponent("public/.placard-output"))
        #expect(try placard(["build"], in: site).status == 0)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/.placard-output").path))
        try write("<html><head><meta name=\"generator\" content=\"Hugo 0.111\">", to: site.appendingPathComponent("hugo/index.html"))
        try expectRefused(["--output", "hugo"], in: site, because: "Placard did not write it")
    }

    @Test func deletesNothingBesideTheOutputButItsOwnStagingFolders() throws {
        let site = try scratchSite()
        defer { removeFolders(site) }
        try write("my notes", to: site.appendingPathComponent(".public.placard-notes"))
        try write("mine", to: site.appendingPathComponent(".public.placard-new-1/file.txt"))
        let leftover = site.appendingPathComponent(".public.placard-old-2")
        try write("", to: leftover.appendingPathComponent(".placard-output"))
        #expect(try placard(["build"], in: site).status == 0)
        #expect(try read(site, ".public.placard-notes") == "my notes")
        #expect(try read(site, ".public.placard-new-1/file.txt") == "mine")
        #expect(!FileManager.default.fileExists(atPath: leftover.path), "a killed build's staging folder is cleared")
    }

    @Test func concurrentBuildsIntoOneFolderTakeTurns() async throws {
        let site = try scratchSite()
        defer { removeFolders(site) }
        let runs = try await withThrowingTaskGroup(of: Run.self) { group in
            for _ in 0..<3 { group.addTask { try placard(["build"], in: site) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for run in runs { #expect(run.status == 0, "\(run.stderr)") }
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/index.html").path))
    }

    @Test func aBuildWaitsForTheOneHoldingTheLockAndSaysSo() async throws {
        let site = try scratchSite()
        defer { removeFolders(site) }
        let lockFile = site.appendingPathComponent(".public.placard-lock").path
        let descriptor = open(lockFile, O_RDWR | O_CREAT, 0o644)
        #expect(flock(descriptor, LOCK_EX) == 0)
        guard let executable = placardExecutable else { throw MissingExecutable() }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["build"]
        process.currentDirectoryURL = site
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // Its note, not a fixed time, says it is waiting: on a loaded machine it may take seconds to start.
        let note = "public: note: another build is writing this output folder"
        var said = ""
        while !said.contains(note) {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        #expect(said.contains(note))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path),
                "nothing is written while another build holds the lock")
        flock(descriptor, LOCK_UN)
        close(descriptor)
        said += String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(said)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/index.html").path))
    }
}
