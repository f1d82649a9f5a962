import Foundation
import WorkshopLoad

/// A worksheet file that `workshop new worksheet` wrote and nobody has filled
/// in yet: below the front matter, every `###` heading and every
/// `- label: value` item still holds a placeholder (`Placeholder`, e.g.
/// `（記入してください）` / `(fill in)`), and there is no other text. The front
/// matter (participant, group, industry, publish) is the facilitator's and
/// is not looked at. Such a file, without an edit token in the log, may be
/// replaced by that participant's first submission (docs/serve.md).
enum ScaffoldedWorksheet {
    static func isScaffold(_ data: Data) -> Bool {
        guard let text = String(data: data, encoding: .utf8) else { return false }
        let (front, problem) = FrontMatter.split(text)
        guard problem == nil, front.yaml != nil else { return false }
        var values = 0
        for raw in front.body.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("## ") { continue }
            if line.hasPrefix("### ") {
                guard Placeholder.isPlaceholder(String(line.dropFirst(4))) else { return false }
                values += 1
                continue
            }
            guard line.hasPrefix("- ") || line.hasPrefix("* ") else { return false }
            let item = line.dropFirst(2)
            guard let colon = item.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
            let value = item[item.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard Placeholder.isPlaceholder(value) else { return false }
            values += 1
        }
        return values > 0
    }
}
