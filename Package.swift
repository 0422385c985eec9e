// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Placard",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "placard", targets: ["placard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .systemLibrary(
            name: "CVips",
            providers: [.apt(["libvips-dev"]), .brew(["vips"])]
        ),
        .target(name: "Images", dependencies: ["CVips"]),
        .target(name: "Markdown", dependencies: ["CMark"]),
        .target(name: "Content", dependencies: ["Markdown", "Yams"]),
        .target(name: "Ingest", dependencies: ["Content", "Yams"]),
        .target(
            name: "Templates",
            dependencies: ["Content", "Markdown", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "Generator", dependencies: ["Content", "Images", "Ingest", "Markdown", "Templates"]),
        .target(name: "Check", dependencies: ["Generator", "Content", "Markdown"]),
        .target(
            name: "Preview",
            dependencies: ["Generator", "Content", .product(name: "FlyingFox", package: "FlyingFox"),
                           .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "placard",
            dependencies: ["Generator", "Check", "Content", "Images", "Ingest", "Preview", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "placard-fuzz",
            dependencies: ["Content", "Ingest", "Markdown", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/Fuzz"
        ),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "ImagesTests", dependencies: ["Images"]),
        .testTarget(name: "ContentTests", dependencies: ["Content"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Content", "Markdown"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "Content", "Markdown"]),
        .target(name: "TestSupport", dependencies: ["Generator", "Content"], path: "Tests/TestSupport"),
        .testTarget(name: "GeneratorTests", dependencies: ["Generator", "Check", "Content", "Images", "Markdown", "Templates", "TestSupport"]),
        .testTarget(name: "EndToEndTests",
                    dependencies: ["placard", "Generator", "Check", "Content", "Markdown", "TestSupport"]),
        .testTarget(name: "CheckTests", dependencies: ["Check", "Generator", "Content"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Generator", "Content", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
