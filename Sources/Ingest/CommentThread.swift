import Foundation

/// Readers' comments after the article: their names (`Bets says:`), their words, and the buttons
/// under each (`LikeLike`, `Reply`), down to the comment form.
extension Cleaner {
    /// From the first comment marker after the article to the end, when the page holds two or
    /// more markers, or one that only opens a thread (`Leave a Reply`, `3 comments`, `X says:`).
    func removeCommentThread(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        guard let firstParagraph = lines.indices.first(where: { roles[$0] == .body && Self.isFullParagraph(lines[$0].text) })
        else { return }
        let markers = lines.indices.filter { index in
            index > firstParagraph && index >= lines.count / 3 && (Self.isCommentWidget(reasons[index])
                || roles[index] == .body && lines[index].text.matches(Vocabulary.commenter))
        }
        guard let first = markers.first,
              markers.count >= 2 || Self.opensThread(lines[first].text) else { return }
        var start = first
        // A like button sits under its comment: the line above it is the thread's first comment.
        if lines[first].text.matches(Self.likeButton), let above = lines.indices[..<first].last(where: { roles[$0] == .body }),
           above > firstParagraph, lines[above].text.wordCount <= 80 {
            start = above
        }
        for index in start..<lines.count where roles[index] != .removed {
            roles[index] = .removed
            reasons[index] = lines[index].text.matches(Vocabulary.commenter) ? "commenter's name" : "reader comment"
        }
    }

    private static func isCommentWidget(_ reason: String) -> Bool {
        reason == commentWidgetReason || reason == commentFormReason
    }

    /// `Leave a Reply`, `12 Comments`, `Bets says:`: what stands only at a thread's top.
    private static func opensThread(_ text: String) -> Bool {
        text.matches(threadOpener) || text.matches(Vocabulary.commenter)
    }

    static let commentFormReason = "comment form"
    private static let likeButton = regex(#"^(like)+(d by\b.*)?$"#)
    private static let threadOpener = regex(#"^(leave a (reply|comment)|\d+ (comments?|responses?|replies|thoughts? on\b.*)|join the (discussion|conversation)|comments)\W*$"#)
}
