using System.Globalization;
using EventHub.Core;
using EventHub.Core.Features.Events;

namespace EventHub.Web.Features.Events;

/// <summary>One day row of the conference form, as the browser's date and time inputs give it (ISO text).</summary>
public sealed class DayInput
{
    public string Date { get; set; } = "";
    public string OpensAt { get; set; } = "08:00";
    public string ClosesAt { get; set; } = "17:00";
}

/// <summary>The conference form's fields; its property names are the fields Core's refusals name.</summary>
public sealed class ConferenceInput
{
    public string NameFr { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Venue { get; set; } = "";
    public string VenueAddress { get; set; } = "";
    public string TimeZoneId { get; set; } = ConferenceDetails.DefaultTimeZone;
    public int Capacity { get; set; } = 100;
    public string ContactEmail { get; set; } = "";
    public List<DayInput> Days { get; set; } = [new()];

    public static ConferenceInput From(ConferenceDetails details) => new()
    {
        NameFr = details.NameFr,
        NameEn = details.NameEn,
        Slug = details.Slug,
        Venue = details.Venue,
        VenueAddress = details.VenueAddress,
        TimeZoneId = details.TimeZoneId,
        Capacity = details.Capacity,
        ContactEmail = details.ContactEmail,
        Days = [.. details.Days.Select(d => new DayInput
        {
            Date = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            OpensAt = d.OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            ClosesAt = d.ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture),
        })],
    };

    /// <summary>What Core is asked to save, or the day row the browser sent unreadable (an empty date, say).</summary>
    public Result<ConferenceDetails> ToDetails()
    {
        var days = new List<DayHours>();
        foreach (var day in Days)
        {
            if (!DateOnly.TryParseExact(day.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || !TryTime(day.OpensAt, out var opens) || !TryTime(day.ClosesAt, out var closes))
            {
                return new ValidationError(nameof(Days), "Conference.DayUnreadable");
            }
            days.Add(new DayHours(date, opens, closes));
        }
        return new ConferenceDetails(NameFr.Trim(), NameEn.Trim(), Slug.Trim().ToLowerInvariant(), Venue.Trim(), VenueAddress.Trim(),
            TimeZoneId, Capacity, ContactEmail.Trim(), days);
    }

    /// <summary>A short name proposed from the French name: accents dropped, words joined by hyphens.</summary>
    public static string SuggestSlug(string name)
    {
        var folded = EventHub.Core.Text.SearchText.Fold(name).ToLowerInvariant();
        var words = System.Text.RegularExpressions.Regex.Split(folded, "[^a-z0-9]+").Where(w => w.Length > 0);
        var slug = string.Join('-', words);
        return slug.Length > 64 ? slug[..64].TrimEnd('-') : slug;
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
