import Foundation
import WorkshopLoad
import WorkshopModel

/// The language of the tool's own messages when the command line itself is
/// wrong (before any command runs): `--lang` when given, else the
/// `language:` of site.yaml under `--root` (default `Content`), else the
/// locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: `ja…` is Japanese, anything else
/// English), else English.
enum MessageLanguage {
    static func detect(arguments: [String], environment: [String: String], fileExists: (String) -> String? = read) -> Language {
        if let lang = value(of: "--lang", in: arguments), let language = Language(code: lang) { return language }
        let root = value(of: "--root", in: arguments) ?? "Content"
        if let text = fileExists(root + "/site.yaml") { return SiteLanguage.of(siteYAML: text) }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let locale = environment[key], !locale.isEmpty else { continue }
            return locale.lowercased().hasPrefix("ja") ? .ja : .en
        }
        return .en
    }

    /// `--name value` or `--name=value`, the last one given.
    static func value(of option: String, in arguments: [String]) -> String? {
        var found: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == option, index + 1 < arguments.count {
                found = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix(option + "=") {
                found = String(argument.dropFirst(option.count + 1))
            }
            index += 1
        }
        return found
    }

    static func read(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }
}
