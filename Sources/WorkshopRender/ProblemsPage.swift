import WorkshopModel

/// The findings of the build and the files left out (`--keep-going`),
/// for the facilitator.
struct ProblemsPage {
    var frame: PageFrame
    var findings: [Finding]
    var leftOut: [String]

    func render() throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.problems)
        let items = Finding.ordered(findings).map { finding in
            context([
                "file": finding.location.file, "line": finding.location.line, "column": finding.location.column,
                "position": finding.location.line > 0
                    ? "\(finding.location.file):\(finding.location.line):\(finding.location.column)" : finding.location.file,
                "severity": finding.severity.rawValue, "severityName": frame.t("severity" + finding.severity.rawValue.capitalized),
                "code": finding.code.rawValue, "message": finding.message,
            ])
        }
        return try frame.render(path: page.path, kind: "problems", title: frame.t("problemsTitle"), template: "problems", values: context([
            "findings": items,
            "errorCount": findings.errorCount,
            "warningCount": findings.warningCount,
            "leftOut": leftOut,
            "hasLeftOut": !leftOut.isEmpty,
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (frame.t("problemsTitle"), nil)])
    }
}

/// The page for a missing address.
struct NotFoundPage {
    var frame: PageFrame

    func render() throws(BuildError) -> RenderedFile {
        try frame.render(path: SitePaths.notFound, kind: "notfound", title: frame.t("notFoundTitle"), template: "404", values: context([
            "events": frame.content.events.reversed().map { link($0.title, PagePath(SitePaths.notFound, absoluteRoot: frame.options.normalizedBaseURL).link(SitePaths.event($0.slug))) },
        ]))
    }
}
