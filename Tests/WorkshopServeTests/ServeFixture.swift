import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import WorkshopBuild
import WorkshopRender
@testable import WorkshopServe

/// A small content tree in a temporary folder: one event with groups A and B,
/// a four-threat catalogue and one control with three procedures.
struct ServeFixture {
    static let slug = "2024-10-08-session-06"
    static let controlTableID = "c2024"
    let folder: URL

    var root: String { folder.appendingPathComponent("Content").path }
    var output: String { folder.appendingPathComponent("Output").path }
    var worksheets: URL { folder.appendingPathComponent("Content/events/\(Self.slug)/worksheets") }

    /// The repo's themes, found from this file.
    static var themes: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Themes").path
    }

    static func make() throws -> ServeFixture {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-serve-\(UUID().uuidString)")
        let files: [String: String] = [
            "site.yaml": "title: テスト事業\nlanguage: ja\nbase_url: /\norganiser: 事務局\n",
            "catalogs/threats-2024.yaml": """
            id: t2024
            title: 10大脅威 2024
            threats:
              - { id: 1, title: ランサムウェアによる被害 }
              - { id: 2, title: サプライチェーンの弱点を悪用した攻撃 }
              - { id: 3, title: 内部不正による情報漏えい等の被害 }
              - { id: 4, title: 標的型攻撃による機密情報の窃取 }

            """,
            "catalogs/controls-2024.yaml": """
            id: c2024
            title: 管理策
            controls:
              - no: 6
                category: people
                iso: "6.3"
                title: 情報セキュリティの意識向上、教育および訓練
                summary: 教育
                procedures:
                  - { id: 6-1, text: 全社員向けに、年次セキュリティ研修を開催。 }
                  - { id: 6-2, text: 標的型メール訓練を実施。 }
                  - { id: 6-3, text: 研修の理解度を確認。 }
              - no: 13
                category: technological
                iso: "8.12"
                title: データ漏えいの防止
                summary: 漏えい防止
                procedures:
                  - { id: 13-1, text: 機密データへのアクセスを必要最小限の者に制限。 }

            """,
            "events/\(slug)/event.yaml": """
            title: 第6回 セミナー・ワークショップ
            number: 6
            date: 2024-10-08
            threats: t2024
            controls: c2024
            excluded_threats: [1]
            groups:
              - { id: A, name: 卸業・製造業グループ }
              - { id: B, name: 小売業グループ }

            """,
        ]
        for (path, text) in files {
            let url = folder.appendingPathComponent("Content").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Content/events/\(slug)/worksheets"), withIntermediateDirectories: true)
        return ServeFixture(folder: folder)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    static let facilitatorKey = "FACKEY234567"

    func options(collect: Bool = true, rateLimit: RateLimiter.Limit = .unlimited, attempts: AccessAttempts.Limits = .unlimited,
                 connections: ConnectionLimits = .standard) -> ServeOptions {
        ServeOptions(build: BuildOptions(root: root, output: output, themesFolder: Self.themes),
                     collect: collect, joinCode: "ABC234", rateLimit: rateLimit,
                     stateFolder: folder.appendingPathComponent(".workshop").path,
                     facilitatorKey: Self.facilitatorKey, attemptLimits: attempts, connections: connections)
    }

    /// A server whose site has been built once.
    func server(collect: Bool = true, rateLimit: RateLimiter.Limit = .unlimited, attempts: AccessAttempts.Limits = .unlimited,
                connections: ConnectionLimits = .standard) async -> DevServer {
        let server = DevServer(options: options(collect: collect, rateLimit: rateLimit, attempts: attempts, connections: connections), say: { _ in })
        await server.site.fullBuild()
        return server
    }

    var groups: URL { folder.appendingPathComponent("Content/events/\(Self.slug)/groups") }
    var eventYAML: URL { folder.appendingPathComponent("Content/events/\(Self.slug)/event.yaml") }

    /// Writes `text` as `worksheets/<participant>.md`.
    func write(worksheet participant: String, _ text: String) throws {
        try Data(text.utf8).write(to: worksheets.appendingPathComponent("\(participant).md"))
    }

    /// Writes a valid group sheet for `group`.
    func writeGroupSheet(_ group: String, hint: String = "小さく始めて続けること。") throws {
        try FileManager.default.createDirectory(at: groups, withIntermediateDirectories: true)
        try Data(Self.groupSheet(group, hint: hint).utf8).write(to: groups.appendingPathComponent("\(group).md"))
    }

    /// The served bytes of a page (status, body), asked for as `visitor` (the facilitator sees every page).
    static func page(_ client: some TestClientProtocol, _ path: String, as visitor: Visitor = .facilitator) async throws -> (HTTPResponse.Status, String) {
        let response = try await client.get(path, as: visitor)
        return (response.status, response.text)
    }

    static func groupSheet(_ group: String, hint: String = "小さく始めて続けること。") -> String {
        """
        ---
        group: \(group)
        threats: [3]
        publish: true
        ---

        ## ① 事業影響の認識
        - 取引先の情報が漏れると、信用を失い受注が止まる。

        ## ② 共通認識
        ### 6-1
        - 理由: 全員が同じ話を一度は聞いている状態を作るのが第一歩だから。

        ## 多様な視点
        - 研修は一度きりでなく、朝礼などで続けることが大事。

        ## ③ 課題と解決手段
        | 課題 | 解決手段 |
        |---|---|
        | 講師ができる人がいない。 | 公的機関の無料セミナーを活用する。 |

        ## ヒント
        \(hint)

        """
    }

    static func worksheet(_ participant: String, group: String = "A", procedure: String = "6-1", reason: String = "人的対策が効果的。") -> String {
        """
        ---
        participant: \(participant)
        group: \(group)
        industry: 卸売業
        ---

        ## ① 事業影響の認識

        ### 脅威 3
        - 事業内容: 電子部品の卸売
        - 影響: 取引先情報が漏れると、顧客と仕入先が直接取引を始めるおそれがある。
        - 影響度: 高

        ## ② 有効な実施手順

        ### \(procedure)
        - 脅威: 3
        - 理由: \(reason)

        ## ③ 課題と解決手段

        ### \(procedure)
        - 課題: 社内に教育できる人材がいない。
          - 解決手段: 外部研修を活用する。

        """
    }
}

extension TestClientProtocol {
    /// POSTs a worksheet to the collection endpoint.
    func submit(_ body: String, slug: String = ServeFixture.slug, code: String? = "ABC234", token: String? = nil,
                contentType: String = "text/markdown; charset=utf-8") async throws -> TestResponse {
        try await submit(bytes: Array(body.utf8), slug: slug, code: code, token: token, contentType: contentType)
    }

    func submit(bytes: [UInt8], slug: String = ServeFixture.slug, code: String? = "ABC234", token: String? = nil,
                contentType: String = "text/markdown; charset=utf-8", to folder: String = "worksheets") async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: contentType]
        if let code { headers[HTTPField.Name("X-Join-Code")!] = code }
        if let token { headers[HTTPField.Name("X-Edit-Token")!] = token }
        return try await execute(uri: "/api/events/\(slug)/\(folder)", method: .post, headers: headers, body: ByteBuffer(bytes: bytes))
    }

    /// POSTs a group sheet to the group endpoint.
    func submitGroup(_ body: String, slug: String = ServeFixture.slug, code: String? = "ABC234", token: String? = nil,
                     contentType: String = "text/markdown; charset=utf-8") async throws -> TestResponse {
        try await submit(bytes: Array(body.utf8), slug: slug, code: code, token: token, contentType: contentType, to: "groups")
    }
}

extension TestClientProtocol {
    /// A GET as the facilitator (key cookie), a participant (join-code cookie) or nobody.
    func get(_ uri: String, as visitor: Visitor, headers more: HTTPFields = [:]) async throws -> TestResponse {
        var headers = more
        switch visitor {
        case .facilitator: headers[.cookie] = "workshop-key=\(ServeFixture.facilitatorKey)"
        case .participant: headers[.cookie] = "workshop-join=ABC234"
        case .none: break
        }
        return try await execute(uri: uri, method: .get, headers: headers)
    }
}

extension TestResponse {
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
    }

    var text: String { String(buffer: body) }
}
