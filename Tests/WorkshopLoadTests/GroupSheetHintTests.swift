import Testing
@testable import WorkshopLoad

@Suite struct GroupSheetHintTests {
    static let sheet = """
        ---
        group: A
        threats: [3]
        ---

        ## ① 事業影響の認識
        - 漏れる。

        ## ヒント
        投資として説明する。

        ```
        ## not a heading
        ```

        ## 多様な視点
        - 続ける。
        """

    @Test func theHintSectionIsFoundUpToTheNextSection() {
        #expect(GroupSheetHint.section(in: Self.sheet) == "## ヒント\n投資として説明する。\n\n```\n## not a heading\n```")
    }

    @Test func englishAndVariantHeadingsCount() {
        #expect(GroupSheetHint.section(in: "## Hints ##\nSay it is an investment.\n") == "## Hints ##\nSay it is an investment.")
        #expect(GroupSheetHint.section(in: "## 課題解決のヒント\nx\n") != nil)
        #expect(GroupSheetHint.section(in: "### ヒント\nx\n") == nil)
        #expect(GroupSheetHint.section(in: "---\n## ヒント\n---\n## ① 事業影響の認識\n") == nil)
    }

    @Test func replacingPutsTheHintInPlaceOfTheOld() {
        let replaced = GroupSheetHint.replacing(in: Self.sheet, with: "## ヒント\n別のヒント。")
        #expect(GroupSheetHint.section(in: replaced) == "## ヒント\n別のヒント。")
        #expect(replaced.contains("## 多様な視点\n- 続ける。"))
        #expect(!replaced.contains("投資として"))
        let removed = GroupSheetHint.replacing(in: Self.sheet, with: nil)
        #expect(GroupSheetHint.section(in: removed) == nil)
        #expect(removed.contains("## 多様な視点"))
        let added = GroupSheetHint.replacing(in: "---\ngroup: A\n---\n\n## ① 事業影響の認識\n- x\n", with: "## ヒント\n足した。")
        #expect(added == "---\ngroup: A\n---\n\n## ① 事業影響の認識\n- x\n\n## ヒント\n足した。\n")
    }
}
