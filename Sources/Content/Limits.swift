/// The most Placard reads of one thing (README, "Limits"). Beyond them an input is an error at its
/// file and line, never a build that runs for minutes; within them every stage takes time in
/// proportion to its input.
public enum Limits {
    /// A raw document in `content/sources/` that is converted, in bytes (2 MB).
    public static let sourceBytes = 2_000_000
    /// Names and aliases of one registry entry: each alias is matched against every raw document.
    public static let aliasesPerEntry = 50
    /// A name, title or alias, in characters.
    public static let nameCharacters = 200
    /// Any other text field of a registry entry (a description), in characters.
    public static let fieldCharacters = 10_000

    /// `3.1 MB`: rounded up, so that a size over the limit never reads as the limit.
    public static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 99_999) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
