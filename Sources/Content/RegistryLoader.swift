import Foundation
import Yams

/// Reads the registries: `organizations.yaml`, `people.yaml`, `events.yaml`.
struct RegistryLoader {
    let sink: DiagnosticSink

    /// The entries of a registry file, each a mapping; an absent file is an empty registry.
    func entries(of source: YAMLText?, what: String) -> [YAMLFields] {
        guard let source, let root = source.compose(into: sink) else { return [] }
        if case .scalar(let scalar) = root, scalar.string.isEmpty { return [] }
        guard let list = root.sequence else {
            sink.error(source.location(root.mark), "\(source.path) must be a list of \(what)s")
            return []
        }
        return list.compactMap { YAMLFields($0, source: source, sink: sink, what: "each \(what)") }
    }

    func organizations(_ source: YAMLText?) -> [Organization] {
        let allowed: Set = ["id", "name", "aliases", "kind", "url", "description", "logo"]
        return entries(of: source, what: "organization").compactMap { fields in
            fields.warnUnknownKeys(allowed: allowed)
            let id = identifier(fields)
            let name = fields.string("name", required: true)
            var kind = OrganizationKind.other
            if let text = fields.string("kind") {
                if let known = OrganizationKind(rawValue: text) {
                    kind = known
                } else {
                    let kinds = OrganizationKind.allCases.map(\.rawValue).joined(separator: ", ")
                    fields.sink.error(fields.location(of: "kind"), "unknown kind '\(text)'; expected one of \(kinds)")
                }
            }
            let aliases = fields.strings("aliases")
            checkLimits(fields, names: ["name"], aliases: aliases)
            let (url, description, logo) = (fields.url("url"), fields.string("description"), fields.string("logo"))
            guard let id, let name else { return nil }
            return Organization(id: id, name: name, aliases: aliases.map(\.value), kind: kind, url: url,
                                description: description, logo: logo, location: fields.location)
        }
    }

    func people(_ source: YAMLText?, organizations: Set<String>) -> [Person] {
        let allowed: Set = ["id", "name", "aliases", "organization", "role"]
        return entries(of: source, what: "person").compactMap { fields in
            fields.warnUnknownKeys(allowed: allowed)
            let id = identifier(fields)
            let name = fields.string("name", required: true)
            let organization = fields.string("organization")
            if let organization {
                checkReference(organization, in: organizations, registry: "organizations.yaml",
                               at: fields.location(of: "organization"))
            }
            let (aliases, role) = (fields.strings("aliases"), fields.string("role"))
            checkLimits(fields, names: ["name"], aliases: aliases)
            guard let id, let name else { return nil }
            return Person(id: id, name: name, aliases: aliases.map(\.value), organization: organization, role: role,
                          location: fields.location)
        }
    }

    func events(_ source: YAMLText?, organizations: Set<String>) -> [Event] {
        let allowed: Set = ["id", "title", "date", "start", "end", "kind", "location", "virtual", "aliases",
                            "organizations", "description", "time", "end_time", "timezone", "url"]
        return entries(of: source, what: "event").compactMap { fields in
            fields.warnUnknownKeys(allowed: allowed)
            let id = identifier(fields)
            let title = fields.string("title", required: true)
            let (start, end) = dates(fields)
            let organizationRefs = fields.strings("organizations")
            for reference in organizationRefs {
                checkReference(reference.value, in: organizations, registry: "organizations.yaml",
                               at: reference.location)
            }
            let (kind, place, isVirtual) = (fields.string("kind"), fields.string("location"),
                                            fields.bool("virtual") ?? false)
            let (aliases, description) = (fields.strings("aliases"), fields.string("description"))
            checkLimits(fields, names: ["title"], aliases: aliases)
            if isVirtual, place != nil {
                sink.warning(fields.location(of: "location"), "an event with 'virtual: true' shows as online; 'location' is ignored")
            }
            let times = times(fields, start: start, end: end)
            let url = fields.url("url")
            guard let id, let title, let start else { return nil }
            return Event(id: id, title: title, start: start, end: end, kind: kind, place: isVirtual ? nil : place,
                         isVirtual: isVirtual, aliases: aliases.map(\.value), organizations: organizationRefs.map(\.value),
                         description: description, location: fields.location, time: times.start,
                         endTime: times.end, timeZone: times.zone, url: url)
        }
    }

