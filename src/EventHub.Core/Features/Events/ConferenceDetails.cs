using EventHub.Core.Domain;
using EventHub.Core.Features.Registrations;

namespace EventHub.Core.Features.Events;

/// <summary>One day of a conference with its opening hours at the venue.</summary>
public sealed record DayHours(DateOnly Date, TimeOnly OpensAt, TimeOnly ClosesAt);

/// <summary>What an organizer describes when creating or editing a conference.</summary>
public sealed record ConferenceDetails(
    string NameFr,
    string NameEn,
    string Slug,
    string Venue,
    string VenueAddress,
    string TimeZoneId,
    int Capacity,
    string ContactEmail,
    IReadOnlyList<DayHours> Days)
{
    public const string DefaultTimeZone = "America/Toronto";

    /// <summary>The shape rules every conference obeys; the first one broken, named by its form field.</summary>
    public ValidationError? Check()
    {
        if (string.IsNullOrWhiteSpace(NameFr))
        {
            return new ValidationError(nameof(NameFr), "Validation.Required");
        }
        if (NameFr.Trim().Length > 200 || NameEn.Trim().Length > 200)
        {
            return new ValidationError(nameof(NameFr), "Conference.NameTooLong");
        }
        if (CheckSlug(Slug) is { } slug)
        {
            return slug;
        }
        if (string.IsNullOrWhiteSpace(Venue))
        {
            return new ValidationError(nameof(Venue), "Validation.Required");
        }
        if (Venue.Trim().Length > 200 || VenueAddress.Trim().Length > 300)
        {
            return new ValidationError(nameof(Venue), "Conference.VenueTooLong");
        }
        if (!Event.IsKnownTimeZone(TimeZoneId))
        {
            return new ValidationError(nameof(TimeZoneId), "Conference.TimeZoneUnknown", TimeZoneId);
        }
        if (Capacity is < 1 or > 1_000_000)
        {
            return new ValidationError(nameof(Capacity), "Conference.CapacityPositive");
        }
        if (!AttendeeRules.IsEmail(ContactEmail) || ContactEmail.Trim().Length > 254)
        {
            return new ValidationError(nameof(ContactEmail), "Conference.ContactEmailInvalid");
        }
        return CheckDays(Days);
    }

    public static ValidationError? CheckSlug(string slug) =>
        string.IsNullOrWhiteSpace(slug) ? new ValidationError(nameof(Slug), "Validation.Required")
        : Domain.Event.ReservedSlugs.Contains(slug.Trim()) ? new ValidationError(nameof(Slug), "Conference.SlugReserved", slug.Trim())
        : !Domain.Event.IsValidSlug(slug.Trim()) ? new ValidationError(nameof(Slug), "Conference.SlugInvalid")
        : null;

    public static ValidationError? CheckDays(IReadOnlyList<DayHours> days)
    {
        if (days.Count == 0)
        {
            return new ValidationError(nameof(Days), "Conference.DaysRequired");
        }
        if (days.Count > 31)
        {
            return new ValidationError(nameof(Days), "Conference.TooManyDays");
        }
        if (days.GroupBy(d => d.Date).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return new ValidationError(nameof(Days), "Conference.DayTwice", twice.Key);
        }
        return days.FirstOrDefault(d => d.ClosesAt <= d.OpensAt) is { } backwards
            ? new ValidationError(nameof(Days), "Conference.DayHoursBackwards", backwards.Date)
            : null;
    }
}
