import Foundation

/// Paragraphs of something else spliced into the article: an advertisement, another story.
extension Cleaner {
    func removeSplicedPassages(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
    }
}
