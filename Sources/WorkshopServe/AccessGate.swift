import Foundation
import HTTPTypes
import Hummingbird
import WorkshopModel

/// Runs before every route, in this order: the `Host` allowlist (421), the
/// cross-site check of state-changing requests (403), the exchange of a
/// `?key=` or `?code=` for a cookie (303 to the same address without it),
/// the visitor's role from the cookies (or `X-Facilitator-Key`), and the
/// page's access level (`PageAccess`: 403 with the join or key form). Every
/// code or key compare goes through `AccessAttempts` first (429 when a
/// client, or all clients together, guessed too often).
public struct AccessGate: Sendable {
    public static let keyCookie = "workshop-key"
    public static let joinCookie = "workshop-join"

    public var hosts: HostAllowlist
    public var collect: Bool
    public var joinCode: JoinCode
    public var facilitatorKey: FacilitatorKey
    public var attempts: AccessAttempts
    /// Tries of the facilitator key: buckets of their own, so guessing the join code never locks the facilitator out.
    public var keyAttempts: AccessAttempts
    var joinCookie: AccessCookie
    var keyCookieValue: AccessCookie
    public var language: @Sendable () async -> Language
    /// The output paths of public photos (`SiteSnapshot.State.publicPhotos`).
    public var publicPhotos: @Sendable () -> Set<String>

    public init(hosts: HostAllowlist, collect: Bool, joinCode: JoinCode, facilitatorKey: FacilitatorKey, attempts: AccessAttempts,
                keyAttempts: AccessAttempts? = nil,
                joinCookie: AccessCookie = AccessCookie(secretGiven: true), keyCookie: AccessCookie = AccessCookie(secretGiven: true),
                language: @escaping @Sendable () async -> Language, publicPhotos: @escaping @Sendable () -> Set<String> = { [] }) {
        self.hosts = hosts
        self.collect = collect
        self.joinCode = joinCode
        self.facilitatorKey = facilitatorKey
        self.attempts = attempts
        self.keyAttempts = keyAttempts ?? AccessAttempts(limits: attempts.limits)
        self.joinCookie = joinCookie
        self.keyCookieValue = keyCookie
        self.language = language
        self.publicPhotos = publicPhotos
    }

    public func handle(_ request: Request, context: ServeContext,
                       next: @Sendable (Request, ServeContext) async throws -> Response) async throws -> Response {
        let host = request.head.authority
        guard hosts.admits(host) else {
            return Self.text(.misdirectedRequest, "421 Misdirected Request: this server does not answer to that host name.\n")
        }
        let language = await self.language()
        if !CrossSiteRequest.isSafe(request.method.rawValue),
           CrossSiteRequest(origin: request.headers[.origin], fetchSite: request.headers[.secFetchSite], host: host).isCrossSite {
            return CollectionReply.refused(.forbidden, language.pick(ja: "別のサイトのページからの送信は受け付けません",
                                                                     en: "requests from pages of another site are refused")).response
        }
        let path = request.uri.path
        let query = request.uri.queryParameters
        let client = context.clientKey

        // A key or code in the address: check it, keep it in a cookie, and send the browser on without it.
        if CrossSiteRequest.isSafe(request.method.rawValue), !path.hasPrefix("/api/") {
            if let candidate = query.get("key") {
                return await exchange(candidate, secret: .facilitator, request: request, client: client, language: language)
            }
            if collect, let candidate = query.get("code") {
                return await exchange(candidate, secret: .participant, request: request, client: client, language: language)
            }
        }

        let required = PageAccess.required(for: path, collect: collect, publicPhotos: publicPhotos())
        var visitor = Visitor.none
        var expired: [String] = []
        // Assets and the 404 page need nobody: their requests never count as tries of a stale cookie.
        let roleMatters = required != .none || path.hasPrefix("/api/") || path.hasPrefix("/__workshop")
        if roleMatters, let header = request.headers[.facilitatorKey] {
            switch await keyAttempts.check(client: client, { facilitatorKey.matches(header) }) {
            case .granted: visitor = .facilitator
            case .denied: break
            case .tooMany(let wait): return tooMany(wait, language: language, expiring: [])
            }
        } else if roleMatters, let cookie = request.cookies[Self.keyCookie]?.value {
            switch keyCookieValue.read(cookie) {
            case .stale:
                expired.append(Self.keyCookie)
            case .candidate(let key):
                switch await keyAttempts.check(client: client, { facilitatorKey.matches(key) }) {
                case .granted: visitor = .facilitator
                case .denied: expired.append(Self.keyCookie)
                case .tooMany(let wait): return tooMany(wait, language: language, expiring: [Self.keyCookie])
                }
            }
        }
        if roleMatters, visitor == .none, collect, let cookie = request.cookies[Self.joinCookie]?.value {
            switch joinCookie.read(cookie) {
            case .stale:
                expired.append(Self.joinCookie)
            case .candidate(let code):
                switch await attempts.check(client: client, { joinCode.matches(code) }) {
                case .granted: visitor = .participant
                case .denied: expired.append(Self.joinCookie)
                case .tooMany(let wait): return tooMany(wait, language: language, expiring: expired + [Self.joinCookie])
                }
            }
        }

        var response: Response
        if visitor < required {
            let page = required == .participant
                ? AccessPages.join(next: Self.localTarget(path), wrong: false, language: language)
                : AccessPages.facilitatorOnly(next: Self.localTarget(path), wrong: false, language: language)
            response = Self.page(page, status: .forbidden)
        } else {
            var context = context
            context.visitor = visitor
            response = try await next(request, context)
        }
        for name in expired { response.setCookie(Self.cookie(name, "", maxAge: 0)) }
        return response
    }

