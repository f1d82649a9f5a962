import Foundation
import HTTPTypes
import Hummingbird
import WorkshopModel

/// What the collection endpoint answers: a status and a JSON body.
public struct CollectionReply: Sendable {
    public var status: HTTPResponse.Status
    public var json: Data
    /// Seconds, for 429.
    public var retryAfter: Int?

    /// A finding as the form shows it: `{"line","column","severity","code","message"}`.
    struct FindingJSON: Encodable {
        var line: Int
        var column: Int
        var severity: String
        var code: String
        var message: String

        init(_ finding: Finding) {
            line = finding.location.line
            column = finding.location.column
            severity = finding.severity.rawValue
            code = finding.code.rawValue
            message = finding.message
        }
    }

    /// `participant` for a worksheet, `group` for a group sheet.
    struct Accepted: Encodable {
        var participant: String?
        var group: String?
        var file: String
        var editToken: String?
        var findings: [FindingJSON]
    }

    struct Refused: Encodable {
        var error: String
        var findings: [FindingJSON]?
    }

    static func accepted(_ status: HTTPResponse.Status, sheet: CollectedSheet = .worksheet, id: String, file: String, editToken: String?,
                         findings: [Finding]) -> CollectionReply {
        CollectionReply(status: status, json: encode(Accepted(participant: sheet == .worksheet ? id : nil, group: sheet == .groupSheet ? id : nil,
                                                              file: file, editToken: editToken, findings: findings.map(FindingJSON.init))))
    }

    static func refused(_ status: HTTPResponse.Status, _ message: String, findings: [Finding]? = nil, retryAfter: Int? = nil) -> CollectionReply {
        CollectionReply(status: status, json: encode(Refused(error: message, findings: findings?.map(FindingJSON.init))), retryAfter: retryAfter)
    }

    static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)) ?? Data("{}".utf8)
    }

    /// As a Hummingbird response.
    var response: Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: json)))
    }
}
