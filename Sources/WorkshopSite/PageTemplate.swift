import Mustache

/// A theme template ready for fast rendering: swift-mustache's own parse
/// (so whitespace, standalone lines and partial indentation are exactly
/// swift-mustache's), with every name split into its parts once instead of
/// at each lookup. Templates using features the fast path does not cover
/// (inheritance blocks, dynamic partials, content-type pragmas, sequence
/// transforms like `{{#first()}}`) are not compiled: the page then renders
/// with swift-mustache itself.
struct PageTemplate: Sendable {
    var tokens: [Token]

    indirect enum Token: Sendable {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, body: [Token], inverted: Bool)
        case partial(String, indentation: String?)
    }

    /// A variable or section name: `.`, `a.b.c` (looked up the context stack)
    /// or `.a.b` (only in the current object), with transforms such as `empty`.
    struct Name: Sendable {
        var parts: [String]
        var isCurrent: Bool
        var onlyInCurrent: Bool
        var transforms: [String]

        init?(_ name: String, transforms: [String]) {
            if name == "." {
                self.parts = []
                self.isCurrent = true
                self.onlyInCurrent = false
            } else {
                // `{{#first()}}` and the like read the sequence position: not covered.
                if name.isEmpty && !transforms.isEmpty { return nil }
                self.parts = name.split(separator: ".").map(String.init)
                self.isCurrent = false
                self.onlyInCurrent = name.first == "."
            }
            self.transforms = transforms
        }
    }

    /// Reads swift-mustache's parsed tokens (they are not public, so through
    /// `Mirror`); nil when a token is of a kind the fast path does not render.
    init?(_ template: MustacheTemplate) {
        guard let tokens = Mirror(reflecting: template).descendant("tokens"),
              let list = Self.tokens(from: tokens) else { return nil }
        self.tokens = list
    }

    private static func tokens(from value: Any) -> [Token]? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .collection else { return nil }
        var out: [Token] = []
        for child in mirror.children {
            guard let token = token(from: child.value) else { return nil }
            out.append(token)
        }
        return out
    }

    private static func token(from value: Any) -> Token? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let kind = payload.label else { return nil }
        let fields = Mirror(reflecting: payload.value).children.map(\.value)
        func field(_ index: Int) -> Any? { index < fields.count ? fields[index] : nil }
        switch kind {
        case "text":
            guard let text = payload.value as? String else { return nil }
            return .text(text)
        case "variable", "unescapedVariable":
            guard let name = field(0) as? String, let transforms = field(1) as? [String],
                  let parsed = Name(name, transforms: transforms) else { return nil }
            return .variable(parsed, escaped: kind == "variable")
        case "section", "invertedSection":
            guard let name = field(0) as? String, let transforms = field(1) as? [String],
                  let parsed = Name(name, transforms: transforms),
                  let body = field(2) as? MustacheTemplate, let compiled = PageTemplate(body) else { return nil }
            return .section(parsed, body: compiled.tokens, inverted: kind == "invertedSection")
        case "partial":
            guard fields.count == 3, let name = field(0) as? String else { return nil }
            // Partials with overridden blocks (inheritance) are not covered.
            guard Mirror(reflecting: fields[2]).children.isEmpty else { return nil }
            let indentation = Mirror(reflecting: fields[1]).children.first?.value as? String
            return .partial(name, indentation: indentation)
        default:
            return nil
        }
    }
}
