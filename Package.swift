// swift-tools-version: 6.0
import PackageDescription

// The folders follow the pipeline: load → check → render → build (orchestration and writing); serve, scaffold and print apart.
let package = Package(
    name: "workshop",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "workshop", targets: ["workshop"]),
        .executable(name: "workshop-bench", targets: ["workshop-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.5.0"),
        // Already resolved through Hummingbird; named here because WorkshopServe imports them directly.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.60.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.20.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CMarkGFM"]),
        // The Mustache engine themes are rendered with (typed values; proven against mustache/spec).
        .target(name: "Templates", dependencies: ["Markdown"]),
        // Debian's libvips (libvips-dev), opened with dlopen on first use rather than linked: its ~120 dependent
        // libraries cost ~17 MB of resident memory in every command otherwise (docs/performance.md). The
        // headers still give each function's exact type; the include paths are GLib's (Debian, either architecture).
        .target(
            name: "CVips",
            cSettings: [.unsafeFlags(["-I/usr/include/glib-2.0", "-I/usr/lib/x86_64-linux-gnu/glib-2.0/include",
                                      "-I/usr/lib/aarch64-linux-gnu/glib-2.0/include"])],
            linkerSettings: [.linkedLibrary("dl")]
        ),
        // Debian's libqrencode: the join slide's QR code (and the terminal's).
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .target(name: "QRCode", dependencies: ["CQRencode"]),
        .target(name: "WorkshopPhotos", dependencies: ["WorkshopModel", "WorkshopLoad", "CVips"]),
        .target(name: "WorkshopModel"),
        .target(name: "WorkshopLoad", dependencies: ["WorkshopModel", "Markdown", "Yams"]),
        .target(name: "WorkshopCheck", dependencies: ["WorkshopModel", "WorkshopLoad", "WorkshopPhotos"]),
        // Pure: checked content and a theme in, rendered files out (no disk, no processes).
        .target(name: "WorkshopRender", dependencies: ["WorkshopModel", "WorkshopLoad", "WorkshopPhotos", "Markdown", "Templates"]),
        // The one pipeline build, serve and pdf run (load, photos, check, keep-going, theme), and the output sinks.
        .target(name: "WorkshopBuild", dependencies: ["WorkshopModel", "WorkshopLoad", "WorkshopCheck", "WorkshopPhotos", "WorkshopRender"]),
        .target(
            name: "WorkshopScaffold",
            dependencies: ["WorkshopModel", "WorkshopLoad"],
            // The English catalogue editions, embedded as Swift by scripts/embed-catalogues.sh.
            exclude: ["Catalogues"]
        ),
        // workshop pdf: the site built into a scratch folder, printed with headless Chromium.
        .target(name: "WorkshopPrint", dependencies: ["WorkshopModel", "WorkshopLoad", "WorkshopRender", "WorkshopBuild"]),
        .target(
            name: "WorkshopServe",
            dependencies: [
                "WorkshopModel", "WorkshopLoad", "WorkshopCheck", "WorkshopRender", "WorkshopBuild", "WorkshopScaffold", "WorkshopPhotos", "Markdown", "QRCode",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "workshop",
            dependencies: ["WorkshopModel", "WorkshopLoad", "WorkshopCheck", "WorkshopRender", "WorkshopBuild", "WorkshopScaffold", "WorkshopPrint", "WorkshopServe", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "workshop-bench",
            dependencies: ["WorkshopModel", "WorkshopLoad", "WorkshopCheck", "WorkshopRender", "WorkshopBuild"]
        ),
        // libFuzzer targets (scripts/fuzz.sh builds them with -sanitize=fuzzer into .build-fuzz);
        // built normally it replays inputs.
        .executableTarget(
            name: "workshop-fuzz",
            dependencies: ["WorkshopModel", "WorkshopLoad", "WorkshopCheck", "Markdown"]
        ),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], exclude: ["Fixtures"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "Markdown"], exclude: ["Fixtures"]),
        .testTarget(name: "WorkshopLoadTests", dependencies: ["WorkshopLoad", "WorkshopModel"]),
        .testTarget(name: "WorkshopCheckTests", dependencies: ["WorkshopCheck", "WorkshopLoad", "WorkshopModel"]),
        .testTarget(name: "WorkshopSiteTests", dependencies: ["WorkshopRender", "WorkshopBuild", "WorkshopScaffold", "WorkshopPrint", "Templates", "Markdown", "WorkshopCheck", "WorkshopLoad", "WorkshopModel"]),
        .testTarget(name: "WorkshopPhotosTests", dependencies: ["WorkshopPhotos", "WorkshopRender", "WorkshopBuild", "WorkshopCheck", "WorkshopLoad", "WorkshopModel"]),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode"]),
        .testTarget(name: "WorkshopServeTests", dependencies: ["WorkshopServe", "QRCode", "WorkshopRender", "WorkshopBuild", "WorkshopScaffold", "WorkshopCheck", "WorkshopLoad", "WorkshopModel", .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "Logging", package: "swift-log"), .product(name: "NIOCore", package: "swift-nio"), .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]),
    ],
    swiftLanguageModes: [.v6]
)
