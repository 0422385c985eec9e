import Foundation

/// Reads content files the way people save them: UTF-8, with or without a BOM, any line endings.
enum TextFile {
    /// `cache` (kept by `placard serve`) skips reading a file whose stamp has not changed.
    /// `path` is a file path, not a URL: a preview load looks at every file, and making a URL for
    /// each made a tenth of a rebuild; one is made only to read.
    static func read(path: String, displayPath: String, files: SiteFiles, sink: DiagnosticSink,
                     cache: ContentCache? = nil) -> String? {
        let read = { (sink: DiagnosticSink) in
            readChecked(URL(fileURLWithPath: path, isDirectory: false), displayPath: displayPath, files: files, sink: sink)
        }
        guard let cache else { return read(sink) }
        return cache.text(of: path, sink: sink, read: read)
    }

    /// The text of a file, if `files` may read it.
    private static func readChecked(_ url: URL, displayPath: String, files: SiteFiles, sink: DiagnosticSink) -> String? {
        var problems: [Diagnostic] = []
        let readable = files.readable(url, displayPath: displayPath, problems: &problems)
        sink.append(problems)
        guard let readable else { return nil }
        return decode(readable, displayPath: displayPath, sink: sink)
    }

    /// The text of a file that may be read.
    static func decode(_ readable: URL, displayPath: String, sink: DiagnosticSink) -> String? {
        let data: Data
        do {
            data = try Data(contentsOf: readable)
        } catch {
            sink.error(SourceLocation(file: displayPath), "cannot read file: \(error.localizedDescription)")
            return nil
        }
        guard var text = String(validatingUTF8Data: data) else {
            sink.error(SourceLocation(file: displayPath), "file is not valid UTF-8 text")
            return nil
        }
        if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst() }
        return normalizeLineEndings(text)
    }

    static func normalizeLineEndings(_ text: String) -> String {
        let carriageReturn = UInt8(ascii: "\r")
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(carriageReturn) })
            ?? text.utf8.contains(carriageReturn) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

extension String {
    /// Checks and copies the bytes once, without Foundation's bridging.
    init?(validatingUTF8Data data: Data) {
        guard let text = String(validating: data, as: UTF8.self) else { return nil }
        self = text
    }
}

/// Identifiers and slugs: lowercase letters, digits and single hyphens.
public enum Slug {
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A slug made from a file name: `Press Release (June).md` → `press-release-june`.
    public static func from(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue  // "Amazon's" → "amazons", not "amazon-s"
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }
}
