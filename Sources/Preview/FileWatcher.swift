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

    /// Watches from the moment it returns: changes made right after are seen.
    func start() {
        #if os(Linux)
        let fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        if fd >= 0 {
            var watches = Watches(fd: fd)
            watches.add(shallowRoot)
            watches.addTrees(recursiveRoots)
            let ready = watches
            let thread = Thread { [self] in run(ready) }
            thread.name = "placard-watcher"
            thread.start()
            return
        }
        #endif
        let thread = Thread { [self] in pollForever() }
        thread.name = "placard-watcher"
        thread.start()
    }

    func stop() {
        lock.withLock { running = false }
    }

    private var isRunning: Bool { lock.withLock { running } }

    #if os(Linux)
    /// The inotify instance and what each watch descriptor watches.
    struct Watches {
        let fd: Int32
        var folders: [Int32: URL] = [:]
        static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE
            | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB)

        mutating func add(_ folder: URL) {
            let descriptor = inotify_add_watch(fd, folder.path, Self.mask)
            if descriptor >= 0 { folders[descriptor] = folder }
        }

        /// Adding a folder already watched is harmless: this also picks up folders created since.
        mutating func addTrees(_ roots: [URL]) {
            for root in roots {
                add(root)
                for folder in FileWatcher.folders(under: root) { add(folder) }
            }
        }
    }

    private func run(_ initial: Watches) {
        var watches = initial
        defer { close(watches.fd) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while isRunning {
            var descriptor = pollfd(fd: watches.fd, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 200) > 0 else { continue }
            let count = read(watches.fd, &buffer, buffer.count)
            guard count > 0 else { continue }
            var relevant = false
            var newFolders = false
            var offset = 0
            while offset < count {
                let event = buffer.withUnsafeBytes { $0.load(fromByteOffset: offset, as: inotify_event.self) }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = buffer[nameStart..<nameStart + Int(event.len)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if watches.folders[event.wd] != shallowRoot || !(ignoredNames.contains(name) || name.hasPrefix(".")) {
                    relevant = true
                }
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0
                    || event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    newFolders = true
                }
                offset = nameStart + Int(event.len)
            }
            // Walking the trees again costs a look at every file: only when a folder appeared.
            if newFolders { watches.addTrees(recursiveRoots) }
            if relevant { onChange() }
        }
    }
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
