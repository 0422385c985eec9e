import Foundation
import Markdown
import Yams

/// Reads `call_to_action: form:`; every problem is reported at its line.
struct SignUpFormLoader {
    let sink: DiagnosticSink

    func load(_ fields: YAMLFields) -> SignUpForm? {
        fields.warnUnknownKeys(allowed: ["action", "method", "fields", "submit"])
        let action = self.action(fields)
        let method = self.method(fields)
        let items = fields.list("fields")
        if fields.value("fields") == nil {
            sink.error(fields.location, "a form needs 'fields', such as [email, zip]")
        } else if items.isEmpty {
            sink.error(fields.location(of: "fields"), "'fields' must list at least one field")
        }
        let formFields = items.compactMap { field($0, source: fields.source) }
        var names = Set<String>()
        for (field, node) in zip(formFields, items) where !names.insert(field.name).inserted {
            sink.error(fields.source.location(node.mark), "the form asks for '\(field.name)' twice")
        }
        let submit = fields.string("submit") ?? "Sign up"
        guard let action, let method, !formFields.isEmpty, formFields.count == items.count else { return nil }
        return SignUpForm(action: action, method: method, fields: formFields, submit: submit)
    }

    /// The provider's endpoint: an absolute http(s) URL, since the site itself cannot take a post.
    private func action(_ fields: YAMLFields) -> String? {
        guard let url = fields.url("action", required: true) else { return nil }
        guard let scheme = URLPolicy.scheme(of: url), scheme == "http" || scheme == "https" else {
            sink.error(fields.location(of: "action"), "form action must be an absolute http(s) URL of the provider "
                + "that receives the form, not '\(URLPolicy.visible(url))'")
            return nil
        }
        return url
    }

    private func method(_ fields: YAMLFields) -> SignUpForm.Method? {
        guard let text = fields.string("method") else { return .post }
        guard let method = SignUpForm.Method(rawValue: text.lowercased()) else {
            sink.error(fields.location(of: "method"), "form method must be post or get, not '\(text)'")
            return nil
        }
        return method
    }

    /// `email`, or `{field: email, name: EMAIL, label: "Email address", required: false}`.
    private func field(_ node: Node, source: YAMLText) -> SignUpForm.Field? {
        if case .scalar(let scalar) = node {
            return kind(scalar.string, at: source.location(node.mark)).map { SignUpForm.Field(kind: $0) }
        }
        guard let fields = YAMLFields(node, source: source, sink: sink, what: "each form field") else { return nil }
        fields.warnUnknownKeys(allowed: ["field", "name", "label", "required"])
        guard let written = fields.string("field", required: true),
              let kind = kind(written, at: fields.location(of: "field")) else { return nil }
        let name = fields.string("name")
        if let name, !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_-[].".contains($0)) }) {
            sink.error(fields.location(of: "name"), "a field's name may hold letters, digits and _ - [ ] . only, not '\(name)'")
            return nil
        }
        return SignUpForm.Field(kind: kind, name: name, label: fields.string("label"),
                                required: fields.bool("required") ?? true)
    }

    private func kind(_ written: String, at location: SourceLocation) -> FormFieldKind? {
        guard let kind = FormFieldKind(rawValue: written.trimmingCharacters(in: .whitespaces)) else {
            sink.error(location, "unknown form field '\(written)'; known fields: \(FormFieldKind.names)")
            return nil
        }
        return kind
    }
}
