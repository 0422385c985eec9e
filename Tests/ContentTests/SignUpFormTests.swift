import Content
import Foundation
import Testing

/// `call_to_action: form:` in site.yaml: the field vocabulary, and every problem at its line.
@Suite struct SignUpFormTests {
    static func siteYAML(_ form: String) -> [String: String] {
        ["content/site.yaml": "title: T\ncall_to_action:\n  title: Act\n  url: act/\n  form:\n" + form]
    }

    @Test func eachFieldHasItsAutofillTokenLabelAndInputType() {
        let expected: [String: (String, String)] = [
            "email": ("email", "email"), "name": ("name", "text"), "first_name": ("given-name", "text"),
            "last_name": ("family-name", "text"), "phone": ("tel", "tel"), "zip": ("postal-code", "text"),
            "postal_code": ("postal-code", "text"), "address": ("street-address", "text"),
            "city": ("address-level2", "text"), "state": ("address-level1", "text"),
            "country": ("country-name", "text"), "organization": ("organization", "text"),
        ]
        #expect(Set(FormFieldKind.allCases.map(\.rawValue)) == Set(expected.keys))
        for kind in FormFieldKind.allCases {
            let (autocomplete, type) = expected[kind.rawValue]!
            #expect(kind.autocomplete == autocomplete, "\(kind)")
            #expect(kind.inputType == type, "\(kind)")
            #expect(!kind.label.isEmpty && kind.label.first!.isUppercase, "\(kind)")
        }
    }

    @Test func readsAFormWithShortAndLongFields() throws {
        let form = """
                action: "https://actionnetwork.org/forms/x/answers"
                method: POST
                submit: "Join us"
                fields:
                  - email
                  - {field: zip, required: false}
                  - {field: first_name, name: FNAME, label: "Your first name"}

            """
        let site = try loadSite(Self.siteYAML(form)).get()
        let loaded = try #require(site.config.callToAction?.form)
        #expect(loaded.action == "https://actionnetwork.org/forms/x/answers")
        #expect(loaded.method == .post && loaded.submit == "Join us")
        #expect(loaded.fields.map(\.name) == ["email", "zip", "FNAME"])
        #expect(loaded.fields.map(\.required) == [true, false, true])
        #expect(loaded.fields.map(\.label) == ["Email", "ZIP code", "Your first name"])
        #expect(loaded.fields.map(\.kind) == [.email, .zip, .firstName])
    }

    @Test func theDefaultsArePostAndSignUp() throws {
        let site = try loadSite(Self.siteYAML("    action: \"https://x.example/s\"\n    fields: [email]\n")).get()
        let form = try #require(site.config.callToAction?.form)
        #expect(form.method == .post && form.submit == "Sign up")
    }

    @Test func anUnknownFieldIsAnErrorAtItsLine() throws {
        let found = try errors(Self.siteYAML("    action: \"https://x.example/s\"\n    fields:\n      - email\n      - zipcode\n"))
        #expect(found == ["content/site.yaml:9:9: error: unknown form field 'zipcode'; known fields: "
            + FormFieldKind.names])
        let long = try errors(Self.siteYAML("    action: \"https://x.example/s\"\n    fields: [{field: fax}]\n"))
        #expect(long.count == 1 && long[0].hasPrefix("content/site.yaml:7:22: error: unknown form field 'fax'"), "\(long)")
    }

    @Test func aBadActionIsAnErrorAtItsLine() throws {
        let script = try errors(Self.siteYAML("    action: \"javascript:alert(1)\"\n    fields: [email]\n"))
        #expect(script == ["content/site.yaml:6:13: error: action 'javascript:alert(1)' is refused: "
            + "only http, https, mailto, tel, sms and relative URLs are allowed"])
        for action in ["mailto:list@x.example", "signup/", "/signup"] {
            let found = try errors(Self.siteYAML("    action: \"\(action)\"\n    fields: [email]\n"))
            #expect(found == ["content/site.yaml:6:13: error: form action must be an absolute http(s) URL of the "
                + "provider that receives the form, not '\(action)'"], "\(action)")
        }
        let missing = try errors(Self.siteYAML("    fields: [email]\n"))
        #expect(missing == ["content/site.yaml:6:5: error: missing required field 'action'"])
    }

    @Test func aBadMethodNoFieldsOrATwiceAskedFieldAreErrors() throws {
        let method = try errors(Self.siteYAML("    action: \"https://x.example/s\"\n    method: put\n    fields: [email]\n"))
        #expect(method == ["content/site.yaml:7:13: error: form method must be post or get, not 'put'"])
        let none = try errors(Self.siteYAML("    action: \"https://x.example/s\"\n    fields: []\n"))
        #expect(none == ["content/site.yaml:7:13: error: 'fields' must list at least one field"])
        let twice = try errors(Self.siteYAML("    action: \"https://x.example/s\"\n    fields: [email, email]\n"))
        #expect(twice == ["content/site.yaml:7:21: error: the form asks for 'email' twice"])
        let badName = try errors(Self.siteYAML("    action: \"https://x.example/s\"\n    fields: [{field: email, name: \"a b\"}]\n"))
        #expect(badName.count == 1 && badName[0].contains("a field's name may hold letters"), "\(badName)")
    }
}
