import Foundation
import Hummingbird
import WorkshopCheck
import WorkshopLoad
import WorkshopModel

/// `POST /api/events/<slug>/worksheets`, `POST /api/events/<slug>/groups` and
/// `GET /api/events/<slug>/submissions` (`workshop serve --collect`): checks a
/// submitted worksheet or group sheet with the same reader and checker as
/// `workshop check` and writes it as `events/<slug>/worksheets/<participant>.md`
/// or `events/<slug>/groups/<group>.md`. The file name comes only from the
/// sheet's own `participant` or `group`, normalised and validated; never from
/// the client's path. A group sheet keeps the hint (ヒント) of the sheet on
/// file: the hint is the facilitator's.
public struct CollectionEndpoint: Sendable {
    public var joinCode: JoinCode
    public var maximumBodySize: Int
    public var strict: Bool
    public var log: SubmissionLog
    public var limiter: RateLimiter
    /// Wrong join codes, per client and in all: consulted before any compare.
    public var attempts: AccessAttempts
    /// The content as last loaded (catalogues, events) to check against.
    public var content: @Sendable () async -> Content
    /// Called after a worksheet was written (slug, root-relative file).
    public var accepted: @Sendable (String, String) async -> Void
    /// The errors of an event's `event.yaml` now (the event is served as last loaded meanwhile): submissions get 503.
    public var eventErrors: @Sendable (String) async -> [Finding] = { _ in [] }

    public init(joinCode: JoinCode, maximumBodySize: Int = 256 * 1024, strict: Bool = false, log: SubmissionLog, limiter: RateLimiter,
                attempts: AccessAttempts = AccessAttempts(limits: .unlimited), content: @escaping @Sendable () async -> Content, accepted: @escaping @Sendable (String, String) async -> Void = { _, _ in }) {
        self.joinCode = joinCode
        self.maximumBodySize = maximumBodySize
        self.strict = strict
        self.log = log
        self.limiter = limiter
        self.attempts = attempts
        self.content = content
        self.accepted = accepted
    }

    /// The request, already taken apart (so it can be tested without HTTP).
    public struct Submission: Sendable {
        public var slug: String
        public var joinCode: String?
        public var editToken: String?
        public var contentType: String?
        public var contentLength: Int?
        public var body: Data
        public var client: String
        /// Who the access gate found (a valid join-code cookie makes a participant: no header needed).
        public var visitor: Visitor
        /// A participant's worksheet or a group's sheet.
        public var sheet: CollectedSheet

        public init(slug: String, joinCode: String?, editToken: String? = nil, contentType: String? = "text/markdown; charset=utf-8",
                    contentLength: Int? = nil, body: Data, client: String = "local", visitor: Visitor = .none, sheet: CollectedSheet = .worksheet) {
            self.sheet = sheet
            self.slug = slug
            self.joinCode = joinCode
            self.editToken = editToken
            self.contentType = contentType
            self.contentLength = contentLength
            self.body = body
            self.client = client
            self.visitor = visitor
        }
    }

    /// A participant id as it may name a file: `[A-Za-z0-9_-]{1,64}` after NFKC.
    public static func fileName(forParticipant raw: String) -> String? {
        let id = IDText.normalize(raw)
        guard (1...64).contains(id.count), id.unicodeScalars.allSatisfy({ scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
        }) else { return nil }
        return id
    }

    /// What is decided before the body is read, in this order: the attempt
    /// limit (429), the join code (403), the event (404), the per-client
    /// submission bucket (429), a declared length over the limit (413).
    /// nil: read the body and go on with `accept`.
    public func admit(slug: String, joinCode candidate: String?, visitor: Visitor, client: String, contentLength: Int?,
                      sheet: CollectedSheet = .worksheet) async -> CollectionReply? {
        let content = await content()
        let language = content.site.language
        if let refusal = await checkCode(candidate, visitor: visitor, client: client, language: language) { return refusal }
        guard content.event(slug) != nil else {
            return .refused(.notFound, language.pick(ja: "この回はありません: \(slug)", en: "no such event: \(slug)"))
        }
        if case .refused(let seconds) = await limiter.admit(client) {
            return .refused(.tooManyRequests, language.pick(ja: "送信が多すぎます。\(seconds) 秒後にもう一度送ってください",
                                                            en: "too many submissions; try again in \(seconds) s"), retryAfter: seconds)
        }
        if (contentLength ?? 0) > maximumBodySize { return tooLarge(language, sheet) }
        return nil
    }

