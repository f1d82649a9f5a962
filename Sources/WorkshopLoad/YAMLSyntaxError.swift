import WorkshopModel
import Yams

/// A YAML syntax error as a facilitator should read it: where the mistake
/// is (not where the parser gave up), what is wrong in the site's language
/// (the parser's own English is never shown), and a hint for the usual
/// slips: a full-width colon `：`, a tab, a bracket or a quote left open.
///
/// Where: libyaml reports the point where it noticed the problem, which is
/// often the start of the next line (a key without `:` is noticed on the
/// following line, a missing `}` at the next token). When the error has a
/// context that marks where the broken construct began (a simple key, a
/// quoted or block scalar, a flow `{`/`[`), that start is used; otherwise the
/// problem mark. A `：` on the reported line moves the column onto it.
struct YAMLSyntaxError {
    /// File line and column (1-based, columns in characters).
    var line: Int
    var column: Int
    var message: String

    /// `yaml` is the text given to the parser, `firstLine` the file line of its first line.
    init(_ error: YamlError, yaml: String, firstLine: Int, language: Language) {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var context: String?
        var problem = ""
        var mark: (line: Int, column: Int) = (1, 1)
        var duplicate: String?
        switch error {
        case .scanner(let c, let p, let m, _), .parser(let c, let p, let m, _), .composer(let c, let p, let m, _):
            context = c?.text
            problem = p
            mark = (m.line, m.column)
            if let c, Self.startsAtContext(context: c.text, problem: p) { mark = (c.mark.line, c.mark.column) }
        case .duplicatedKeysInMapping(let duplicates, let c):
            duplicate = duplicates.first
            mark = (c.mark.line, c.mark.column)
        default:
            problem = ""
        }
        // The end of the text is reported past its last line: point at the last written line.
        if mark.line > lines.count || (mark.line >= 1 && lines[mark.line - 1].allSatisfy(\.isWhitespace) && problem.contains("end of stream")) {
            if let last = lines.lastIndex(where: { !$0.allSatisfy(\.isWhitespace) }) {
                mark = (last + 1, lines[last].unicodeScalars.count + 1)
            }
        }
        // A double-quoted value may run over lines: a quote left open is noticed
        // lines later. The first line above that leaves a quote open is the mistake.
        var openQuote = false
        if case .parser = error, mark.line >= 2 {
            for index in 0..<min(mark.line - 1, lines.count) {
                let (_, quote) = Self.unclosed(in: lines[index])
                if quote != nil, let column = Self.openingQuoteColumn(lines[index]) {
                    mark = (index + 1, column)
                    openQuote = true
                    break
                }
            }
        }
        let lineText = mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : ""
        var column = Self.characterColumn(lineText, scalarColumn: mark.column)
        // A key written with a full-width colon: the colon is the mistake.
        if problem == "could not find expected ':'", let colon = lineText.firstIndex(of: "：") {
            column = lineText.distance(from: lineText.startIndex, to: colon) + 1
        }
        line = max(1, mark.line) + firstLine - 1
        self.column = max(1, column)

        let what = duplicate.map { key in
            language.pick(ja: "キー '\(key)' が2回あります。1つにまとめてください", en: "the key '\(key)' appears twice; keep one")
        } ?? (openQuote ? language.pick(ja: "引用符（\" または '）が閉じられていません", en: "a quote (\" or ') is never closed")
              : Self.describe(problem: problem, context: context, at: lineText, column: self.column, language: language))
        let hints = Self.hints(for: lineText, problem: problem, language: language)
        message = language.pick(ja: "YAML として読めません: ", en: "not valid YAML: ") + ([what] + hints).joined(separator: language.pick(ja: "。", en: "; "))
    }

    /// Whether the construct's start (the context mark) is where the mistake is.
    static func startsAtContext(context: String, problem: String) -> Bool {
        context.hasPrefix("while scanning a simple key")
            || context.hasPrefix("while scanning a quoted scalar") || context.hasPrefix("while parsing a quoted scalar")
            || context.hasPrefix("while scanning a block scalar") || context.hasPrefix("while scanning a plain scalar")
            || context.hasPrefix("while scanning an anchor") || context.hasPrefix("while scanning an alias")
            || context.hasPrefix("while parsing a flow mapping") || context.hasPrefix("while parsing a flow sequence")
    }

