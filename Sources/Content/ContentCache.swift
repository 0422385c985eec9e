import Foundation

/// What a long-running process (`placard serve`) keeps between loads of one site: each file's text
/// with its stamp, and each article or page as loaded from that text. A load reads again only the
/// files whose stamps changed, and parses again only the documents whose text (or the registries
/// and assets they are checked against) changed; it reports the same diagnostics as a fresh load.
public final class ContentCache: @unchecked Sendable {
    private struct Text {
        var stamp: FileStamp
        /// The real path of the folder holding the file: a folder above it replaced by a link changes it.
        var folder: String
        var readAt: Date
        var text: String?
        var diagnostics: [Diagnostic]
    }

    /// What a text was parsed into, from which file (and file name), and against what.
    struct ParseKey: Hashable {
        var path: String
        var stem: String = ""
        var kind: String
        /// What the text is checked against: the registries' ids, the assets.
        var references: Int = 0
    }

    private struct Document {
        var text: String
        /// A `Box` of the value: casting a class is a look at its type, casting `Any` to a large
        /// struct copied it field by field.
        var value: AnyObject
        var diagnostics: [Diagnostic]
    }

    private final class Box<Value> {
        let value: Value?
        init(_ value: Value?) { self.value = value }
    }

    private let lock = NSLock()
    private var texts: [String: Text] = [:]
    private var documents: [ParseKey: Document] = [:]
    private var usedTexts: [String: Text] = [:]
    private var usedDocuments: [ParseKey: Document] = [:]
    /// Real paths of the folders looked in during this load.
    private var realFolders: [String: String] = [:]

    public init() {}

    /// The text of `file`, checked and read again only when its stamp changed (and always through a
    /// link); `read` checks and reads, reporting into the sink it is given.
    func text(of path: String, sink: DiagnosticSink, read: (DiagnosticSink) -> String?) -> String? {
        let stamp = FileStamp(path: path)
        let folder = realFolder(of: path)
        if let stamp, stamp.isPlainFile, let cached = lock.withLock({ texts[path] }), cached.stamp == stamp,
           cached.folder == folder, stamp.isSettled(readAt: cached.readAt) {
            lock.withLock { usedTexts[path] = cached }
            sink.append(cached.diagnostics)
            return cached.text
        }
        let readAt = Date()
        let own = DiagnosticSink()
        let text = read(own)
        sink.append(own.diagnostics)
        // A stamp taken before the read: a write during the read changes it, and the next load reads again.
        if let stamp {
            lock.withLock {
                usedTexts[path] = Text(stamp: stamp, folder: folder, readAt: readAt, text: text, diagnostics: own.diagnostics)
            }
        }
        return text
    }

    /// What `text` parses into, parsed again only when the text or its references changed.
    func parsed<Value>(_ key: ParseKey, text: String, sink: DiagnosticSink, load: (DiagnosticSink) -> Value?) -> Value? {
        if let cached = lock.withLock({ documents[key] }), cached.text.hasSameBytes(as: text) {
            lock.withLock { usedDocuments[key] = cached }
            sink.append(cached.diagnostics)
            return (cached.value as? Box<Value>)?.value
        }
        let own = DiagnosticSink()
        let value = load(own)
        sink.append(own.diagnostics)
        lock.withLock { usedDocuments[key] = Document(text: text, value: Box(value), diagnostics: own.diagnostics) }
        return value
    }

    private func realFolder(of path: String) -> String {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        if let known = lock.withLock({ realFolders[folder] }) { return known }
        let real = FileSystemEntry.realPath(folder)
        lock.withLock { realFolders[folder] = real }
        return real
    }

    /// Ends a load: what it did not use (deleted and renamed files) is dropped.
    func finishLoad() {
        lock.withLock {
            realFolders = [:]
            texts = usedTexts
            documents = usedDocuments
            usedTexts = [:]
            usedDocuments = [:]
        }
    }
}
