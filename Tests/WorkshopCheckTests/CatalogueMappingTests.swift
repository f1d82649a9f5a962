import Foundation
import Testing
import WorkshopLoad
import WorkshopModel
@testable import WorkshopCheck

/// Catalogue mappings: each kind of change read, and the checker's findings at their line and column.
@Suite struct CatalogueMappingTests {
    static let older = "id: t2024\ntitle: 2024年版\nthreats:\n" + (1...5).map { "  - { id: \($0), title: 脅威\($0) }\n" }.joined()
    static let newer = "id: t2025\ntitle: 2025年版\nthreats:\n" + (1...5).map { "  - { id: \($0), title: 新脅威\($0) }\n" }.joined()
    static let controlsA = "id: ca\ntitle: 表A\ncontrols:\n  - no: 6\n    category: people\n    iso: \"6.3\"\n    title: 教育\n    procedures:\n      - { id: 6-1, text: 研修 }\n      - { id: 6-2, text: 訓練 }\n"
    static let controlsB = "id: cb\ntitle: 表B\ncontrols:\n  - no: 6\n    category: people\n    iso: \"6.3\"\n    title: 教育\n    procedures:\n      - { id: 6-1, text: 研修と訓練 }\n"

    static func check(_ mappings: [String: String]) -> (Content, [Finding]) {
        var files = ["site.yaml": "title: t\nlanguage: en\n", "catalogs/t2024.yaml": older, "catalogs/t2025.yaml": newer,
                     "catalogs/ca.yaml": controlsA, "catalogs/cb.yaml": controlsB]
        for (name, text) in mappings { files["catalogs/\(name).yaml"] = text }
        let loaded = ContentLoader(fileSystem: .memory(files)).load()
        let checked = Checker(language: .en).check(loaded.content)
        return (loaded.content, (loaded.findings + checked).filter { $0.code != .noEvents })
    }

    static let complete = """
        mapping: threats
        from: t2024
        to: t2025
        changes:
          - { from: 1, to: 1, as: renamed }
          - { from: 脅威２, to: 2 }
          - { from: [3, 4], to: 3, as: merged }
          - { from: 5, as: dropped }
          - { to: [4, 5], as: new }
        """

    @Test func everyKindOfChangeIsRead() throws {
        let (content, findings) = Self.check(["m": Self.complete])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        let mapping = try #require(content.catalogueMappings.first)
        #expect(mapping.id == "m")
        #expect(mapping.kind == .threats)
        #expect(mapping.steps.map(\.change) == [.renamed, .same, .merged, .dropped, .new])
        #expect(mapping.successors(of: "3") == ["3"])
        #expect(mapping.successors(of: "4") == ["3"])
        #expect(mapping.successors(of: "5") == [])
        #expect(mapping.predecessors(of: "3") == ["3", "4"])
        #expect(mapping.predecessors(of: "4") == [])
        #expect(mapping.steps[1].from.first?.id == "2")
    }

    @Test func aSplitAndProcedureMappings() throws {
        let (content, findings) = Self.check(["p": """
            mapping: procedures
            from: ca
            to: cb
            changes:
              - { from: 6-1, to: 6-1 }
              - { from: ６－２, to: 6-1 }
            """])
        // 6-1 is a `to` twice: a merge written as two lines. (Columns count characters: ６－２ is three.)
        #expect(findings.map(\.code) == [.invalidMapping])
        #expect(findings.first?.location == SourceLocation(file: "catalogs/p.yaml", line: 6, column: 22))
        _ = content
        let (split, more) = Self.check(["s": """
            mapping: procedures
            from: cb
            to: ca
            changes:
              - { from: 6-1, to: [6-1, 6-2], as: split }
            """])
        #expect(more.isEmpty, "\(more.map(\.message))")
        #expect(split.catalogueMappings.first?.successors(of: "6-1") == ["6-1", "6-2"])
    }

