using EventHub.Core.Text;

namespace EventHub.Core.Domain;

/// <summary>An attendee's registration. Attendees have no account: the badge code and a private link identify them.</summary>
public sealed class Registration
{
    private Registration() { }

    public Registration(
        int eventId,
        int ticketTypeId,
        AttendeeDetails details,
        string badgeCode,
        string manageTokenHash,
        DateTime consentGivenAtUtc,
        DateTime createdAtUtc,
        string? consentConfirmedBy = null)
    {
        EventId = eventId;
        TicketTypeId = ticketTypeId;
        BadgeCode = badgeCode;
        ManageTokenHash = manageTokenHash;
        ConsentGivenAt = consentGivenAtUtc;
        ConsentConfirmedBy = consentConfirmedBy;
        CreatedAt = createdAtUtc;
        UpdatedAt = createdAtUtc;
        Correct(details, createdAtUtc);
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int TicketTypeId { get; private set; }
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string Email { get; private set; } = "";

    /// <summary>Lower-cased e-mail; null once the personal data is erased.</summary>
    public string? NormalizedEmail { get; private set; }

    public string? Organization { get; private set; }
    public string? JobTitle { get; private set; }

    /// <summary>Accessibility or dietary needs the attendee chose to tell.</summary>
    public string? Needs { get; private set; }

    /// <summary>"fr" or "en".</summary>
    public string PreferredLanguage { get; private set; } = "fr";

    public RegistrationStatus Status { get; private set; }
    /// <summary>
    /// The number this registration drew on its ticket type's waitlist: handed out once, in order, never reused,
    /// so people who left leave gaps. What the attendee is told is the rank (<c>WaitlistRanks</c>).
    /// </summary>
    public int? WaitlistNumber { get; private set; }
    public DateTime ConsentGivenAt { get; private set; }

    /// <summary>
    /// How consent was obtained (Québec's Law 25 asks that it be shown): null when the attendee ticked
    /// the box on the registration form; otherwise the organizer account that confirmed, when importing
    /// a list, that the people on it had consented. It is the organizer's, so erasure keeps it.
    /// </summary>
    public string? ConsentConfirmedBy { get; private set; }

    /// <summary>Random code printed in the QR badge (at least 128 bits).</summary>
    public string BadgeCode { get; private set; } = "";

    /// <summary>SHA-256 of the private manage token; the token itself is never stored.</summary>
    public string ManageTokenHash { get; private set; } = "";

    /// <summary>Lower-cased, accent-free "first last organization" for search.</summary>
    public string SearchKey { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? CancelledAt { get; private set; }
    public DateTime? ErasedAt { get; private set; }

    public TicketType? TicketType { get; private set; }

    /// <summary>The access code whose use this registration holds (a hidden ticket type); given back when it is cancelled.</summary>
    public int? AccessCodeId { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    public void Correct(AttendeeDetails details, DateTime utcNow)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(details.FirstName);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.LastName);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Email);
        FirstName = details.FirstName.Trim();
        LastName = details.LastName.Trim();
        Email = details.Email.Trim();
        NormalizedEmail = SearchText.Email(Email);
        Organization = Blank(details.Organization);
        JobTitle = Blank(details.JobTitle);
        Needs = Blank(details.Needs);
        PreferredLanguage = details.PreferredLanguage == "en" ? "en" : "fr";
        SearchKey = SearchText.Key(FirstName, LastName, Organization);
        UpdatedAt = utcNow;
    }

    /// <summary>Records the access code whose use was taken for this registration.</summary>
    public void Redeem(int accessCodeId) => AccessCodeId = accessCodeId;

    public void Confirm(DateTime utcNow)
    {
        Status = RegistrationStatus.Confirmed;
        WaitlistNumber = null;
        UpdatedAt = utcNow;
    }

    public void Waitlist(int number, DateTime utcNow)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        Status = RegistrationStatus.Waitlisted;
        WaitlistNumber = number;
        UpdatedAt = utcNow;
    }

    public void Cancel(DateTime utcNow)
    {
        Status = RegistrationStatus.Cancelled;
        WaitlistNumber = null;
        CancelledAt ??= utcNow;
        UpdatedAt = utcNow;
    }

    /// <summary>Cancels and wipes every personal field (Law 25); what remains is anonymous.</summary>
    public void Erase(DateTime utcNow)
    {
        Cancel(utcNow);
        ErasePersonalData(utcNow);
    }

    /// <summary>
    /// Wipes every personal field but keeps what is anonymous (status, ticket type, check-ins), for the
    /// purge after the event: the counts stay true. The private link dies with the data: its hash is
    /// replaced by the hash of a token nobody holds, so the old link can neither read nor change what is left.
    /// </summary>
    public void ErasePersonalData(DateTime utcNow)
    {
        ManageTokenHash = Security.SecureTokens.Hash(Security.SecureTokens.NewToken());
        FirstName = "";
        LastName = "";
        Email = "";
        NormalizedEmail = null;
        Organization = null;
        JobTitle = null;
        Needs = null;
        SearchKey = "";
        ErasedAt = utcNow;
        UpdatedAt = utcNow;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What an attendee tells about themselves.</summary>
public sealed record AttendeeDetails(
    string FirstName,
    string LastName,
    string Email,
    string? Organization,
    string? JobTitle,
    string PreferredLanguage,
    string? Needs = null);
