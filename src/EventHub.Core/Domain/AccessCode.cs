namespace EventHub.Core.Domain;

/// <summary>
/// A code that reveals a hidden ticket type and lets a number of people register for it (speakers,
/// sponsors, volunteers, students). Each registration that uses it takes one use, by a conditional
/// update in its own transaction, and gives it back when cancelled.
/// </summary>
public sealed class AccessCode
{
    private AccessCode() { }

    public AccessCode(int eventId, int ticketTypeId, string code, int maxUses, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxUses);
        EventId = eventId;
        TicketTypeId = ticketTypeId;
        Code = code;
        MaxUses = maxUses;
        CreatedAt = createdAtUtc;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int TicketTypeId { get; private set; }

    /// <summary>Upper-case, in the badge-code alphabet, without separators (<c>AccessCodes.Normalize</c>).</summary>
    public string Code { get; private set; } = "";

    public int MaxUses { get; private set; }

    /// <summary>Registrations that hold a use; changed only by a conditional database update.</summary>
    public int Uses { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
