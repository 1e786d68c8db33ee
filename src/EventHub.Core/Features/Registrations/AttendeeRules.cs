using EventHub.Core.Domain;
using EventHub.Core.Text;

namespace EventHub.Core.Features.Registrations;

/// <summary>
/// What makes attendee details acceptable, checked the same way by the registration form, the private
/// link, the organizer's grid and the CSV import. Lengths match the columns', so the database never
/// has to refuse what passed here.
/// </summary>
public static class AttendeeRules
{
    public const int NameLength = 100;
    public const int EmailLength = 256;
    public const int OrganizationLength = 200;
    public const int NeedsLength = 1000;

    /// <summary>The first problem found, as a field name and a resource key, or null.</summary>
    public static ValidationError? Validate(AttendeeDetails d) =>
        (PrintableText.FirstWithControlCharacters(("FirstName", d.FirstName, false), ("LastName", d.LastName, false), ("Email", d.Email, false),
            ("Organization", d.Organization, false), ("JobTitle", d.JobTitle, false), ("Needs", d.Needs, true)) is { } unprintable
            ? new ValidationError(unprintable, "Validation.ControlCharacters") : null)
        ?? (PrintableText.IsInvisible(d.FirstName) ? new ValidationError("FirstName", "Validation.Invisible")
        : PrintableText.IsInvisible(d.LastName) ? new ValidationError("LastName", "Validation.Invisible")
        : string.IsNullOrWhiteSpace(d.FirstName) ? new ValidationError("FirstName", "Registration.FirstNameRequired")
        : d.FirstName.Trim().Length > NameLength ? new ValidationError("FirstName", "Validation.TooLong", NameLength)
        : string.IsNullOrWhiteSpace(d.LastName) ? new ValidationError("LastName", "Registration.LastNameRequired")
        : d.LastName.Trim().Length > NameLength ? new ValidationError("LastName", "Validation.TooLong", NameLength)
        : !IsEmail(d.Email) ? new ValidationError("Email", "Registration.EmailInvalid")
        : d.Organization?.Trim().Length > OrganizationLength ? new ValidationError("Organization", "Validation.TooLong", OrganizationLength)
        : d.JobTitle?.Trim().Length > OrganizationLength ? new ValidationError("JobTitle", "Validation.TooLong", OrganizationLength)
        : d.Needs?.Trim().Length > NeedsLength ? new ValidationError("Needs", "Validation.TooLong", NeedsLength)
        : d.PreferredLanguage is not ("fr" or "en") ? new ValidationError("PreferredLanguage", "Registration.LanguageInvalid")
        : null);

    /// <summary>An address MimeKit reads back unchanged, with a dot in its domain.</summary>
    public static bool IsEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Trim().Length <= EmailLength && MimeKit.MailboxAddress.TryParse(email.Trim(), out var address)
        && address.Address == email.Trim() && address.Address.IndexOf('@') is > 0 and var at && at < address.Address.Length - 1
        && address.Address[(at + 1)..].Contains('.');
}
