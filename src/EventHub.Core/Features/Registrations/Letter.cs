using EventHub.Core.Domain;

namespace EventHub.Core.Features.Registrations;

/// <summary>What an attendee e-mail is about.</summary>
public enum LetterKind
{
    /// <summary>Registered with a seat.</summary>
    Confirmed,

    /// <summary>Registered on the waitlist.</summary>
    Waitlisted,

    /// <summary>Moved from the waitlist to a seat.</summary>
    Promoted,

    /// <summary>Asked again with an e-mail already registered: a new private link.</summary>
    Link,
}

public sealed record EventDayHours(DateOnly Date, TimeOnly OpensAt, TimeOnly ClosesAt);

/// <summary>The event as an e-mail describes it.</summary>
public sealed record MailEvent(string Slug, LocalizedText Name, string Venue, string TimeZoneId, IReadOnlyList<EventDayHours> Days);

/// <summary>Everything one attendee e-mail says. <see cref="BadgeCode"/> is null while no seat is held.</summary>
public sealed record Letter(
    LetterKind Kind,
    string FirstName,
    string LastName,
    string Email,
    string Language,
    LocalizedText Ticket,
    MailEvent Event,
    string ManageToken,
    string? BadgeCode,
    int? WaitlistRank)
{
    /// <summary>The outbox's name for a kind of e-mail: the kind's own name, as every enum is stored.</summary>
    public static string OutboxName(LetterKind kind) =>
        Enum.IsDefined(kind) ? kind.ToString() : throw new ArgumentOutOfRangeException(nameof(kind));

    /// <summary>The kind an outbox message names, or null for a name this version does not know.</summary>
    public static LetterKind? KindOf(string outboxKind) =>
        Enum.TryParse(outboxKind, out LetterKind kind) && kind.ToString() == outboxKind ? kind : null;
}