    /// The join code (a header, or the cookie the gate already checked), after the attempt limit.
    func checkCode(_ candidate: String?, visitor: Visitor, client: String, language: Language) async -> CollectionReply? {
        if visitor >= .participant && (candidate == nil || candidate?.isEmpty == true) { return nil }
        let code = joinCode
        switch await attempts.check(client: client, { code.matches(candidate) }) {
        case .granted:
            return nil
        case .denied:
            return .refused(.forbidden, language.pick(ja: "参加コードが違います", en: "the join code is missing or wrong"))
        case .tooMany(let wait):
            return .refused(.tooManyRequests, language.pick(ja: "参加コードの入力が多すぎます。\(wait) 秒後にもう一度送ってください",
                                                            en: "too many wrong join codes; try again in \(wait) s"), retryAfter: wait)
        }
    }

    func tooLarge(_ language: Language, _ sheet: CollectedSheet = .worksheet) -> CollectionReply {
        .refused(.contentTooLarge, language.pick(ja: "\(sheet.name(language))が大きすぎます（上限 \(maximumBodySize / 1024) KiB）",
                                                 en: "the \(sheet.name(language)) is too large (limit \(maximumBodySize / 1024) KiB)"))
    }

    /// A whole submission: `admit`, then `accept`.
    public func submit(_ submission: Submission) async -> CollectionReply {
        if let refusal = await admit(slug: submission.slug, joinCode: submission.joinCode, visitor: submission.visitor,
                                     client: submission.client, contentLength: submission.contentLength, sheet: submission.sheet) {
            return refusal
        }
        return await accept(submission)
    }

    /// After `admit` and the body read: size, media type, then the worksheet itself.
    public func accept(_ submission: Submission) async -> CollectionReply {
        let content = await content()
        let language = content.site.language
        guard let event = content.event(submission.slug) else {
            return .refused(.notFound, language.pick(ja: "この回はありません: \(submission.slug)", en: "no such event: \(submission.slug)"))
        }
        let eventErrors = await eventErrors(event.slug)
        if !eventErrors.isEmpty {
            return .refused(.serviceUnavailable, language.pick(
                ja: "この回の設定（event.yaml）にエラーがあるため、今は提出を受け付けていません。ファシリテーターが直すまで少し待ってから、もう一度提出してください（記入内容はこのブラウザに残っています）",
                en: "this session's settings (event.yaml) have an error, so submissions are paused; wait for the facilitator to fix it and submit again (your answers stay in this browser)"),
                findings: eventErrors, retryAfter: 30)
        }
        let sheet = submission.sheet
        if (submission.contentLength ?? 0) > maximumBodySize || submission.body.count > maximumBodySize { return tooLarge(language, sheet) }
        let mediaType = submission.contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard mediaType == "text/markdown" || mediaType == "text/plain" else {
            return .refused(.unsupportedMediaType, language.pick(ja: "Content-Type は text/markdown にしてください",
                                                                 en: "send the \(sheet.name(language)) as text/markdown"))
        }
        return await check(submission, event: event, content: content)
    }

