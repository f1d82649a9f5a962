import Foundation
import Testing
@testable import WorkshopServe

@Suite("Join code, edit tokens, rate limit")
struct JoinCodeTests {
    @Test func randomCodesUseTheUnambiguousAlphabet() {
        for _ in 0..<200 {
            let code = JoinCode.random().value
            #expect(code.count == 6)
            #expect(code.allSatisfy { JoinCode.alphabet.contains($0) })
            #expect(!code.contains { "0O1I".contains($0) })
        }
    }

    @Test func matchingIgnoresCaseAndWidthOnly() {
        let code = JoinCode("K7P2QX")
        #expect(code.matches("k7p2qx"))
        #expect(code.matches("Ｋ７Ｐ２ＱＸ"))
        #expect(!code.matches("K7P2Q"))
        #expect(!code.matches("K7P2QXX"))
        #expect(!code.matches(nil))
        #expect(!code.matches(""))
    }

    @Test func sha256KnownAnswers() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func tokensAreRandomAndVerifiedByHash() {
        let token = EditToken.generate()
        #expect(token.count == 32)
        #expect(token != EditToken.generate())
        let stored = EditToken.hash(token)
        #expect(EditToken.verify(token, against: stored))
        #expect(!EditToken.verify(EditToken.generate(), against: stored))
        #expect(!EditToken.verify(nil, against: stored))
        #expect(!EditToken.verify("", against: stored))
    }

    @Test func bucketAllowsTheBurstThenRefuses() async {
        let limiter = RateLimiter(limit: .init(burst: 3, perMinute: 6))
        for _ in 0..<3 { #expect(await limiter.admit("10.0.0.2") == .allowed) }
        guard case .refused(let wait) = await limiter.admit("10.0.0.2") else {
            Issue.record("fourth submission allowed")
            return
        }
        #expect(wait >= 1 && wait <= 10)
        #expect(await limiter.admit("10.0.0.3") == .allowed)
    }
}
