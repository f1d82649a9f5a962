import Foundation
import WorkshopModel

/// The argument parser's message (English) in the language of the site:
/// the error line, the usage line and the pointer to `--help`. The parser's
/// own wording is matched line by line; a line it does not know is kept.
enum CommandLineMessage {
    static func text(_ message: String, in language: Language) -> String {
        guard language == .ja else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let line = String(line)
            if line.hasPrefix("Error: ") { return "エラー: " + translate(String(line.dropFirst("Error: ".count))) }
            if line.hasPrefix("Usage: ") { return "使い方: " + line.dropFirst("Usage: ".count) }
            if let match = line.firstMatch(of: /^(\s*)See '(.+)' for more information\.$/) {
                return "\(match.1)詳しくは '\(match.2)' を見てください。"
            }
            if let match = line.firstMatch(of: /^(\s*)or: (.+)$/) { return "\(match.1)または: " + translate(String(match.2)) }
            return translate(line)
        }.joined(separator: "\n")
    }

    /// One message of the parser, in Japanese.
    static func translate(_ text: String) -> String {
        if let m = text.wholeMatch(of: /Unknown option '(.+?)'\. Did you mean '(.+)'\?/) {
            return "不明なオプション '\(m.1)' です（'\(m.2)' のことですか？）"
        }
        if let m = text.wholeMatch(of: /Unknown option '(.+)'/) { return "不明なオプション '\(m.1)' です" }
        if let m = text.wholeMatch(of: /Missing value for '(.+)'( in '(.+)')?/) {
            return "'\(m.1)' の値がありません" + (m.3.map { "（'\($0)' の中）" } ?? "")
        }
        if let m = text.wholeMatch(of: /Missing expected argument '(.+)'/) { return "引数 '\(m.1)' がありません" }
        if let m = text.wholeMatch(of: /Missing one of: (.+)/) { return "次のどれかが必要です: \(m.1)" }
        if let m = text.wholeMatch(of: /Unexpected argument '(.+)'/) { return "余分な引数 '\(m.1)' があります" }
        if let m = text.wholeMatch(of: /(\d+) unexpected arguments: (.+)/) { return "余分な引数が \(m.1) 個あります: \(m.2)" }
        if let m = text.wholeMatch(of: /The option '(.+)' does not take any value, but '(.+)' was specified\./) {
            return "オプション '\(m.1)' は値をとりません（'\(m.2)' が指定されました）"
        }
        if let m = text.wholeMatch(of: /The value '(.*)' is invalid for '(.+?)'(.*)/) {
            return "'\(m.2)' に '\(m.1)' は使えません" + rest(String(m.3))
        }
        if let m = text.wholeMatch(of: /The value '(.*)' is invalid\.?(.*)/) { return "値 '\(m.1)' は使えません" + rest(String(m.2)) }
        if let m = text.wholeMatch(of: /Invalid option: (.+)/) { return "オプション \(m.1) は使えません" }
        if text == "Missing required subcommand." {
            return "サブコマンドがありません（check, build, init, new, pdf, serve のどれか）"
        }
        return text
    }

    /// `. Please provide one of 'text' and 'json'.` / `: <reason>` after an invalid value.
    private static func rest(_ text: String) -> String {
        if let m = text.wholeMatch(of: /\. Please provide one of (.+)\./) { return "。次のどれかにしてください: \(m.1)" }
        if text.hasPrefix(". Please provide one of the following:") {
            return "。次のどれかにしてください:" + text.dropFirst(". Please provide one of the following:".count)
        }
        if text.hasPrefix(": ") { return "（\(text.dropFirst(2))）" }
        return text
    }
}
