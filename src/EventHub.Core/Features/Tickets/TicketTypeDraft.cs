using EventHub.Core.Domain;

namespace EventHub.Core.Features.Tickets;

/// <summary>
/// A ticket type as the organizer writes it: the sale window in the conference's own time zone
/// (what the organizer reads on their calendar), turned into UTC for storage by <see cref="SaleWindowUtc"/>.
/// </summary>
public sealed record TicketTypeDraft(
    string NameFr,
    string NameEn,
    string? DescriptionFr,
    string? DescriptionEn,
    int Quota,
    DateTime SaleOpensLocal,
    DateTime SaleClosesLocal,
    bool Public)
{
    public const int NameMaxLength = 100;

    /// <summary>The first rule the draft breaks, under its field; null when it is well formed.</summary>
    public ValidationError? Validate(Event conference)
    {
        if (string.IsNullOrWhiteSpace(NameFr))
        {
            return new ValidationError(nameof(NameFr), "Validation.Required");
        }
        if (string.IsNullOrWhiteSpace(NameEn))
        {
            return new ValidationError(nameof(NameEn), "Validation.Required");
        }
        if (NameFr.Trim().Length > NameMaxLength)
        {
            return new ValidationError(nameof(NameFr), "Validation.TooLong", NameMaxLength);
        }
        if (NameEn.Trim().Length > NameMaxLength)
        {
            return new ValidationError(nameof(NameEn), "Validation.TooLong", NameMaxLength);
        }
        if ((DescriptionFr?.Trim().Length ?? 0) > TicketType.DescriptionMaxLength)
        {
            return new ValidationError(nameof(DescriptionFr), "Validation.TooLong", TicketType.DescriptionMaxLength);
        }
        if ((DescriptionEn?.Trim().Length ?? 0) > TicketType.DescriptionMaxLength)
        {
            return new ValidationError(nameof(DescriptionEn), "Validation.TooLong", TicketType.DescriptionMaxLength);
        }
        if (Quota < 0)
        {
            return new ValidationError(nameof(Quota), "Tickets.QuotaNegative");
        }
        // A local time skipped by the spring change of hour does not exist at the venue.
        if (conference.TimeZone.IsInvalidTime(SaleOpensLocal))
        {
            return new ValidationError(nameof(SaleOpensLocal), "Tickets.TimeSkipped");
        }
        if (conference.TimeZone.IsInvalidTime(SaleClosesLocal))
        {
            return new ValidationError(nameof(SaleClosesLocal), "Tickets.TimeSkipped");
        }
        var (opens, closes) = SaleWindowUtc(conference);
        return closes <= opens ? new ValidationError(nameof(SaleClosesLocal), "Tickets.SaleEndsBeforeStart") : null;
    }

    public (DateTime OpensUtc, DateTime ClosesUtc) SaleWindowUtc(Event conference) =>
        (Utc(conference, SaleOpensLocal), Utc(conference, SaleClosesLocal));

    private static DateTime Utc(Event conference, DateTime local) =>
        conference.ToUtc(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
}
