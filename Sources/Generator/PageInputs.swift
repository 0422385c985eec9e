import Content

/// What each output of a build depends on, as hashes: an output whose inputs hash as before is the
/// same as before, so the preview renders again only the pages, and writes again only the feeds and
/// other files, whose inputs changed. Pages are sorted by what their contexts read
/// (Templates/PageKinds.swift): an article's or a standalone page's own page reads that document
/// and the registries; every other page may list articles, so it reads every article's list data
/// (all but the body); only feeds and the search index read other articles' bodies. Everything
/// reads `global`.
/// A new page kind that shows articles' bodies must get its own inputs here.
struct PageInputs {
    /// Configuration, registries (with their descriptions), assets and images, theme, reference day, version.
    let global: Int
    /// Every article as lists, indexes, the sitemap and the search index show it.
    let lists: Int
    /// Every standalone page, whole.
    let pages: Int
    /// Every article, whole: the search index holds their bodies' words.
    let wholeArticles: Int
    /// Each article, whole, by slug.
    let articles: [String: Int]
    /// The document shown on each article's and standalone page's own page, by site path.
    private let documents: [String: Int]

    /// `bodies` tells which bodies changed since the last build, and learns this build's.
    init(_ prepared: PreparedSite, version: String, bodies: inout BodyVersions) {
        let rendered = prepared.rendered
        let site = rendered.site
        var hasher = Hasher()
        hasher.combine(site.config)
        hasher.combine(site.organizations)
        hasher.combine(site.people)
        hasher.combine(site.events)
        hasher.combine(site.assets)
        hasher.combine(rendered.images)
        hasher.combine(prepared.theme.signature)
        hasher.combine(prepared.theme.staticFiles)
        hasher.combine(rendered.today)
        hasher.combine(version)
        let global = hasher.finalize()
        self.global = global

        var lists = Hasher()
        var wholeArticles = Hasher()
        var articles: [String: Int] = [:]
        var documents: [String: Int] = [:]
        for shown in rendered.articles {
            var listed = shown.article
            listed.body = ""
            lists.combine(listed)
            lists.combine(shown.summary)
            let whole = Self.hash(global, listed, bodies.version(of: shown.article.body, for: "article " + shown.slug))
            wholeArticles.combine(whole)
            articles[shown.slug] = whole
            documents[SitePaths.article(shown.slug)] = whole
        }
        self.lists = lists.finalize()
        self.wholeArticles = wholeArticles.finalize()
        var pages = Hasher()
        for shown in rendered.pages {
            var page = shown.page
            page.body = ""
            let key = Self.hash(global, page, bodies.version(of: shown.page.body, for: "page " + shown.slug))
            pages.combine(key)
            documents[SitePaths.page(shown.slug)] = key
        }
        self.pages = pages.finalize()
        self.articles = articles
        self.documents = documents
        bodies.forgetUnused()
    }

    func key(of page: PlannedPage) -> Int {
        let isDocument = page.template == "article" || page.template == "page"
        guard isDocument, let document = documents[page.path] else { return Self.hash(global, lists, page.template, page.path) }
        return Self.hash(document, page.template, page.path)
    }

    /// A feed: its own values, its articles whole, and (for an empty feed, dated by the site's
    /// newest article) every article's list data.
    func key(of feed: Feeds.Plan) -> Int {
        var hasher = Hasher()
        hasher.combine(global)
        hasher.combine(feed.path)
        hasher.combine(feed.page)
        hasher.combine(feed.title)
        hasher.combine(feed.subtitle)
        for slug in feed.articles { hasher.combine(articles[slug]) }
        if feed.articles.isEmpty { hasher.combine(lists) }
        return hasher.finalize()
    }

    /// The sitemap, robots.txt and calendars: articles as lists show them, and every page's path.
    func key(ofListingsFor pagePaths: [String]) -> Int {
        Self.hash(global, lists, pages, pagePaths)
    }

    /// The search index, which holds every body's words.
    var searchIndex: Int {
        Self.hash(global, lists, wholeArticles, pages)
    }

    private static func hash<each Value: Hashable>(_ values: repeat each Value) -> Int {
        var hasher = Hasher()
        repeat hasher.combine(each values)
        return hasher.finalize()
    }
}

/// Each article's and page's body as last built, with a number that changes whenever its bytes
/// do: comparing bytes (mostly the same storage, kept by the content cache) is exact and cheaper
/// than hashing them.
struct BodyVersions {
    private var bodies: [String: (body: String, version: Int)] = [:]
    private var used: Set<String> = []
    private var next = 0

    mutating func version(of body: String, for document: String) -> Int {
        used.insert(document)
        if let known = bodies[document], known.body.hasSameBytes(as: body) { return known.version }
        next += 1
        bodies[document] = (body, next)
        return next
    }

    /// Drops the documents this build did not have.
    mutating func forgetUnused() {
        bodies = bodies.filter { used.contains($0.key) }
        used = []
    }
}