    /// libyaml counts columns in Unicode scalars; findings count characters.
    static func characterColumn(_ line: String, scalarColumn: Int) -> Int {
        var scalars = 0, characters = 0
        for character in line {
            if scalars >= scalarColumn - 1 { break }
            scalars += character.unicodeScalars.count
            characters += 1
        }
        return characters + 1 + max(0, scalarColumn - 1 - scalars)
    }

    /// The parser's problem in plain words.
    static func describe(problem: String, context: String?, at line: String, column: Int, language: Language) -> String {
        let context = context ?? ""
        let characters = Array(line)
        let here: Character? = column >= 1 && column <= characters.count ? characters[column - 1] : nil
        switch problem {
        case "could not find expected ':'":
            return language.pick(ja: "「キー: 値」の「:」が見つかりません", en: "a 'key: value' line without its ':'")
        case "mapping values are not allowed in this context":
            return language.pick(ja: "ここには「キー: 値」を書けません（値の中に「: 」があるなら値を引用符 \"…\" で囲んでください）",
                                 en: "a 'key: value' cannot stand here (if the value contains ': ', put it in quotes \"…\")")
        case "did not find expected ',' or '}'":
            return language.pick(ja: "「{」が「}」で閉じられていません（または項目の間の「,」がありません）",
                                 en: "a '{' is not closed with '}' (or a ',' between items is missing)")
        case "did not find expected ',' or ']'":
            return language.pick(ja: "「[」が「]」で閉じられていません（または項目の間の「,」がありません）",
                                 en: "a '[' is not closed with ']' (or a ',' between items is missing)")
        case "found character that cannot start any token":
            if here == "\t" {
                return language.pick(ja: "タブ文字は使えません", en: "a tab character cannot be used here")
            }
            let shown = here.map { String($0) } ?? ""
            return language.pick(ja: "'\(shown)' から値を始めることはできません（値を引用符 \"…\" で囲んでください）",
                                 en: "a value cannot start with '\(shown)' (put the value in quotes \"…\")")
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return language.pick(ja: "字下げにタブ文字は使えません", en: "a tab cannot be used for indentation")
        case "found unexpected end of stream" where context.contains("quoted scalar"):
            return language.pick(ja: "引用符（\" または '）が閉じられていません", en: "a quote (\" or ') is never closed")
        case "found unexpected end of stream":
            return language.pick(ja: "途中でファイルが終わっています", en: "the text ends in the middle of a value")
        case "found unexpected document indicator" where context.contains("quoted scalar"):
            return language.pick(ja: "引用符（\" または '）が閉じられていません", en: "a quote (\" or ') is never closed")
        case "did not find expected key":
            return language.pick(ja: "字下げがずれています（ここにはキーが来るはずです）", en: "the indentation is off (a key was expected here)")
        case "did not find expected '-' indicator":
            return language.pick(ja: "字下げがずれています（ここにはリストの「- 」が来るはずです）",
                                 en: "the indentation is off (a list item '- ' was expected here)")
        case "did not find expected node content":
            return language.pick(ja: "ここに値がありません", en: "a value is missing here")
        case "block sequence entries are not allowed in this context":
            return language.pick(ja: "ここにはリストの「- 」を書けません（字下げを確かめてください）",
                                 en: "a list item '- ' cannot stand here (check the indentation)")
        case "mapping keys are not allowed in this context":
            return language.pick(ja: "ここには「? 」で始まるキーを書けません", en: "a '? ' key cannot stand here")
        case "found undefined alias":
            return language.pick(ja: "「*」で始まる値は別名（エイリアス）として読まれます。文字として書くなら引用符 \"…\" で囲んでください",
                                 en: "a value starting with '*' is read as an alias; put it in quotes \"…\" to write it as text")
        case "found unknown escape character", "did not find expected hexdecimal number", "found invalid Unicode character escape code":
            return language.pick(ja: "二重引用符の中の「\\」の後ろが読めません（「\\\\」と書くか、一重引用符 '…' で囲んでください）",
                                 en: "a '\\' inside double quotes starts an unknown escape (write '\\\\', or use single quotes '…')")
        case "but found another document", "did not find expected <document start>":
            return language.pick(ja: "2つ目の文書（--- の後ろ）があります。1つのファイルには1つだけ書いてください",
                                 en: "a second document (after ---) follows; a file holds one")
        case "found an incorrect leading UTF-8 octet", "found an incorrect trailing UTF-8 octet":
            return language.pick(ja: "UTF-8 として読めない文字があります", en: "a character that is not valid UTF-8")
        default:
            if context.contains("anchor") || context.contains("alias") {
                return language.pick(ja: "「&」「*」で始まる値は引用符 \"…\" で囲んでください", en: "put a value starting with '&' or '*' in quotes \"…\"")
            }
            if context.contains("tag") {
                return language.pick(ja: "「!」で始まる値は引用符 \"…\" で囲んでください", en: "put a value starting with '!' in quotes \"…\"")
            }
            if context.contains("block scalar") {
                return language.pick(ja: "「|」「>」の後ろの書き方が違います（複数行の文は次の行から字下げして書きます）",
                                     en: "what follows '|' or '>' is not right (write the lines of text indented on the next lines)")
            }
            return language.pick(ja: "書き方に誤りがあります（「:」・字下げ・引用符・括弧を確かめてください）",
                                 en: "the syntax is wrong here (check the ':', the indentation, the quotes and the brackets)")
        }
    }

