import Foundation
import Markdown
import WorkshopModel
import Yams

/// A YAML node with the file location of every value, so a finding can point
/// at the key or value that is wrong. Built on Yams' `Node` (which carries marks).
public struct YAMLValue {
    public let node: Node
    public let file: String
    /// Added to Yams' 1-based line numbers (front matter starts on file line 2).
    public let lineOffset: Int

    /// Parses one YAML document. On a syntax error the finding points at the
    /// line Yams reports, shifted into the file.
    public static func parse(_ yaml: String, file: String, firstLine: Int = 1, language: Language) -> Result<YAMLValue?, Finding> {
        do {
            // UTF-8 named here: Yams' `.default` reads the whole process environment on every parse.
            guard let node = try Yams.compose(yaml: yaml, .default, .default, .utf8) else { return .success(Optional<YAMLValue>.none) }
            return .success(YAMLValue(node: node, file: file, lineOffset: firstLine - 1))
        } catch let error as YamlError {
            let syntax = YAMLSyntaxError(error, yaml: yaml, firstLine: firstLine, language: language)
            return .failure(Finding(.invalidYAML, at: SourceLocation(file: file, line: syntax.line, column: syntax.column), syntax.message))
        } catch {
            return .failure(Finding(.invalidYAML, at: SourceLocation(file: file, line: firstLine, column: 1), language.pick(
                ja: "YAML として読めません", en: "not valid YAML")))
        }
    }

    public init(node: Node, file: String, lineOffset: Int) {
        self.node = node
        self.file = file
        self.lineOffset = lineOffset
    }

    /// Where this value stands in the file.
    public var location: SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    public var isMapping: Bool { node.mapping != nil }

    /// The value for `key` in a mapping (keys compared exactly).
    public subscript(key: String) -> YAMLValue? {
        guard let mapping = node.mapping else { return nil }
        for (k, v) in mapping where k.string == key {
            return YAMLValue(node: v, file: file, lineOffset: lineOffset)
        }
        return nil
    }

    /// The keys of a mapping with their locations, in file order.
    public var keys: [(String, SourceLocation)] {
        guard let mapping = node.mapping else { return [] }
        return mapping.map { k, _ in
            (k.string ?? "", YAMLValue(node: k, file: file, lineOffset: lineOffset).location)
        }
    }

    /// The items of a sequence (a single scalar counts as a one-item sequence).
    public var items: [YAMLValue] {
        if let sequence = node.sequence {
            return sequence.map { YAMLValue(node: $0, file: file, lineOffset: lineOffset) }
        }
        if node.scalar != nil, !(node.scalar?.string.isEmpty ?? true) { return [self] }
        return []
    }

    /// A scalar as text (numbers and dates as written); nil for mappings and sequences.
    public var string: String? {
        guard let scalar = node.scalar else { return nil }
        if scalar.tag == Tag(.null) || (scalar.style == .plain && ["~", "null", "Null", "NULL", ""].contains(scalar.string)) { return nil }
        return scalar.string
    }

    /// A scalar as text, trimmed; nil when absent or blank.
    public var text: String? {
        guard let value = string?.trimmingSpacesAndNewlines(), !value.isEmpty else { return nil }
        return value
    }

    /// An integer, also from full-width digits or `脅威3`-like strings' digits when `lenient`.
    public var int: Int? {
        guard let value = string else { return nil }
        return Int(IDText.normalize(value))
    }

    /// true/false, yes/no, on/off (any case), はい/いいえ.
    public var bool: Bool? {
        guard let value = string else { return nil }
        switch IDText.key(value) {
        case "true", "yes", "on", "y", "はい", "公開": return true
        case "false", "no", "off", "n", "いいえ", "非公開": return false
        default: return nil
        }
    }
}
