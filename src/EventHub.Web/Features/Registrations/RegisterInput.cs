using System.ComponentModel.DataAnnotations;
using EventHub.Core.Features.Registrations;

namespace EventHub.Web.Features.Registrations;

/// <summary>The registration form as it is posted: the attendee's details, the ticket type and the consent.</summary>
public sealed class RegisterInput : AttendeeInput
{
    /// <summary>The form's name, sent back in its <c>_handler</c> field.</summary>
    public const string FormName = "register";

    /// <summary>The prefix of the form's field names ("Input.FirstName"): the page's form parameter.</summary>
    public const string Prefix = "Input";

    /// <summary>Where a registration that went through is sent, whatever happened (a seat, the waitlist, an address already registered).</summary>
    public const string SentPage = "/register/sent";

    [Required(ErrorMessage = "Register.TicketRequired")]
    public int? TicketTypeId { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "Registration.ConsentRequired")]
    public bool Consent { get; set; }

    public RegistrationRequest ToRequest(int eventId) => new(TicketTypeId!.Value, ToDetails(), Consent) { EventId = eventId };

    /// <summary>Whether the form passes the same annotations the page's validator checks.</summary>
    public bool IsValid() => Validator.TryValidateObject(this, new ValidationContext(this), null, validateAllProperties: true);
}