    /// Hints for what the line itself shows.
    static func hints(for line: String, problem: String, language: Language) -> [String] {
        var hints: [String] = []
        if line.contains("：") {
            hints.append(language.pick(ja: "全角の「：」は区切りになりません。半角の「:」と空白にしてください（例: date: 2026-12-08）",
                                       en: "a full-width '：' does not separate key and value; use ':' and a space (e.g. date: 2026-12-08)"))
        }
        if line.contains("\t") {
            hints.append(language.pick(ja: "タブ文字を半角スペースにしてください", en: "replace the tab with spaces"))
        }
        let (openBrackets, quote) = unclosed(in: line)
        if let open = openBrackets.last {
            let close: Character = open == "[" ? "]" : "}"
            hints.append(language.pick(ja: "この行の「\(open)」に対応する「\(close)」がありません", en: "the '\(open)' on this line has no '\(close)'"))
        }
        if let quote {
            hints.append(language.pick(ja: "この行の引用符 \(quote) が閉じられていません", en: "the quote \(quote) on this line is not closed"))
        }
        return hints
    }

    /// The scalar column of the quote a line leaves open (see `unclosed`).
    static func openingQuoteColumn(_ line: String) -> Int? {
        var quote: (Character, Int)?
        var previous: Character = " "
        var escaped = false
        var column = 0
        for character in line {
            column += character.unicodeScalars.count
            if let (q, _) = quote {
                if q == "\"" && character == "\\" && !escaped { escaped = true; previous = character; continue }
                if character == q && !escaped { quote = nil }
                escaped = false
            } else if character == "#" && (previous == " " || previous == "\t") {
                break
            } else if (character == "\"" || character == "'") && " \t[{,:-".contains(previous) {
                quote = (character, column)
            }
            previous = character
        }
        return quote?.1
    }

    /// The brackets left open on a line (outside quotes and comments), and an open quote.
    static func unclosed(in line: String) -> (brackets: [Character], quote: Character?) {
        var stack: [Character] = []
        var quote: Character?
        var previous: Character = " "
        var escaped = false
        for character in line {
            if let q = quote {
                if q == "\"" && character == "\\" && !escaped { escaped = true; previous = character; continue }
                if character == q && !escaped { quote = nil }
                escaped = false
            } else if character == "#" && (previous == " " || previous == "\t") {
                break
            } else if (character == "\"" || character == "'") && (" \t[{,:-".contains(previous) || stack.isEmpty && previous == " ") {
                quote = character
            } else if character == "[" || character == "{" {
                stack.append(character)
            } else if character == "]" || character == "}" {
                if let last = stack.last, (last == "[" && character == "]") || (last == "{" && character == "}") { stack.removeLast() }
            }
            previous = character
        }
        return (stack, quote)
    }
}