    @Test func aThreatIsNeverLostSilently() throws {
        let lossy = Self.complete.replacingOccurrences(of: "  - { from: 5, as: dropped }\n", with: "")
        let (_, findings) = Self.check(["m": lossy])
        let lost = try #require(findings.first { $0.code == .unmappedID })
        #expect(lost.severity == .error)
        #expect(lost.message.contains("threat 5"))
        #expect(lost.location == SourceLocation(file: "catalogs/m.yaml", line: 2, column: 7))
    }

    @Test func anUnmarkedNewThreatIsAWarning() throws {
        let (_, findings) = Self.check(["m": Self.complete.replacingOccurrences(of: "to: [4, 5], as: new", with: "to: 4, as: new")])
        let unmarked = try #require(findings.first { $0.code == .unmarkedNewID })
        #expect(unmarked.severity == .warning)
        #expect(unmarked.message.contains("threat 5"))
        #expect(findings.count == 1)
    }

    @Test func unknownIdsAndCataloguesAreFoundWhereWritten() {
        let (_, findings) = Self.check(["m": Self.complete.replacingOccurrences(of: "{ from: 1, to: 1, as: renamed }", with: "{ from: 1, to: 9, as: renamed }")])
        #expect(findings.contains { $0.code == .unknownThreat && $0.location == SourceLocation(file: "catalogs/m.yaml", line: 5, column: 20) })
        let (_, missing) = Self.check(["m": Self.complete.replacingOccurrences(of: "to: t2025", with: "to: t2026")])
        #expect(missing.contains { $0.code == .unknownCatalogue && $0.location.line == 3 })
        // A mapping of threats onto a control table names a catalogue of the wrong kind.
        let (_, wrongKind) = Self.check(["m": Self.complete.replacingOccurrences(of: "to: t2025", with: "to: ca")])
        #expect(wrongKind.contains { $0.code == .unknownCatalogue })
    }

    @Test(arguments: [
        ("{ from: [1, 2], to: 1, as: renamed }", "renamed is one id onto one"),
        ("{ from: 1, to: 1, as: moved }", "as must be one of"),
        ("{ from: [1, 2], to: [1, 2] }", "cannot be written"),
        ("{ from: x, to: 1 }", "positive whole number"),
    ])
    func changesThatCannotBeReadAreInvalid(line: String, message: String) throws {
        let text = Self.complete.replacingOccurrences(of: "{ from: 1, to: 1, as: renamed }", with: line)
        let (_, findings) = Self.check(["m": text])
        let invalid = try #require(findings.first { $0.code == .invalidMapping })
        #expect(invalid.message.contains(message), "\(invalid.message)")
        #expect(invalid.location.line == 5)
    }

    @Test func mappingsThatGoRoundInACircleAreFound() throws {
        let back = """
            mapping: threats
            from: t2025
            to: t2024
            changes:
            """ + "\n" + (1...5).map { "  - { from: \($0), to: \($0) }\n" }.joined()
        let (_, findings) = Self.check(["m": Self.complete, "back": back])
        let cycles = findings.filter { $0.code == .mappingCycle }
        #expect(cycles.count == 1)
        #expect(cycles.first?.message.contains("t2024 → t2025 → t2024") == true)
        let (_, onto) = Self.check(["self": "mapping: threats\nfrom: t2024\nto: t2024\nchanges:\n" + (1...5).map { "  - { from: \($0), to: \($0) }\n" }.joined()])
        #expect(onto.map(\.code) == [.mappingCycle])
        // Two mappings from the same catalogue are ambiguous.
        let (_, twice) = Self.check(["m": Self.complete, "m2": Self.complete])
        #expect(twice.contains { $0.code == .invalidMapping && $0.message.contains("two mappings") })
    }

