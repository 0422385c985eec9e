import Yams

/// Reads the front matter of articles and pages into the model, checking references on the way.
struct DocumentLoader {
    let sink: DiagnosticSink
    let registries: RegistryLoader
    let organizations: Set<String>
    let people: Set<String>
    let events: Set<String>
    /// Output paths of the assets (`assets/cards/x.png`), for images named in front matter.
    let assets: Set<String>

    /// The same loader, reporting elsewhere.
    func reporting(to other: DiagnosticSink) -> DocumentLoader {
        DocumentLoader(sink: other, registries: RegistryLoader(sink: other), organizations: organizations, people: people,
                       events: events, assets: assets)
    }

    /// Changes whenever what documents are checked against does.
    var referencesSignature: Int {
        var hasher = Hasher()
        hasher.combine(organizations)
        hasher.combine(people)
        hasher.combine(events)
        hasher.combine(assets)
        return hasher.finalize()
    }

    func article(text: String, path: String, fileStem: String) -> Article? {
        guard let document = FrontMatter(text: text, path: path, sink: sink) else { return nil }
        guard let fields = frontMatterFields(document) else { return nil }
        fields.warnUnknownKeys(allowed: ["title", "subtitle", "date", "updated", "slug", "source", "summary",
                                         "author", "contact", "image", "image_alt", "organizations", "people", "events", "quotes",
                                         "draft"])
        let title = fields.string("title", required: true)
        let date = fields.day("date", required: true)
        let updated = fields.updatedDay(after: date)
        let slug = slug(fields, fileStem: fileStem)
        let organizationIDs = references(fields, "organizations", in: organizations, registry: "organizations.yaml")
        let personIDs = references(fields, "people", in: people, registry: "people.yaml")
        let eventIDs = references(fields, "events", in: events, registry: "events.yaml")
        let quotes = fields.list("quotes").compactMap(quote(document.yaml))
        let (subtitle, author, source, summary) = (fields.string("subtitle"), fields.string("author"),
                                                   source(fields), fields.string("summary"))
        let contact = fields.string("contact")
        let draft = fields.bool("draft") ?? false
        let (image, imageAlt, imageLocation) = ImageField.read(fields, assets: assets, sink: sink)
        guard let title, let date, let slug else { return nil }
        return Article(slug: slug, title: title, subtitle: subtitle, date: date,
                       updated: updated, author: author, contact: contact, source: source,
                       summary: summary, image: image,
                       organizations: organizationIDs, people: personIDs, events: eventIDs, quotes: quotes,
                       draft: draft, body: document.body,
                       location: SourceLocation(file: path, line: document.bodyLine),
                       imageAlt: imageAlt, imageLocation: imageLocation)
    }

    func page(text: String, path: String, fileStem: String) -> Page? {
        guard let document = FrontMatter(text: text, path: path, sink: sink) else { return nil }
        guard let fields = frontMatterFields(document) else { return nil }
        fields.warnUnknownKeys(allowed: ["title", "slug", "summary", "draft"])
        let title = fields.string("title", required: true)
        let slug = slug(fields, fileStem: fileStem)
        let (summary, draft) = (fields.string("summary"), fields.bool("draft") ?? false)
        guard let title, let slug else { return nil }
        return Page(slug: slug, title: title, summary: summary, draft: draft, body: document.body,
                    location: SourceLocation(file: path, line: document.bodyLine))
    }

    private func frontMatterFields(_ document: FrontMatter) -> YAMLFields? {
        guard !document.yaml.text.isEmpty else {
            sink.error(SourceLocation(file: document.yaml.path, line: 1, column: 1),
                       "missing front matter: start the file with a '---' line, the fields, and another '---' line")
            return nil
        }
        guard let root = document.yaml.compose(into: sink) else { return nil }
        return YAMLFields(root, source: document.yaml, sink: sink, what: "front matter")
    }

    private func slug(_ fields: YAMLFields, fileStem: String) -> String? {
        if let explicit = fields.string("slug") {
            guard Slug.isValid(explicit) else {
                sink.error(fields.location(of: "slug"),
                           "slug '\(explicit)' may only hold lowercase letters, digits and single hyphens")
                return nil
            }
            return explicit
        }
        let derived = Slug.from(fileStem)
        guard !derived.isEmpty else {
            sink.error(fields.location, "cannot make a slug from the file name; add a 'slug' field")
            return nil
        }
        return derived
    }

    private func source(_ fields: YAMLFields) -> ArticleSource? {
        guard let source = fields.fields("source") else { return nil }
        source.warnUnknownKeys(allowed: ["publisher", "url", "file", "offline"])
        return ArticleSource(publisher: source.string("publisher"), url: source.url("url"),
                             file: source.string("file"), offline: source.bool("offline") ?? false,
                             location: fields.location(of: "source"))
    }

    private func references(_ fields: YAMLFields, _ key: String, in known: Set<String>, registry: String) -> [String] {
        let located = fields.strings(key)
        for reference in located {
            registries.checkReference(reference.value, in: known, registry: registry, at: reference.location)
        }
        return located.map(\.value)
    }

    private func quote(_ yaml: YAMLText) -> (Yams.Node) -> Quote? {
        { node in
            guard let fields = YAMLFields(node, source: yaml, sink: sink, what: "each quote") else { return nil }
            fields.warnUnknownKeys(allowed: ["text", "person", "organization"])
            let text = fields.string("text", required: true)
            let person = fields.string("person")
            let organization = fields.string("organization")
            if let person {
                registries.checkReference(person, in: people, registry: "people.yaml", at: fields.location(of: "person"))
            }
            if let organization {
                registries.checkReference(organization, in: organizations, registry: "organizations.yaml",
                                          at: fields.location(of: "organization"))
            }
            guard let text else { return nil }
            return Quote(text: text, person: person, organization: organization)
        }
    }
}
