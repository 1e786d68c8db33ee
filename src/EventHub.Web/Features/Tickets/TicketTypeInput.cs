using System.Globalization;
using EventHub.Core;
using EventHub.Core.Features.Tickets;

namespace EventHub.Web.Features.Tickets;

/// <summary>
/// The ticket-type form as the organizer fills it. The sale window is typed in native date-time fields
/// (keyboard-friendly, read out by screen readers), in the conference's time zone.
/// </summary>
public sealed class TicketTypeInput
{
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    public string NameFr { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string? DescriptionFr { get; set; }
    public string? DescriptionEn { get; set; }
    public int Quota { get; set; }
    public string SaleOpensLocal { get; set; } = "";
    public string SaleClosesLocal { get; set; } = "";
    public bool Public { get; set; } = true;

    public static TicketTypeInput From(TicketTypeDraft draft) => new()
    {
        NameFr = draft.NameFr,
        NameEn = draft.NameEn,
        DescriptionFr = draft.DescriptionFr,
        DescriptionEn = draft.DescriptionEn,
        Quota = draft.Quota,
        SaleOpensLocal = draft.SaleOpensLocal.ToString(LocalFormat, CultureInfo.InvariantCulture),
        SaleClosesLocal = draft.SaleClosesLocal.ToString(LocalFormat, CultureInfo.InvariantCulture),
        Public = draft.Public,
    };

    /// <summary>A new type on sale from now until the conference, as a starting point.</summary>
    public static TicketTypeInput Blank(DateTime localNow, DateOnly? firstDay) => new()
    {
        Quota = 100,
        SaleOpensLocal = localNow.Date.AddHours(9).ToString(LocalFormat, CultureInfo.InvariantCulture),
        SaleClosesLocal = (firstDay?.ToDateTime(new TimeOnly(8, 0)) ?? localNow.Date.AddDays(30)).ToString(LocalFormat, CultureInfo.InvariantCulture),
    };

    /// <summary>The draft for Core, or the field whose date cannot be read.</summary>
    public Result<TicketTypeDraft> ToDraft()
    {
        if (!TryLocal(SaleOpensLocal, out var opens))
        {
            return new ValidationError(nameof(SaleOpensLocal), "Tickets.DateInvalid");
        }
        if (!TryLocal(SaleClosesLocal, out var closes))
        {
            return new ValidationError(nameof(SaleClosesLocal), "Tickets.DateInvalid");
        }
        return new TicketTypeDraft(NameFr, NameEn, DescriptionFr, DescriptionEn, Quota, opens, closes, Public);
    }

    // Browsers send "2027-04-27T09:00" (some add seconds).
    private static bool TryLocal(string? text, out DateTime value) =>
        DateTime.TryParseExact(text, [LocalFormat, "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}
