import Content
import Markdown
import Templates

/// One page to render: where it goes, with which template, how to make its context, and the
/// content it comes from (for messages that point at the source of a problem).
struct PlannedPage: Sendable {
    let path: String
    let template: String
    var source: SourceLocation? = nil
    /// Links written in the page's own Markdown, with lines in `source`'s file.
    var links: [Link] = []
    let context: @Sendable (PageContexts) -> TemplateValue

    init(path: String, template: String, source: SourceLocation? = nil, document: MarkdownDocument? = nil,
         context: @escaping @Sendable (PageContexts) -> TemplateValue) {
        self.path = path
        self.template = template
        self.source = source
        self.context = context
        // Body lines count from the line the body starts on.
        let offset = (source?.line ?? 1) - 1
        links = document?.links.map {
            Link(destination: $0.destination, isImage: $0.isImage, line: $0.line + offset, column: $0.column)
        } ?? []
    }
}

/// Every page of the site, in the order of the README's list of URLs ("The site it builds").
enum BuildPlan {
    static func pages(for rendered: RenderedSite, theme: Theme) -> [PlannedPage] {
        let site = rendered.site
        var pages = [PlannedPage(path: SitePaths.home, template: "home") { $0.home() }]
        for number in 1...rendered.articleListPageCount {
            pages.append(PlannedPage(path: SitePaths.articleList(page: number), template: "articles") {
                $0.articleList(page: number)
            })
        }
        for shown in rendered.articles {
            pages.append(PlannedPage(path: SitePaths.article(shown.slug), template: "article", source: shown.article.location,
                                     document: shown.document) { $0.article(shown.slug) })
        }
        pages.append(PlannedPage(path: SitePaths.organizations, template: "organizations") { $0.organizationIndex() })
        for organization in site.organizations {
            pages.append(PlannedPage(path: SitePaths.organization(organization.id), template: "organization",
                                     source: organization.location) { $0.organization(organization) })
        }
        pages.append(PlannedPage(path: SitePaths.events, template: "events") { $0.eventIndex() })
        for event in site.events {
            pages.append(PlannedPage(path: SitePaths.event(event.id), template: "event", source: event.location) {
                $0.event(event)
            })
        }
        for person in site.people {
            pages.append(PlannedPage(path: SitePaths.person(person.id), template: "person", source: person.location) {
                $0.person(person)
            })
        }
        for shown in rendered.pages {
            pages.append(PlannedPage(path: SitePaths.page(shown.slug), template: "page", source: shown.page.location,
                                     document: shown.document) { $0.page(shown) })
        }
        if theme.hasTemplate("search") {
            pages.append(PlannedPage(path: SitePaths.search, template: "search") { $0.search() })
        }
        if theme.hasTemplate("share"), PageContexts.hasSharePage(rendered) {
            pages.append(PlannedPage(path: SitePaths.shareMastodon, template: "share") { $0.shareMastodon() })
        }
        pages.append(PlannedPage(path: SitePaths.notFound, template: "404") { $0.notFound() })
        return pages
    }
}
