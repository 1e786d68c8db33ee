using System.ComponentModel.DataAnnotations;
using EventHub.Core;
using EventHub.Core.Domain;
using EventHub.Core.Features.Registrations;
using Microsoft.AspNetCore.Components.Forms;
using EventHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EventHub.Web.Features.Registrations;

/// <summary>The attendee's details as a form posts them; the rules themselves are <see cref="AttendeeRules"/>'.</summary>
public class AttendeeInput
{
    [Required(ErrorMessage = "Validation.Required")]
    public string FirstName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    public string LastName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Registration.EmailInvalid")]
    public string Email { get; set; } = "";

    public string? Organization { get; set; }
    public string? JobTitle { get; set; }
    public string PreferredLanguage { get; set; } = "fr";
    public string? Needs { get; set; }

    public AttendeeDetails ToDetails() =>
        new(FirstName.Trim(), LastName.Trim(), Email.Trim(), Organization, JobTitle, PreferredLanguage, Needs);

    public void Fill(AttendeeDetails details)
    {
        (FirstName, LastName, Email, Organization, JobTitle, PreferredLanguage, Needs) =
            (details.FirstName, details.LastName, details.Email, details.Organization, details.JobTitle, details.PreferredLanguage, details.Needs);
    }
}

public static class FormErrors
{
    /// <summary>
    /// Shows a service's refusal: under its field when it names one of the form's, else in the page's
    /// alert. Returns the text for the alert, or null when the field shows it.
    /// </summary>
    public static string? Show(this Error error, EditContext context, ValidationMessageStore messages, IStringLocalizer localizer)
    {
        var text = localizer.Message(error);
        if (error is ValidationError { Field: var field } && context.Model.GetType().GetProperty(field) is not null)
        {
            messages.Add(new FieldIdentifier(context.Model, field), text);
            context.NotifyValidationStateChanged();
            return null;
        }
        return text;
    }
}
