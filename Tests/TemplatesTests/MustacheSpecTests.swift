import Foundation
import Testing
@testable import Templates

/// One test of the Mustache spec's JSON files.
struct MustacheSpecCase: CustomTestStringConvertible, Sendable {
    var file: String
    var name: String
    var template: String
    var partials: [String: String]
    var data: TemplateValue
    var expected: String

    var testDescription: String { "\(file): \(name)" }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/mustache-spec")
    static let files = ["interpolation", "sections", "inverted", "partials", "comments", "delimiters"]

    static let all: [MustacheSpecCase] = files.flatMap { file -> [MustacheSpecCase] in
        let url = fixtures.appendingPathComponent("\(file).json")
        guard let data = try? Data(contentsOf: url),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let tests = json["tests"] as? [[String: Any]] else { return [] }
        return tests.map { test in
            MustacheSpecCase(file: file, name: test["name"] as? String ?? "?",
                             template: test["template"] as? String ?? "",
                             partials: test["partials"] as? [String: String] ?? [:],
                             data: value(test["data"]), expected: test["expected"] as? String ?? "")
        }
    }

    /// JSON as template values: numbers as the text JSON writes them.
    static func value(_ json: Any?) -> TemplateValue {
        switch json {
        case let object as [String: Any]:
            return .object(TemplateObject(object.mapValues(value)))
        case let list as [Any]:
            return .list(list.map(value))
        case let number as NSNumber where String(describing: type(of: number)).contains("Boolean"):
            // Foundation on Linux reads true/false as __NSCFBoolean.
            return .bool(number.boolValue)
        case let number as NSNumber:
            let double = number.doubleValue
            if double == double.rounded(), abs(double) < 1e15 { return .number(Int(double)) }
            return .text("\(double)")
        case let text as String:
            return .text(text)
        default:
            return .null
        }
    }
}

@Suite("Mustache spec (required modules)")
struct MustacheSpecTests {
    @Test func theSuiteIsThere() {
        // interpolation 42, sections 34, inverted 22, partials 12, comments 12, delimiters 14.
        #expect(MustacheSpecCase.all.count == 136)
    }

    @Test(arguments: MustacheSpecCase.all)
    func rendersAsTheSpecSays(_ test: MustacheSpecCase) throws {
        var sources = test.partials
        sources["spec-template"] = test.template
        let library = try TemplateLibrary(sources: sources, rawOutput: .anyValue)
        // Some tests' data is a list or text, not an object: the stack's bottom is that value.
        let output = library.render("spec-template", withRoot: test.data)
        #expect(output == test.expected, "template: \(test.template.debugDescription)")
    }
}
