import Testing
@testable import WorkshopLoad

@Suite struct ProcedureCellTests {
    @Test func splitsOnIDs() {
        let (parts, leading) = ProcedureCell.split("6-1 全社員向けに、年次セキュリティ研修を開催。 6-2 役割に応じたプログラム。 6-3 訓練を実施。", control: 6)
        #expect(leading == "")
        #expect(parts.map(\.id) == ["6-1", "6-2", "6-3"])
        #expect(parts.map(\.text) == ["全社員向けに、年次セキュリティ研修を開催。", "役割に応じたプログラム。", "訓練を実施。"])
    }

    @Test func fullWidthAndDashLookAlikeIDsKeepTheirText() {
        let (parts, _) = ProcedureCell.split("６－１ 研修を開催。\n6ー2　訓練（年 2-3回）を実施。 6‐3 見直す。", control: 6)
        #expect(parts.map(\.id) == ["６－１", "6ー2", "6‐3"])
        #expect(parts[1].text == "訓練（年 2-3回）を実施。")
    }

    @Test func gluedIDOnlyForTheRowsControl() {
        let (parts, _) = ProcedureCell.split("6-1研修。 6-2訓練。 年に 2-3回", control: 6)
        #expect(parts.map(\.id) == ["6-1", "6-2"])
        #expect(parts[1].text == "訓練。 年に 2-3回")
    }

    @Test func textBeforeTheFirstID() {
        let (parts, leading) = ProcedureCell.split("手順: 6-1 研修", control: 6)
        #expect(leading == "手順:")
        #expect(parts.count == 1)
    }
}
