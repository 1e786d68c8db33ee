namespace EventHub.Core.Domain;

/// <summary>A category of ticket with its own quota and sale window.</summary>
public sealed class TicketType
{
    private TicketType() { }

    public TicketType(int eventId, string nameFr, string nameEn, int quota, DateTime saleStartsAtUtc, DateTime saleEndsAtUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quota);
        if (saleEndsAtUtc <= saleStartsAtUtc)
        {
            throw new ArgumentException("A sale window must end after it starts.", nameof(saleEndsAtUtc));
        }
        EventId = eventId;
        NameFr = nameFr;
        NameEn = nameEn;
        Quota = quota;
        SaleStartsAt = saleStartsAtUtc;
        SaleEndsAt = saleEndsAtUtc;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string NameFr { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public int Quota { get; private set; }

    /// <summary>Confirmed registrations of this type; changed only by a conditional database update.</summary>
    public int Sold { get; private set; }

    /// <summary>Highest waitlist number handed out so far.</summary>
    public int WaitlistIssued { get; private set; }

    public DateTime SaleStartsAt { get; private set; }
    public DateTime SaleEndsAt { get; private set; }

    public LocalizedText Name => new(NameFr, NameEn);
}
