import Content
import Foundation
import Yams

/// Writes a converted article as the front matter the README documents ("Content") and a CommonMark body.
enum ArticleWriter {
    /// The body: paragraphs as text, the first mention of each entry linked to its page, and
    /// quotations that stood alone as blockquotes with their attribution.
    static func body(paragraphs: [String], mentions: [[Mention]], quotes: [ExtractedQuote],
                     attribution: (EntityRef) -> String?) -> String {
        var linked = Set<EntityRef>()
        var blocks: [String] = []
        var quoteAt: [Int: ExtractedQuote] = [:]
        for quote in quotes { for index in quote.standaloneParagraphs { quoteAt[index] = quote } }
        // A dash line naming the speaker gives way to the blockquote's own attribution.
        let attributionLines = Set(quotes.compactMap { quote in
            quote.speaker.flatMap(attribution) == nil ? nil : quote.attributionParagraph
        })
        for (index, paragraph) in paragraphs.enumerated() where !attributionLines.contains(index) {
            let line = MarkdownEscaping.escapeLineStart(linkedText(paragraph, mentions[index], &linked))
            guard let quote = quoteAt[index] else {
                blocks.append(line)
                continue
            }
            var block = "> " + line
            if quote.standaloneParagraphs.last == index, let speaker = quote.speaker, let name = attribution(speaker) {
                block += "\n>\n> — " + MarkdownEscaping.escape(name)
            }
            if quote.standaloneParagraphs.first != index, !blocks.isEmpty { blocks[blocks.count - 1] += "\n>\n" + block; continue }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func linkedText(_ text: String, _ mentions: [Mention], _ linked: inout Set<EntityRef>) -> String {
        var output = ""
        var cursor = text.startIndex
        for mention in mentions where !linked.contains(mention.entity) && mention.range.lowerBound >= cursor {
            linked.insert(mention.entity)
            output += MarkdownEscaping.escape(String(text[cursor..<mention.range.lowerBound]))
            output += "[" + MarkdownEscaping.escape(String(text[mention.range])) + "](" + mention.entity.sitePath + ")"
            cursor = mention.range.upperBound
        }
        return output + MarkdownEscaping.escape(String(text[cursor...]))
    }

    /// The front matter, in the README's order, as YAML that Content reads back.
    static func frontMatter(_ article: Article) -> String {
        var pairs: [(Node, Node)] = []
        // Yams marks every scalar's tag implicit, so that libyaml writes none: naming it spares
        // the resolver's regular expressions, run for each scalar otherwise, and changes no byte.
        func plain(_ value: String) -> Node {
            Node(value, Tag(.str))
        }
        func add(_ key: String, _ value: Node?) {
            if let value { pairs.append((plain(key), value)) }
        }
        func text(_ value: String?) -> Node? {
            value.map { Node($0, Tag(.str), $0.contains("\n") ? .literal : .doubleQuoted) }
        }
        func list(_ values: [String]) -> Node? {
            values.isEmpty ? nil : Node.sequence(Node.Sequence(values.map(plain), Tag(.seq), .flow))
        }
        add("title", text(article.title))
        add("subtitle", text(article.subtitle))
        add("date", plain(article.date.iso))
        add("updated", article.updated.map { plain($0.iso) })
        add("slug", plain(article.slug))
        add("author", text(article.author))
        add("contact", text(article.contact))
        add("image", text(article.image))
        add("image_alt", article.image == nil ? nil : text(article.imageAlt))
        if let source = article.source {
            var sourcePairs: [(Node, Node)] = []
            for (key, value) in [("publisher", source.publisher), ("url", source.url), ("file", source.file)] {
                if let node = text(value) { sourcePairs.append((plain(key), node)) }
            }
            if source.offline { sourcePairs.append((plain("offline"), Node("true", Tag(.bool)))) }
            add("source", Node.mapping(Node.Mapping(sourcePairs, Tag(.map), .flow)))
        }
        add("organizations", list(article.organizations))
        add("people", list(article.people))
        add("events", list(article.events))
        if !article.quotes.isEmpty {
            add("quotes", Node.sequence(Node.Sequence(article.quotes.map { quote in
                var quotePairs: [(Node, Node)] = [(plain("text"), text(quote.text)!)]
                if let person = quote.person { quotePairs.append((plain("person"), plain(person))) }
                if let organization = quote.organization { quotePairs.append((plain("organization"), plain(organization))) }
                return Node.mapping(Node.Mapping(quotePairs))
            })))
        }
        add("draft", Node("false", Tag(.bool)))
        let yaml = (try? Yams.serialize(node: Node.mapping(Node.Mapping(pairs)), width: -1, allowUnicode: true)) ?? ""
        return "---\n" + yaml + "---\n"
    }
}
