/// What social platforms show as a share card: Open Graph and Twitter readers take PNG, JPEG,
/// GIF and WebP, and none of them SVG, so an SVG logo is no card.
public enum ShareCardImage {
    static let formats: Set<String> = ["png", "jpg", "jpeg", "gif", "webp"]

    /// Whether an image as written (`cards/x.png`, or a URL) is in a format platforms show.
    public static func isShown(_ written: String) -> Bool {
        let path = written.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? written
        guard let name = path.split(separator: "/", omittingEmptySubsequences: false).last, let dot = name.lastIndex(of: ".") else { return false }
        return formats.contains(name[name.index(after: dot)...].lowercased())
    }
}