    /// Events that change catalogue with no mapping between the two: a note at
    /// the first event on the new one (its `threats:` or `controls:` value),
    /// once per pair; none where a chain of mappings links them, either way.
    @Test func aChangeOfCatalogueWithoutAMappingIsNoted() throws {
        func event(_ slug: String, date: String, threats: String, controls: String) -> (String, String) {
            ("events/\(slug)/event.yaml", "title: \(slug)\ndate: \(date)\nthreats: \(threats)\ncontrols: \(controls)\n")
        }
        func check(_ mappings: [String: String]) -> [Finding] {
            var files = ["site.yaml": "title: t\nlanguage: en\n", "catalogs/t2024.yaml": Self.older, "catalogs/t2025.yaml": Self.newer,
                         "catalogs/ca.yaml": Self.controlsA, "catalogs/cb.yaml": Self.controlsB]
            for (name, text) in mappings { files["catalogs/\(name).yaml"] = text }
            // Written out of date order: the rule follows the dates. Back to 2024 and on to 2025 again: one note per pair.
            for (path, text) in [event("c-third", date: "2025-06-01", threats: "t2025", controls: "cb"),
                                 event("a-first", date: "2024-06-01", threats: "t2024", controls: "ca"),
                                 event("b-second", date: "2024-10-01", threats: "t2024", controls: "ca"),
                                 event("d-fourth", date: "2025-10-01", threats: "t2024", controls: "cb"),
                                 event("e-fifth", date: "2026-01-01", threats: "t2025", controls: "cb")] {
                files[path] = text
            }
            let loaded = ContentLoader(fileSystem: .memory(files)).load()
            return (loaded.findings + Checker(language: .en).check(loaded.content)).filter { $0.code == .missingMapping }
        }
        let unlinked = check([:])
        #expect(unlinked.map(\.location.file) == ["events/c-third/event.yaml", "events/c-third/event.yaml"])
        #expect(unlinked.map(\.location.line) == [3, 4])
        #expect(unlinked.map(\.location.column) == [10, 11])
        #expect(unlinked.allSatisfy { $0.severity == .note })
        #expect(unlinked[0].message.contains("'t2025'") && unlinked[0].message.contains("'t2024'") && unlinked[0].message.contains("mapping: threats"))
        #expect(unlinked[1].message.contains("mapping: procedures, from: ca, to: cb"))
        // Linked by mappings (the procedures one with a step through a table no event uses would do too).
        let procedures = "mapping: procedures\nfrom: ca\nto: cb\nchanges:\n  - { from: 6-1, to: 6-1 }\n  - { from: 6-2, as: dropped }\n"
        #expect(check(["m": Self.complete, "p": procedures]).isEmpty)
        // Only the procedures linked: the threats' note stays.
        #expect(check(["p": procedures]).map(\.location.line) == [3])
        // A mapping written from the newer list to the older links them too.
        let back = "mapping: threats\nfrom: t2025\nto: t2024\nchanges:\n" + (1...5).map { "  - { from: \($0), to: \($0) }\n" }.joined()
        #expect(check(["back": back, "p": procedures]).isEmpty)
    }

    @Test func theSampleMappingChecksClean() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let catalogs = root.appendingPathComponent("Content/catalogs")
        var files = ["site.yaml": "title: t\n"]
        for name in ["threats-2024.yaml", "threats-2025.yaml", "threats-2024-to-2025.yaml"] {
            files["catalogs/" + name] = try String(contentsOf: catalogs.appendingPathComponent(name), encoding: .utf8)
        }
        let loaded = ContentLoader(fileSystem: .memory(files)).load()
        let findings = (loaded.findings + Checker(language: .ja).check(loaded.content)).filter { $0.code != .noEvents }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        let mapping = try #require(loaded.content.catalogueMappings.first)
        #expect(mapping.successors(of: "5") == ["3"] && mapping.successors(of: "7") == ["3"])
        #expect(mapping.successors(of: "10").isEmpty)
        #expect(mapping.predecessors(of: "7").isEmpty && mapping.predecessors(of: "8").isEmpty)
    }
}
