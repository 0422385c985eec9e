/// `call_to_action: form:` in site.yaml: a plain HTML form that posts to the campaign's provider
/// (Action Network, Mailchimp, any endpoint). Nothing is sent until the visitor submits it.
public struct SignUpForm: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable, CaseIterable {
        case post, get
    }

    public struct Field: Sendable, Hashable {
        public var kind: FormFieldKind
        /// The parameter the provider expects (`EMAIL` for Mailchimp); the kind's name by default.
        public var name: String
        public var label: String
        public var required: Bool

        public init(kind: FormFieldKind, name: String? = nil, label: String? = nil, required: Bool = true) {
            self.kind = kind
            self.name = name ?? kind.rawValue
            self.label = label ?? kind.label
            self.required = required
        }
    }

    /// Absolute http(s) URL of the provider's endpoint.
    public var action: String
    public var method: Method
    public var fields: [Field]
    public var submit: String

    public init(action: String, method: Method = .post, fields: [Field], submit: String = "Sign up") {
        self.action = action
        self.method = method
        self.fields = fields
        self.submit = submit
    }
}

/// The fields a sign-up form may ask for, each with the label, input type and `autocomplete`
/// token (HTML's autofill names) that let browsers and assistive technology fill it in.
public enum FormFieldKind: String, Sendable, Hashable, CaseIterable {
    case email, name
    case firstName = "first_name", lastName = "last_name"
    case phone, zip
    case postalCode = "postal_code"
    case address, city, state, country, organization

    public var label: String {
        switch self {
        case .email: "Email"
        case .name: "Name"
        case .firstName: "First name"
        case .lastName: "Last name"
        case .phone: "Phone"
        case .zip: "ZIP code"
        case .postalCode: "Postal code"
        case .address: "Street address"
        case .city: "City"
        case .state: "State"
        case .country: "Country"
        case .organization: "Organization"
        }
    }

    /// The autofill token (HTML, "Autofill").
    public var autocomplete: String {
        switch self {
        case .email: "email"
        case .name: "name"
        case .firstName: "given-name"
        case .lastName: "family-name"
        case .phone: "tel"
        case .zip, .postalCode: "postal-code"
        case .address: "street-address"
        case .city: "address-level2"
        case .state: "address-level1"
        case .country: "country-name"
        case .organization: "organization"
        }
    }

    /// The `type` of its `<input>`: the keyboard phones show and the check browsers make.
    public var inputType: String {
        switch self {
        case .email: "email"
        case .phone: "tel"
        default: "text"
        }
    }

    /// `email, name, first_name, …`, for messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
