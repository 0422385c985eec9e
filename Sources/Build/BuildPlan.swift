import Content
import Templates

/// One page to render: where it goes, with which template, and how to make its context.
struct PlannedPage: Sendable {
    let path: String
    let template: String
    let context: @Sendable (PageContexts) -> TemplateValue
}

/// Every page of the site, in the order of DESIGN.md's URL list.
enum BuildPlan {
    static func pages(for contexts: PageContexts) -> [PlannedPage] {
        let site = contexts.site
        var pages = [PlannedPage(path: SitePaths.home, template: "home") { $0.home() }]
        for number in 1...contexts.articleListPageCount {
            pages.append(PlannedPage(path: SitePaths.articleList(page: number), template: "articles") {
                $0.articleList(page: number)
            })
        }
        for position in site.articles.indices {
            pages.append(PlannedPage(path: SitePaths.article(site.articles[position].slug), template: "article") {
                $0.article(position)
            })
        }
        pages.append(PlannedPage(path: SitePaths.organizations, template: "organizations") { $0.organizationIndex() })
        for organization in site.organizations {
            pages.append(PlannedPage(path: SitePaths.organization(organization.id), template: "organization") {
                $0.organization(organization)
            })
        }
        pages.append(PlannedPage(path: SitePaths.events, template: "events") { $0.eventIndex() })
        for event in site.events {
            pages.append(PlannedPage(path: SitePaths.event(event.id), template: "event") { $0.event(event) })
        }
        for person in site.people {
            pages.append(PlannedPage(path: SitePaths.person(person.id), template: "person") { $0.person(person) })
        }
        for position in site.pages.indices {
            pages.append(PlannedPage(path: SitePaths.page(site.pages[position].slug), template: "page") {
                $0.page(position)
            })
        }
        pages.append(PlannedPage(path: SitePaths.notFound, template: "404") { $0.notFound() })
        return pages
    }
}
