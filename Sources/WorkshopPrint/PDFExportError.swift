import WorkshopBuild
import WorkshopModel
import WorkshopRender

/// Why `workshop pdf` stopped. `message(in:)` is for the user.
public enum PDFExportError: Error, Sendable {
    /// No Chromium on this machine.
    case chromiumMissing
    /// Chromium ran but gave no PDF.
    case chromiumFailed(page: String, detail: String)
    /// Chromium took longer than allowed and was stopped.
    case chromiumTimedOut(page: String, seconds: Int)
    /// The site could not be built (content errors, theme, output).
    case build(BuildError)
    /// `--event` names no event.
    case unknownEvent(String, known: [String])
    /// The content root has no site.yaml.
    case unreadableRoot(path: String)
    /// The PDF folder could not be written.
    case notWritable(path: String, detail: String)

    /// 1 when the content has errors, 2 when the command could not run.
    public var exitStatus: Int32 {
        if case .build(.contentHasErrors) = self { return 1 }
        return 2
    }

    public func message(in language: Language) -> String {
        switch self {
        case .chromiumMissing:
            return language.pick(
                ja: "Chromium が見つかりません。`apt-get install chromium fonts-noto-cjk` でインストールしてください（別の場所にある場合は環境変数 CHROME にパスを指定してください）",
                en: "Chromium was not found. Install it with `apt-get install chromium fonts-noto-cjk` (or set CHROME to the browser's path)")
        case .chromiumFailed(let page, let detail):
            return language.pick(ja: "Chromium で \(page) を PDF にできませんでした: \(detail)",
                                 en: "Chromium could not print \(page) to PDF: \(detail)")
        case .chromiumTimedOut(let page, let seconds):
            return language.pick(ja: "Chromium が \(seconds) 秒以内に \(page) を印刷し終えなかったため中止しました",
                                 en: "Chromium did not finish printing \(page) within \(seconds) seconds and was stopped")
        case .build(let error):
            return error.message(in: language)
        case .unknownEvent(let slug, let known):
            let list = known.isEmpty ? language.pick(ja: "なし", en: "none") : known.joined(separator: ", ")
            return language.pick(ja: "イベント '\(slug)' がありません。あるイベント: \(list)", en: "no event '\(slug)'; the events are: \(list)")
        case .unreadableRoot(let path):
            return language.pick(ja: "コンテンツのフォルダ \(path) に site.yaml がありません（--root で指定してください）",
                                 en: "the content folder \(path) has no site.yaml (point at it with --root)")
        case .notWritable(let path, let detail):
            return language.pick(ja: "\(path) に書き込めません: \(detail)", en: "cannot write \(path): \(detail)")
        }
    }
}
