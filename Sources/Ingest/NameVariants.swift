import Foundation

/// Spellings of a registry name that texts use and an editor would still tag: without its accents
/// (`Mujeres Latinas en Accion` for `Acción`, as plain-text copies and keyboards write it), and a
/// person's without the middle initial (`Jeffrey Bezos` for `Jeffrey P. Bezos`).
enum NameVariants {
    static func of(_ name: String, isPerson: Bool) -> [String] {
        var variants = [name]
        let folded = name.folding(options: .diacriticInsensitive, locale: nil)
        if folded != name { variants.append(folded) }
        if isPerson {
            let words = name.split(separator: " ")
            let kept = words.enumerated().filter { position, word in
                !(position > 0 && position < words.count - 1 && word.count <= 2 && word.first?.isUppercase == true
                  && (word.count == 1 || word.hasSuffix(".")))
            }.map(\.element)
            if kept.count >= 2, kept.count < words.count { variants.append(kept.joined(separator: " ")) }
        }
        return variants
    }
}
