import Content

/// What the preview adds to the HTML it serves (never to the output folder): the live-reload
/// script, and the errors of a failed rebuild over the page.
enum Injection {
    static let eventsPath = "/_placard/events"

    static let reloadScript = """
        <script>(function(){var s=new EventSource("\(eventsPath)");s.addEventListener("reload",function(){location.reload();});})();</script>
        """

    /// The errors as a dialog over the bottom of the page, which takes the focus and is dismissed
    /// with its Close button or Escape (the focus then goes back where it was).
    static func overlay(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { "<li><code>\(escape($0.description))</code></li>" }.joined()
        return """
            <div id="placard-errors" role="alertdialog" aria-labelledby="placard-errors-title" \
            aria-describedby="placard-errors-list" style="position:fixed;inset:auto 0 0 0;max-height:60vh;\
            overflow:auto;z-index:2147483647;margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#ffe9e9;\
            font:14px/1.5 ui-monospace,monospace;border-top:4px solid #ff6b6b">\
            <button type="button" id="placard-errors-close" style="float:right;margin:0 0 .5rem 1rem;\
            padding:.25rem .75rem;font:inherit;color:#2b0b0b;background:#ffe9e9;border:2px solid #ffe9e9;\
            border-radius:4px;cursor:pointer">Close <span aria-hidden="true">(Esc)</span></button>\
            <strong id="placard-errors-title">The last rebuild failed; this is the last good site.</strong> \
            Fix these and save:<ul id="placard-errors-list" style="margin:.5rem 0 0;padding-left:1.25rem">\
            \(items)</ul></div>\(overlayScript)
            """
    }

    static let overlayScript = """
        <script>(function(){var o=document.getElementById("placard-errors"),b=document.getElementById("placard-errors-close"),\
        r=document.activeElement;function k(e){if(e.key==="Escape"){e.preventDefault();c();}}\
        function c(){if(!o.parentNode)return;o.parentNode.removeChild(o);document.removeEventListener("keydown",k);\
        if(r&&r!==document.body&&r.focus)r.focus();}b.addEventListener("click",c);document.addEventListener("keydown",k);\
        b.focus();})();</script>
        """

    /// The page with the script (and the overlay) before `</body>`, or at the end.
    static func inject(into html: String, errors: [Diagnostic]) -> String {
        let addition = (errors.isEmpty ? "" : overlay(errors)) + reloadScript
        guard let close = html.range(of: "</body>", options: .backwards) else { return html + addition }
        return html.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: addition)
    }

    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}

import Foundation
