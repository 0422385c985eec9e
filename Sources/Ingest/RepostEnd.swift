import Foundation

/// `This story originally appeared on GeekWire.` closes a reposted story; a page that goes on after
/// it with paragraphs of something else (the next story of a feed, begun) shows more than the article.
extension Cleaner {
    static let repostNoteReason = "repost note (appeared first on …)"

    func removeAnotherStoryAfterARepostNote(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        var paragraphsBefore = 0
        for index in lines.indices {
            if roles[index] == .body, Self.isFullParagraph(lines[index].text) { paragraphsBefore += 1 }
            guard reasons[index] == Self.repostNoteReason, paragraphsBefore >= 2 else { continue }
            let after = lines.indices.filter { $0 > index && roles[$0] == .body }
            guard after.contains(where: { Self.isFullParagraph(lines[$0].text) }),
                  Self.isFollowedByAnotherStory(lines, roles, after: index) else { return }
            for other in after {
                roles[other] = .removed
                reasons[other] = "after a repost note: another story, sharing few words with the article"
            }
            return
        }
    }
}
