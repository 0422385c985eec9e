import Foundation

/// What an outside tool printed, and how it ended.
public struct ToolRun {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Both streams, for messages and for tools that report on either.
    public var output: String { stdout + stderr }
}

/// Runs an outside tool (`python3`, `xmllint`, `node`, `linkchecker`) to validate output. Its
/// streams go to files, never pipes that could fill; past the deadline it is killed with SIGKILL,
/// since children of test threads inherit a mask that blocks SIGTERM.
public func runTool(_ arguments: [String], deadline seconds: TimeInterval = 60) throws -> ToolRun {
    let folder = temporaryFolder("tool")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let (stdoutURL, stderrURL) = (folder.appendingPathComponent("stdout"), folder.appendingPathComponent("stderr"))
    _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
    let (stdout, stderr) = (try FileHandle(forWritingTo: stdoutURL), try FileHandle(forWritingTo: stderrURL))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let end = Date().addingTimeInterval(seconds)
    while process.isRunning && Date() < end { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    try stdout.close()
    try stderr.close()
    return ToolRun(status: process.terminationStatus, stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
                   stderr: try String(contentsOf: stderrURL, encoding: .utf8))
}
