namespace EventHub.Core.Domain;

/// <summary>A category of ticket with its own quota and sale window.</summary>
public sealed class TicketType
{
    public const int DescriptionMaxLength = 300;

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

    /// <summary>One or two sentences the registration form shows under the name; may be empty.</summary>
    public string DescriptionFr { get; private set; } = "";
    public string DescriptionEn { get; private set; } = "";

    /// <summary>Where the type stands on the registration form and the organizer's list (smallest first).</summary>
    public int DisplayOrder { get; private set; }

    /// <summary>Not listed on the public form: only an access code (<see cref="AccessCode"/>) reveals it and lets someone register for it.</summary>
    public bool IsHidden { get; private set; }

    /// <summary>No longer sold, whatever its sale window says; what a type with registrations becomes instead of being deleted.</summary>
    public bool IsClosed { get; private set; }

    public LocalizedText Name => new(NameFr, NameEn);

    public LocalizedText Description => new(DescriptionFr, DescriptionEn);

    /// <summary>Names and describes the type; the quota is not here: it changes only by a conditional update that keeps it above <see cref="Sold"/>.</summary>
    public void Describe(string nameFr, string nameEn, string? descriptionFr, string? descriptionEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameFr);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        NameFr = nameFr.Trim();
        NameEn = nameEn.Trim();
        DescriptionFr = descriptionFr?.Trim() ?? "";
        DescriptionEn = descriptionEn?.Trim() ?? "";
    }

    public void Reschedule(DateTime saleStartsAtUtc, DateTime saleEndsAtUtc)
    {
        if (saleEndsAtUtc <= saleStartsAtUtc)
        {
            throw new ArgumentException("A sale window must end after it starts.", nameof(saleEndsAtUtc));
        }
        SaleStartsAt = saleStartsAtUtc;
        SaleEndsAt = saleEndsAtUtc;
    }

    public void PlaceAt(int displayOrder) => DisplayOrder = displayOrder;

    /// <summary>Public types are listed on the form; hidden ones only with an access code.</summary>
    public void ShowPublicly(bool visible) => IsHidden = !visible;

    public void Close() => IsClosed = true;

    public void Reopen() => IsClosed = false;
}
