import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Calls back when anything changes under the watched folders: inotify on Linux (folders created
/// later are watched too), a one-second poll of modification times elsewhere.
final class FileWatcher: @unchecked Sendable {
    private let recursiveRoots: [URL]
    private let shallowRoot: URL
    private let ignoredNames: Set<String>
    private let onChange: @Sendable () -> Void
    private let lock = NSLock()
    private var running = true

    /// Watches `recursiveRoots` whole, and the entries directly in `shallowRoot` (the site root,
    /// where the output folder lives too: its names go in `ignoredNames`).
    init(recursiveRoots: [URL], shallowRoot: URL, ignoredNames: Set<String>, onChange: @escaping @Sendable () -> Void) {
        self.recursiveRoots = recursiveRoots
        self.shallowRoot = shallowRoot
        self.ignoredNames = ignoredNames
        self.onChange = onChange
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "placard-watcher"
        thread.start()
    }

    func stop() {
        lock.withLock { running = false }
    }

    private var isRunning: Bool { lock.withLock { running } }

    #if os(Linux)
    private func run() {
        let fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0 else { return pollForever() }
        defer { close(fd) }
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE
            | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB)
        var watched: [Int32: URL] = [:]
        func watch(_ folder: URL) {
            let descriptor = inotify_add_watch(fd, folder.path, mask)
            if descriptor >= 0 { watched[descriptor] = folder }
        }
        func watchTrees() {
            for root in recursiveRoots {
                watch(root)
                for folder in Self.folders(under: root) { watch(folder) }
            }
        }
        watch(shallowRoot)
        watchTrees()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while isRunning {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 200) > 0 else { continue }
            let count = read(fd, &buffer, buffer.count)
            guard count > 0 else { continue }
            var relevant = false
            var offset = 0
            while offset < count {
                let event = buffer.withUnsafeBytes { $0.load(fromByteOffset: offset, as: inotify_event.self) }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = buffer[nameStart..<nameStart + Int(event.len)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if watched[event.wd] != shallowRoot || !(ignoredNames.contains(name) || name.hasPrefix(".")) {
                    relevant = true
                }
                offset = nameStart + Int(event.len)
            }
            if relevant {
                watchTrees()  // folders created since: inotify_add_watch on a watched folder is harmless
                onChange()
            }
        }
    }
    #else
    private func run() { pollForever() }
    #endif

    private func pollForever() {
        var last = snapshot()
        while isRunning {
            Thread.sleep(forTimeInterval: 1)
            let now = snapshot()
            if now != last {
                last = now
                onChange()
            }
        }
    }

    private func snapshot() -> [String: Date] {
        var state: [String: Date] = [:]
        for root in recursiveRoots {
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey])
            else { continue }
            for case let url as URL in walker {
                state[url.path] = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
            }
        }
        return state
    }

    static func folders(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else {
            return []
        }
        return walker.compactMap { item in
            guard let url = item as? URL, (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true
            else { return nil }
            return url
        }
    }
}