    private func check(_ submission: Submission, event: Event, content: Content) async -> CollectionReply {
        let language = content.site.language
        let sheet = submission.sheet
        let field = sheet.idField
        let provisional = sheet.file(event: event.slug, id: "submission")
        var text: String
        switch SourceText.decode(submission.body, file: provisional, language: language) {
        case .success(let decoded): text = decoded
        case .failure(let finding): return .refused(.badRequest, finding.message, findings: [finding])
        }
        let (front, problem) = FrontMatter.split(text)
        guard problem == nil, let yaml = front.yaml else {
            return .refused(.badRequest, sheet == .worksheet
                ? language.pick(ja: "フロントマター（--- で囲んだ participant など）がありません",
                                en: "the worksheet has no front matter (participant, group, industry between --- lines)")
                : language.pick(ja: "フロントマター（--- で囲んだ group・threats など）がありません",
                                en: "the group sheet has no front matter (group, threats between --- lines)"))
        }
        let owner: String
        switch YAMLValue.parse(yaml, file: provisional, firstLine: front.yamlLine, language: language) {
        case .failure(let finding):
            return .refused(.unprocessableContent, finding.message, findings: [finding])
        case .success(let value):
            guard let raw = value?[field]?.string, !raw.trimmingCharacters(in: .whitespaces).isEmpty else {
                let finding = Finding(.missingField, at: SourceLocation(file: provisional, line: front.yamlLine, column: 1),
                                      language.pick(ja: "\(field) がありません", en: "\(field) is missing"))
                return .refused(.unprocessableContent, finding.message, findings: [finding])
            }
            owner = raw
        }
        guard let id = Self.fileName(forParticipant: owner) else {
            return .refused(.badRequest, language.pick(ja: "\(field) には英数字・-・_ だけを使ってください（64文字まで）: \(owner)",
                                                      en: "\(field) may only use letters, digits, - and _ (up to 64): \(owner)"))
        }
        let file = sheet.file(event: event.slug, id: id)
        var data = submission.body
        var findings: [Finding]
        var group = id
        switch sheet {
        case .worksheet:
            let (worksheet, readFindings) = WorksheetReader(language: language).read(text, file: file)
            findings = readFindings
            if let worksheet {
                findings += Checker(language: language).check(worksheet: worksheet, in: event, content: content)
                group = worksheet.group
            } else {
                group = ""
            }
            if event.worksheets.contains(where: { IDText.normalize($0.participant) == id && $0.location.file != file }) {
                return sameOwnerElsewhere(sheet, id, language)
            }
        case .groupSheet:
            // The hint is the facilitator's: the one on file stays, whatever the submission says.
            if let stored = log.read(file).flatMap({ String(data: $0, encoding: .utf8) }).flatMap(GroupSheetHint.section(in:)),
               GroupSheetHint.section(in: text) != stored {
                text = GroupSheetHint.replacing(in: text, with: stored)
                data = Data(text.utf8)
            }
            let (groupSheet, readFindings) = GroupSheetReader(language: language).read(text, file: file)
            findings = readFindings
            if let groupSheet { findings += Checker(language: language).check(groupSheet: groupSheet, in: event, content: content) }
            if event.groupSheets.contains(where: { IDText.normalize($0.group) == id && $0.location.file != file }) {
                return sameOwnerElsewhere(sheet, id, language)
            }
        }
        findings = Finding.ordered(findings.applyingStrict(strict))
        if findings.hasErrors {
            return .refused(.unprocessableContent, language.pick(ja: "\(sheet.name(language))にエラーがあります。保存していません",
                                                                en: "the \(sheet.name(language)) has errors; nothing was saved"), findings: findings)
        }
        let outcome = await log.submit(event: event.slug, participant: id, group: group, file: file, data: data,
                                       editToken: submission.editToken, sheet: sheet)
        switch outcome {
        case .created(let token):
            await accepted(event.slug, file)
            return .accepted(.created, sheet: sheet, id: id, file: file, editToken: token, findings: findings)
        case .replaced:
            await accepted(event.slug, file)
            return .accepted(.ok, sheet: sheet, id: id, file: file, editToken: nil, findings: findings)
        case .conflict:
            return .refused(.conflict, language.pick(
                ja: "\(sheet.owner(id, language)) の\(sheet.name(language))はすでにあります。書き換えるには最初の送信で受け取った編集トークンが必要です",
                en: "a \(sheet.name(language)) for \(sheet.owner(id, language)) exists; replacing it needs the edit token from the first submission"))
        case .failed(.worksheet, let detail):
            return .refused(.internalServerError, language.pick(ja: "\(file) を保存できませんでした（\(detail)）。何も保存していません",
                                                                en: "could not write \(file) (\(detail)); nothing was saved"))
        case .failed(.state, let detail):
            return .refused(.serviceUnavailable, language.pick(
                ja: "編集トークンを状態フォルダーの submissions.json に保存できませんでした（\(detail)）。\(sheet.name(language))は受け付けていません。もう一度送ってください",
                en: "could not save the edit token to submissions.json in the state folder (\(detail)); the \(sheet.name(language)) was not accepted, send it again"))
        }
    }

    private func sameOwnerElsewhere(_ sheet: CollectedSheet, _ id: String, _ language: Language) -> CollectionReply {
        .refused(.conflict, language.pick(ja: "\(sheet.owner(id, language)) の\(sheet.name(language))は別のファイルにあります",
                                         en: "\(sheet.owner(id, language)) already has a \(sheet.name(language)) in another file"))
    }

    struct SubmissionsJSON: Encodable {
        struct Item: Encodable {
            var participant: String
            var group: String
            var file: String
            var firstSubmitted: Date
            var lastSubmitted: Date
            var submissions: Int
        }
        var event: String
        var submissions: [Item]
    }

    /// `GET /api/events/<slug>/submissions`.
    public func submissions(slug: String, joinCode candidate: String?, visitor: Visitor = .none, client: String = "local") async -> CollectionReply {
        let language = await content().site.language
        if let refusal = await checkCode(candidate, visitor: visitor, client: client, language: language) { return refusal }
        guard await content().event(slug) != nil else {
            return .refused(.notFound, language.pick(ja: "この回はありません: \(slug)", en: "no such event: \(slug)"))
        }
        let items = await log.entries(event: slug).map {
            SubmissionsJSON.Item(participant: $0.participant, group: $0.group, file: $0.file, firstSubmitted: $0.firstSubmitted,
                                 lastSubmitted: $0.lastSubmitted, submissions: $0.submissions)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(SubmissionsJSON(event: slug, submissions: items))) ?? Data("{}".utf8)
        return CollectionReply(status: .ok, json: data)
    }
}
