import Foundation

/// Readers' comments after the article: their names (`Bets says:`), their words, and the buttons
/// under each (`LikeLike`, `Reply`), down to the comment form.
extension Cleaner {
    /// From the first comment marker after the article to the end, when the page holds two or
    /// more markers, or one that only opens a thread (`Leave a Reply`, `3 comments`).
    func removeCommentThread(_ lines: [SourceLine], _ roles: inout [LineDecision.Role], _ reasons: inout [String]) {
        guard reasons.contains(where: Self.isCommentWidget),
              let firstParagraph = lines.indices.first(where: { roles[$0] == .body && Self.isFullParagraph(lines[$0].text) })
        else { return }
        let markers = lines.indices.filter { index in
            index > firstParagraph && (Self.isCommentWidget(reasons[index])
                || roles[index] == .body && lines[index].text.matches(Vocabulary.commenter))
        }
        // Commenters' names alone may be a release's speakers (`Greer says:`): a button must be there
        // too. A lone `Leave a comment` may be a link under the headline, unless it closes the page.
        guard let first = markers.first, markers.contains(where: { Self.isCommentWidget(reasons[$0]) }),
              markers.count >= 2 || first >= lines.count / 2 && lines[first].text.matches(Self.threadOpener) else { return }
        var start = first
        // A like or reply button sits under its comment: the line above it is the thread's first comment.
        if lines[first].text.matches(Self.buttonUnderAComment), let above = lines.indices[..<first].last(where: { roles[$0] == .body }),
           above > firstParagraph, lines[above].text.wordCount(upTo: 80) <= 80 {
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

    static let commentFormReason = "comment form"
    /// `LikeLike`, `LikeLiked by 1 person`, `Reply`; not a bare `Like`, which may be the post's own.
    private static let buttonUnderAComment = regex(#"^((like){2,}|(like)+d by\b.*|reply)$"#)
    /// `Leave a Reply`, `12 Comments`: what stands only at a thread's top.
    private static let threadOpener = regex(#"^(leave a (reply|comment)|\d+ (comments?|responses?|replies|thoughts? on\b.*)|join the (discussion|conversation)|comments)\W*$"#)
}
