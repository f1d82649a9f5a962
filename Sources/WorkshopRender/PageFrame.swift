import Foundation
import Markdown
import Templates
import WorkshopModel
import WorkshopPhotos

/// Everything a page needs besides its own values: the theme, the strings,
/// the options and the (already filtered) content. Renders a page template
/// into the base layout.
struct PageFrame {
    var theme: SiteTheme
    var library: TemplateLibrary
    var options: BuildOptions
    var content: Content {
        didSet {
            catalogueNav = Self.catalogueNav(of: content)
            summaryHTML = Self.summaryHTML(of: content)
            groupTitles = Self.groupTitles(of: content, strings: strings)
        }
    }
    var strings: [String: String]
    /// Each event's group titles by slug, then group id (with the name they
    /// were made from), worked out once: pages name a group on every row.
    var groupTitles: [String: [String: (name: String, title: String)]] = [:]
    /// Whether the problems page exists (facilitator builds with findings).
    var hasProblemsPage: Bool
    /// The catalogue links of the site navigation (label key, target), worked out once.
    var catalogueNav: [(key: String, target: String)]
    /// Each event summary's HTML by its Markdown: every page of an event shows it.
    var summaryHTML: [String: SafeHTML]
    /// The processed photos (only those the audience may see).
    var photos = PhotoAlbum()
    /// Records what each template is given, when set (`SiteRenderer.valueLog`).
    var valueLog: TemplateValueLog?
    /// The group forms' members as JSON, kept between `serve`'s rebuilds (nil in `build`).
    var groupFormMemory: GroupFormMemory?

    init(theme: SiteTheme, library: TemplateLibrary, options: BuildOptions, content: Content,
         strings: [String: String], hasProblemsPage: Bool) {
        self.theme = theme
        self.library = library
        self.options = options
        self.content = content
        self.strings = strings
        self.hasProblemsPage = hasProblemsPage
        self.catalogueNav = Self.catalogueNav(of: content)
        self.summaryHTML = Self.summaryHTML(of: content)
        self.groupTitles = Self.groupTitles(of: content, strings: strings)
    }

    static func groupTitles(of content: Content, strings: [String: String]) -> [String: [String: (name: String, title: String)]] {
        var table: [String: [String: (name: String, title: String)]] = [:]
        for event in content.events {
            let ids = Set(event.groups.map(\.id) + event.worksheets.map(\.group) + event.groupSheets.map(\.group))
            var titles: [String: (name: String, title: String)] = [:]
            for id in ids {
                let name = event.group(id)?.name ?? ""
                titles[id] = (name, groupTitle(id: id, name: name, strings: strings))
            }
            table[event.slug] = titles
        }
        return table
    }

    static func summaryHTML(of content: Content) -> [String: SafeHTML] {
        var table: [String: SafeHTML] = [:]
        for event in content.events where !event.summary.isEmpty && table[event.summary] == nil {
            table[event.summary] = Markup.article(event.summary)
        }
        return table
    }

    /// The catalogue links of the site navigation: the threat list and the
    /// control table of the newest event that names them (a series over
    /// twenty years has twenty threat lists; the others are listed on the home
    /// page and linked from each list's lineage column).
    static func catalogueNav(of content: Content) -> [(key: String, target: String)] {
        let newestFirst = content.events.reversed()
        let threats = newestFirst.lazy.map(\.threatCatalogueID).first { content.threatCatalogue($0) != nil }
        let controls = newestFirst.lazy.map(\.controlTableID).first { content.controlTable($0) != nil }
        var items: [(key: String, target: String)] = []
        if let threats { items.append((key: "navThreats", target: SitePaths.catalogue(threats))) }
        if let controls, controls != threats { items.append((key: "navControls", target: SitePaths.catalogue(controls))) }
        return items
    }

    /// Renders one template of the theme; nil when the theme has no such template.
    func renderTemplate(_ name: String, values: PageContext) -> String? {
        library.render(name, with: values)
    }

    var language: Language { content.site.language }

    /// The UI string for `key`; the key itself when the theme has none.
    func t(_ key: String) -> String { strings[key] ?? key }

    /// A UI string with `{n}`-style placeholders filled in.
    func t(_ key: String, _ values: [String: String]) -> String {
        Self.text(key, values, in: strings)
    }