    enum Secret { case facilitator, participant }

    private func exchange(_ candidate: String, secret: Secret, request: Request, client: String, language: Language) async -> Response {
        let path = request.uri.path
        let joinPage = path == "/__workshop/join" || path == "/__workshop/join/"
        let verdict = await (secret == .facilitator ? keyAttempts : attempts).check(client: client) {
            secret == .facilitator ? facilitatorKey.matches(candidate) : joinCode.matches(candidate)
        }
        let target: String
        if joinPage {
            target = Self.localTarget(request.uri.queryParameters.get("next") ?? "/")
        } else if path == "/__workshop" || path == "/__workshop/" {
            target = "/__workshop/"
        } else {
            target = Self.localTarget(Self.withoutSecrets(path: request.uri.path, query: request.uri.query))
        }
        switch verdict {
        case .tooMany(let wait):
            return tooMany(wait, language: language, expiring: [])
        case .denied:
            let next = joinPage ? target : Self.localTarget(path)
            let page = secret == .participant ? AccessPages.join(next: next, wrong: true, language: language)
                                               : AccessPages.facilitatorOnly(next: next, wrong: true, language: language)
            return Self.page(page, status: .forbidden)
        case .granted:
            var response = Response(status: .seeOther, headers: [.location: target, .cacheControl: "no-store"])
            let value = secret == .facilitator ? keyCookieValue.value(facilitatorKey.value) : joinCookie.value(joinCode.value)
            response.setCookie(Self.cookie(secret == .facilitator ? Self.keyCookie : Self.joinCookie, value, maxAge: nil))
            return response
        }
    }

    /// 429; the cookies that were refused are cleared too, so a browser stops sending them.
    private func tooMany(_ wait: Int, language: Language, expiring: [String]) -> Response {
        var response = CollectionReply.refused(.tooManyRequests, language.pick(
            ja: "参加コードまたはキーの入力が多すぎます。\(wait) 秒後にもう一度試してください",
            en: "too many tries of the join code or key; try again in \(wait) s"), retryAfter: wait).response
        response.headers[.cacheControl] = "no-store"
        for name in Set(expiring) { response.setCookie(Self.cookie(name, "", maxAge: 0)) }
        return response
    }

    static func cookie(_ name: String, _ value: String, maxAge: Int?) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: false, httpOnly: true, sameSite: .strict)
    }

    /// A path on this server only: one leading `/`, never `//host` or a scheme.
    static func localTarget(_ text: String) -> String {
        var path = text
        while path.hasPrefix("//") || path.hasPrefix("/\\") { path.removeFirst() }
        guard path.hasPrefix("/"), !path.contains("\\"), !path.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return "/" }
        return path
    }

    /// The address without `key` and `code` in its query.
    static func withoutSecrets(path: String, query: String?) -> String {
        let kept = (query ?? "").split(separator: "&").filter { item in
            let name = item.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return name != "key" && name != "code"
        }
        return path + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }

    static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func page(_ data: Data, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The router behind the gate: what `Application(router:)` is given.
public struct GatedRouter: HTTPResponderBuilder {
    public let gate: AccessGate
    public let router: Router<ServeContext>

    public func buildResponder() -> GatedResponder {
        GatedResponder(gate: gate, next: router.buildResponder())
    }
}

public struct GatedResponder: HTTPResponder {
    public typealias Context = ServeContext
    let gate: AccessGate
    let next: RouterResponder<ServeContext>

    public func respond(to request: Request, context: ServeContext) async throws -> Response {
        try await gate.handle(request, context: context) { request, context in
            try await next.respond(to: request, context: context)
        }
    }
}
