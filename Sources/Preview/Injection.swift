import Content

/// What the preview adds to the HTML it serves (never to the output folder): the live-reload
/// script, and the errors of a failed rebuild over the page.
enum Injection {
    static let eventsPath = "/_placard/events"

    static let reloadScript = """
        <script>(function(){var s=new EventSource("\(eventsPath)");s.addEventListener("reload",function(){location.reload();});})();</script>
        """

    static func overlay(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { "<li><code>\(escape($0.description))</code></li>" }.joined()
        return """
            <div id="placard-errors" role="alert" style="position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;\
            z-index:2147483647;margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#ffe9e9;\
            font:14px/1.5 ui-monospace,monospace;border-top:4px solid #ff6b6b">\
            <strong>The last rebuild failed; this is the last good site.</strong> Fix these and save:\
            <ul style="margin:.5rem 0 0;padding-left:1.25rem">\(items)</ul></div>
            """
    }

    /// The page with the script (and the overlay) before `</body>`, or at the end.
    static func inject(into html: String, errors: [Diagnostic]) -> String {
        let addition = (errors.isEmpty ? "" : overlay(errors)) + reloadScript
        guard let close = html.range(of: "</body>", options: .backwards) else { return html + addition }
        return html.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: addition)
    }

    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}

import Foundation
