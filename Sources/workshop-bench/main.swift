import Foundation

// workshop-bench: see BenchOptions.usage.
switch BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .help:
    print(BenchOptions.usage)
case .failure(let message):
    FileHandle.standardError.write(Data("workshop-bench: \(message)\n\n\(BenchOptions.usage)\n".utf8))
    exit(2)
case .run(let options):
    exit(Benchmark(options: options).run())
}