    /// `time` with its `timezone`, and an optional `end_time` (on the last day) not before the start.
    private func times(_ fields: YAMLFields, start: Day?, end: Day?) -> (start: TimeOfDay?, end: TimeOfDay?, zone: String?) {
        let time = self.time(fields, "time")
        let endTime = self.time(fields, "end_time")
        var zone = fields.string("timezone")
        if let name = zone, TimeZone(identifier: name) == nil {
            sink.error(fields.location(of: "timezone"),
                       "unknown time zone '\(name)'; give an IANA name such as 'America/New_York'")
            zone = nil
        }
        if fields.value("time") == nil {
            if fields.value("end_time") != nil {
                sink.error(fields.location(of: "end_time"), "'end_time' needs a start 'time'")
            }
            if zone != nil {
                sink.warning(fields.location(of: "timezone"), "'timezone' is ignored without 'time'")
            }
            return (nil, nil, nil)
        }
        if fields.value("timezone") == nil {
            sink.error(fields.location(of: "time"),
                       "'time' needs a 'timezone' (an IANA name such as 'America/New_York')")
        }
        if let start, let time, let endTime, ((end ?? start), endTime) < (start, time) {
            sink.error(fields.location(of: "end_time"),
                       "the end (\(end ?? start) \(endTime)) is before the start (\(start) \(time))")
        }
        guard let time, let zone else { return (nil, nil, nil) }
        return (time, endTime, zone)
    }

    private func time(_ fields: YAMLFields, _ key: String) -> TimeOfDay? {
        guard let text = fields.string(key) else { return nil }
        guard let time = TimeOfDay(text: text) else {
            sink.error(fields.location(of: key), "'\(key)' must be a 24-hour time written HH:MM, not '\(text)'")
            return nil
        }
        return time
    }

    /// `date`, or `start` with an optional `end` on or after it.
    private func dates(_ fields: YAMLFields) -> (Day?, Day?) {
        if fields.value("date") != nil {
            if fields.value("start") != nil || fields.value("end") != nil {
                sink.error(fields.location(of: "date"), "give either 'date' or 'start'/'end', not both")
            }
            return (fields.day("date"), nil)
        }
        guard fields.value("start") != nil else {
            sink.error(fields.location, "missing required field 'date' (or 'start' and 'end')")
            return (nil, nil)
        }
        let start = fields.day("start")
        let end = fields.day("end")
        if let start, let end, end < start {
            sink.error(fields.location(of: "end"), "'end' (\(end)) is before 'start' (\(start))")
        }
        return (start, end == start ? nil : end)
    }

    /// README's "Limits": every name and alias is matched against every raw document, and no
    /// field is a book.
    private func checkLimits(_ fields: YAMLFields, names: Set<String>, aliases: [Located<String>]) {
        for (key, value) in fields.node.mapping ?? [:] {
            guard let key = key.string, key != "aliases", case .scalar(let scalar) = value else { continue }
            let limit = names.contains(key) ? Limits.nameCharacters : Limits.fieldCharacters
            let length = scalar.string.count
            if length > limit {
                sink.error(fields.source.location(value.mark), "'\(key)' is \(length) characters long; the limit is \(limit)")
            }
        }
        if aliases.count > Limits.aliasesPerEntry {
            sink.error(fields.location(of: "aliases"), "'aliases' has \(aliases.count) entries; the limit is \(Limits.aliasesPerEntry)")
        }
        for alias in aliases where alias.value.count > Limits.nameCharacters {
            sink.error(alias.location, "an alias is \(alias.value.count) characters long; the limit is \(Limits.nameCharacters)")
        }
    }

    private func identifier(_ fields: YAMLFields) -> String? {
        guard let id = fields.string("id", required: true) else { return nil }
        guard Slug.isValid(id) else {
            sink.error(fields.location(of: "id"),
                       "id '\(id)' may only hold lowercase letters, digits and single hyphens (try '\(Slug.from(id))')")
            return nil
        }
        return id
    }

    /// Every id written in a registry's text, parsed or not: when the file does not parse, a
    /// reference to one of these is no second error.
    static func idsWritten(in source: YAMLText?) -> Set<String> {
        guard let text = source?.text else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return Set(idDeclaration.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        })
    }

    private static let idDeclaration = try! NSRegularExpression(
        pattern: #"(?:^|[\{,\s-])id\s*:\s*["']?([A-Za-z0-9-]+)"#, options: [.anchorsMatchLines])

    func checkReference(_ id: String, in known: Set<String>, registry: String, at location: SourceLocation) {
        guard !known.contains(id) else { return }
        var message = "unknown id '\(id)': not in \(registry)"
        if let close = known.min(by: { editDistance($0, id) < editDistance($1, id) }),
           editDistance(close, id) <= max(2, id.count / 3) {
            message += "; did you mean '\(close)'?"
        }
        sink.error(location, message)
    }
}

/// Levenshtein distance, for "did you mean" hints.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