    static func text(_ key: String, _ values: [String: String], in strings: [String: String]) -> String {
        var text = strings[key] ?? key
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// A date in the site's one style (`date_style`; English sites are always western).
    func date(_ value: CalendarDate?) -> String {
        guard let value else { return "" }
        if language == .ja, content.site.dateStyle == .wareki, let era = JapaneseEra.format(value) { return era }
        return value.formatted(in: language)
    }

    /// Renders `template` with `values` into the layout `base`.
    func render(path: String, kind: String, title: String, template: String, values: PageContext,
                breadcrumbs: [(String, String?)] = [], event: Event? = nil, bare: Bool = false,
                scripts: [String] = [], stylesheets: [String] = [], searchControls: [Int] = []) throws(BuildError) -> RenderedFile {
        let page = PagePath(path, absoluteRoot: path == SitePaths.notFound ? options.normalizedBaseURL : nil)
        var all = common(page: page, kind: kind, title: title, event: event, bare: bare)
        // Pagefind's markers (docs/search.md): only when the build is indexed, only on the kinds it indexes.
        if options.search { all = all.adding(SearchMarkers.values(kind: kind, title: title, event: event, controls: searchControls, frame: self)) }
        all.set("breadcrumbs", breadcrumbs.enumerated().map { index, crumb in
            context(["label": crumb.0, "href": crumb.1.map(page.link), "last": index == breadcrumbs.count - 1])
        })
        all.set("hasBreadcrumbs", !breadcrumbs.isEmpty)
        // Theme assets are linked only when the theme has them (no broken links).
        func present(_ asset: String) -> Bool { !asset.hasPrefix("assets/") || theme.assets[String(asset.dropFirst("assets/".count))] != nil }
        all.set("scripts", scripts.filter(present).map { PageContext(["src": page.link($0)]) })
        all.set("stylesheets", stylesheets.filter(present).map { PageContext(["href": page.link($0)]) })
        all = all.adding(values)
        valueLog?.record(template: template, values: all)
        guard theme.hasTemplate(template), let main = renderTemplate(template, values: all) else {
            throw .templateError(file: "\(template).mustache", line: nil, message: "template missing from theme '\(theme.name)'")
        }
        // The page template's output: made by the theme from escaped values.
        all.set("mainHTML", SafeHTML(trusted: main))
        valueLog?.record(template: "base", values: all)
        guard let html = renderTemplate("base", values: all) else {
            throw .templateError(file: "base.mustache", line: nil, message: "template missing from theme '\(theme.name)'")
        }
        return RenderedFile(path: path, text: html)
    }

    /// Values every page receives.
    func common(page: PagePath, kind: String, title: String, event: Event?, bare: Bool) -> PageContext {
        let site = content.site
        var nav: [PageContext] = [link(t("navHome"), page.link(SitePaths.home), current: page.path == SitePaths.home)]
        for item in catalogueNav {
            nav.append(link(t(item.key), page.link(item.target), current: page.path == item.target))
        }
        // The problems page is the facilitator's: a page participants open in
        // the room never links it (they could not open it) and so does not
        // change when a finding appears.
        let participantsSeeThis = options.collectSubmissions && PageKind.of(page.path).participantsMayOpen
        // The series report and the knowledge base, like the problems page, are not linked from what participants open in the room.
        if !participantsSeeThis {
            nav.append(link(t("navSeries"), page.link(SitePaths.series), current: page.path == SitePaths.series))
            nav.append(link(t("navKnowledge"), page.link(SitePaths.knowledge), current: PageKind.of(page.path) == .knowledge))
        }
        if hasProblemsPage && !participantsSeeThis {
            nav.append(link(t("navProblems"), page.link(SitePaths.problems), current: page.path == SitePaths.problems))
        }
        let contact = site.contact
        return context([
            "lang": language.rawValue,
            "t": strings,
            "root": page.root,
            "homeHref": page.link(SitePaths.home),
            "cssHref": theme.assets["site.css"] == nil ? nil : page.link("assets/site.css"),
            "printCSSHref": theme.assets["print.css"] == nil ? nil : page.link("assets/print.css"),
            "siteTitle": site.title,
            "siteSubtitle": site.subtitle,
            "programme": site.programme,
            "organiser": site.organiser,
            "contact": contact.isEmpty ? nil : context([
                "tel": contact.tel, "email": contact.email, "hours": contact.hours,
                "url": HTMLSafeURL.check(contact.url),
                "emailHref": contact.email.isEmpty ? nil : "mailto:" + contact.email,
                "telHref": contact.tel.isEmpty ? nil : "tel:" + contact.tel.filter { $0.isNumber || $0 == "+" },
            ]),
            "pageTitle": title,
            "documentTitle": title == site.title || title.isEmpty ? site.title : "\(title) | \(site.title)",
            "kind": kind,
            "bare": bare,
            "isFacilitator": options.audience.isFacilitator,
            "isPublic": options.audience == .public,
            "audience": options.audience.rawValue,
            "nav": nav,
            "eventNav": event.map { eventNav(for: $0, page: page) },
            "hasEventNav": event != nil && !bare,
            "canonicalURL": options.normalizedBaseURL.map { page.absolute(under: $0) },
            // The header's search link: only when this build is indexed (not under `serve`, not with --no-search).
            "searchHref": options.search ? page.link(SitePaths.search) : nil,
            "searchCurrent": page.path == SitePaths.search,
            "year": content.events.last?.date.map { String($0.year) },
        ])
    }

    /// The links within one event.
    func eventNav(for event: Event, page: PagePath) -> [PageContext] {
        var items: [(String, String)] = [(t("navEvent"), SitePaths.event(event.slug))]
        if !event.seminarPages.isEmpty { items.append((t("navSeminar"), SitePaths.seminar(event.slug))) }
        if options.audience.isFacilitator { items.append((t("navWorksheets"), SitePaths.worksheets(event.slug))) }
        if !event.groupSheets.isEmpty { items.append((t("navGroupsPrint"), SitePaths.groupsPrint(event.slug))) }
        items.append((t("navAggregates"), SitePaths.aggregates(event.slug)))
        items.append((t("navReport"), SitePaths.report(event.slug)))
        return items.map { link($0.0, page.link($0.1), current: page.path == $0.1) }
    }
}

/// Links taken from content: only safe schemes.
enum HTMLSafeURL {
    static func check(_ url: String) -> String? {
        guard !url.isEmpty else { return nil }
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? url : nil
    }
}
