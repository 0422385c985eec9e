import Foundation

/// Splits a raw document into its non-empty lines. Most sources hold one paragraph per line; a
/// hard-wrapped one (a plain-text email or feed, cut at a fixed width) has its paragraphs' lines
/// joined again, so that a paragraph is not read as a dozen short ones.
enum SourceLines {
    static func split(_ text: String) -> [SourceLine] {
        let raw = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmedOfSpaces }
        let lines = raw.enumerated().compactMap { $0.element.isEmpty ? nil : SourceLine(number: $0.offset + 1, text: $0.element) }
        return (isHardWrapped(raw) ? joinWrapped(raw) : lines).map {
            SourceLine(number: $0.number, text: collapsingSpaces($0.text))
        }
    }

    /// Runs of spaces are one space, as a browser shows them; and the patterns that read a line
    /// (`\s*` before a word) would try a long run once for each of its spaces.
    static func collapsingSpaces(_ text: String) -> String {
        var text = text
        let collapsed = text.withUTF8 { bytes -> [UInt8]? in
            var output: [UInt8]?
            var position = 0
            while position < bytes.count {
                var end = position + scalarLength(bytes[position])
                guard isWhitespace(bytes, position) else {
                    output?.append(contentsOf: bytes[position..<end])
                    position = end
                    continue
                }
                var run = 1
                while end < bytes.count, isWhitespace(bytes, end) {
                    end += scalarLength(bytes[end])
                    run += 1
                }
                if run > 1, output == nil { output = Array(bytes[..<position]) }
                output?.append(contentsOf: run > 1 ? [0x20] : Array(bytes[position..<end]))
                position = end
            }
            return output
        }
        return collapsed.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// The length of the UTF-8 sequence that `lead` starts.
    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Whether the scalar at `position` is Unicode's White_Space; Unicode's tables are read for non-ASCII only.
    private static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        let lead = bytes[position]
        if lead < 0x80 { return lead == 0x20 || (0x09...0x0D).contains(lead) }
        return Unicode.Scalar(UTF8Bytes.scalar(bytes, at: position).value)?.properties.isWhitespace ?? false
    }

    /// Lines of a wrapped paragraph: long, ending mid-sentence, and not list items.
    private static let wrapWidth = 50...90

    /// Many lines of about the same width that end mid-sentence and run on into the next line.
    static func isHardWrapped(_ raw: [String]) -> Bool {
        let nonEmpty = raw.filter { !$0.isEmpty }.count
        let wrapped = raw.indices.dropLast().filter { index in
            let line = raw[index]
            return wrapWidth.contains(line.count) && !line.endsLikeASentence && !startsBlock(line)
                && !raw[index + 1].isEmpty
        }.count
        return wrapped >= 5 && wrapped * 5 >= nonEmpty * 2
    }

    /// Joins each line to the next while the paragraph so far runs on: it is long, ends without
    /// closing punctuation, and the next line does not open a block of its own.
    private static func joinWrapped(_ raw: [String]) -> [SourceLine] {
        var lines: [SourceLine] = []
        var runsOn = false
        for (offset, text) in raw.enumerated() {
            guard !text.isEmpty else { runsOn = false; continue }
            if runsOn, !startsBlock(text), !isLineOfItsOwn(text, before: raw.dropFirst(offset + 1).first), var last = lines.popLast() {
                last.text += " " + text
                lines.append(last)
            } else {
                lines.append(SourceLine(number: offset + 1, text: text))
            }
            let paragraph = lines[lines.count - 1].text
            runsOn = paragraph.hasAtLeast(wrapWidth.lowerBound) && (!paragraph.endsLikeASentence || leavesQuotationOpen(paragraph))
        }
        return lines
    }

    /// A short line that ends no sentence, before a line that opens one: a heading, not the last line
    /// of a wrapped paragraph (those end their sentence).
    private static func isLineOfItsOwn(_ text: String, before next: String?) -> Bool {
        text.count < wrapWidth.lowerBound && !text.endsLikeASentence && next?.first?.isUppercase == true
    }

    /// A quotation that a sentence's end inside it leaves open (`“It is dangerous.` / `We will stop it,” she said.`)
    /// goes on in the next line, in a copy wrapped at a fixed width.
    private static func leavesQuotationOpen(_ paragraph: String) -> Bool {
        paragraph.count <= maximumQuotedParagraph && QuoteMarks(paragraph).spans.last?.isOpen == true
    }

    /// Paragraphs longer than this are not rejoined for an open quotation: a stray mark, not a quotation.
    private static let maximumQuotedParagraph = 1_500

    /// A list item, a dash, a block quote or a `Label:` opens a line of its own.
    private static func startsBlock(_ text: String) -> Bool {
        text.matches(blockStart)
    }

    private static let blockStart = regex(#"^([-*•>—–]|\d{1,2}[.)]\s|\p{Lu}[\p{L} ]{0,23}:\s)"#)
}
