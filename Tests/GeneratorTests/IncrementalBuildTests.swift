import Generator
import Content
import Foundation
import TestSupport
import Testing

func inode(_ url: URL) throws -> UInt64 {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
}

@Suite struct IncrementalBuildTests {
    @Test func unchangedFilesAreNotRewritten() async throws {
        let site = try scratchCopy(of: "minimal")
        let output = temporaryFolder()
        try await build(site, into: output)
        let home = try inode(output.appendingPathComponent("index.html"))
        let about = try inode(output.appendingPathComponent("about/index.html"))
        let logo = try inode(output.appendingPathComponent("assets/logos/one.svg"))
        try Data("---\ntitle: \"About\"\n---\nChanged.\n".utf8).write(to: site.appendingPathComponent("content/pages/about.md"))
        try await build(site, into: output)
        #expect(try inode(output.appendingPathComponent("index.html")) == home)
        #expect(try inode(output.appendingPathComponent("assets/logos/one.svg")) == logo)
        #expect(try inode(output.appendingPathComponent("about/index.html")) != about)
        #expect(try read(output, "about/index.html").contains("Changed."))
    }

    @Test func aCachedRebuildRendersOnlyWhatChangedAndMatchesACleanBuild() async throws {
        let site = try scratchCopy(of: "minimal")
        let output = temporaryFolder(), clean = temporaryFolder()
        var options = BuildOptions(sourceRoot: site, output: output, templates: defaultTheme, version: "test")
        let cache = BuildCache()
        options.cache = cache
        _ = try await SiteBuilder.build(options)
        let pages = cache.misses
        #expect(pages == 19 && cache.hits == 0)
        _ = try await SiteBuilder.build(options)
        #expect(cache.hits == pages && cache.misses == pages)
        // One article changes: its page and the pages that list it are rendered again, no more.
        let article = site.appendingPathComponent("content/articles/second-story.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "The council voted on the ban.", with: "The council voted.").utf8).write(to: article)
        _ = try await SiteBuilder.build(options)
        let rerendered = cache.misses - pages
        #expect(rerendered > 0 && rerendered < pages)
        _ = try await SiteBuilder.build(BuildOptions(sourceRoot: site, output: clean, templates: defaultTheme, version: "test"))
        for path in files(in: clean) {
            #expect(try Data(contentsOf: output.appendingPathComponent(path)) == Data(contentsOf: clean.appendingPathComponent(path)), "\(path)")
        }
    }
}
