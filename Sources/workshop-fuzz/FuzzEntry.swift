import Foundation

// Built with -DFUZZING and -sanitize=fuzzer,address (scripts/fuzz.sh), this
// is a libFuzzer target; the target is chosen by WORKSHOP_FUZZ_TARGET.
// Built normally, it replays inputs: `workshop-fuzz TARGET FILE…` runs each
// file through the target once (to reproduce a finding without libFuzzer).

#if FUZZING
let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["WORKSHOP_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("WORKSHOP_FUZZ_TARGET must be one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
        exit(2)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else {
        selectedTarget.run(Data())
        return 0
    }
    selectedTarget.run(Data(bytes: data, count: size))
    return 0
}

/// libFuzzer's driver, for an executable whose `main` SwiftPM supplies.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's `main` to `<module>_main`; here it starts libFuzzer.
@_cdecl("workshop_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // Globals initialise lazily; do it before fuzzing starts.
    _ = FuzzTarget.site
    selectedTarget.run(Data())
    var count = argc
    var vector = argv
    return LLVMFuzzerRunDriver(&count, &vector) { data, size in fuzzOneInput(data, size) }
}
#else
@main
struct FuzzReplay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            print("usage: workshop-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) FILE…")
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("cannot read \(path)")
                exit(2)
            }
            target.run(data)
            print("ok \(path)")
        }
    }
}
#endif
