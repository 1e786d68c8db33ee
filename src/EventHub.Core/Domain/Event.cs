using System.Text.RegularExpressions;

namespace EventHub.Core.Domain;

/// <summary>A conference: its days, venue and the overall number of seats.</summary>
public sealed partial class Event
{
    private readonly List<EventDay> _days = [];

    private Event() { }

    public Event(string slug, string nameFr, string nameEn, string venue, string timeZoneId, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Slug = slug;
        NameFr = nameFr;
        NameEn = nameEn;
        Venue = venue;
        TimeZoneId = timeZoneId;
        Capacity = capacity;
    }

    public int Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string NameFr { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string Venue { get; private set; } = "";

    /// <summary>The venue's street address, for attendees to find it; empty for editions described before it was asked.</summary>
    public string VenueAddress { get; private set; } = "";

    /// <summary>Where attendees write with questions; shown publicly, so it is the team's address, never a person's own.</summary>
    public string ContactEmail { get; private set; } = "";

    public string TimeZoneId { get; private set; } = "America/Toronto";

    /// <summary>Seats for the whole event, across every ticket type.</summary>
    public int Capacity { get; private set; }

    /// <summary>Confirmed registrations; changed only by a conditional database update.</summary>
    public int ConfirmedCount { get; private set; }

    /// <summary>
    /// The conference the installation's short addresses (<c>/</c>, <c>/agenda</c>, <c>/register</c>…) serve;
    /// at most one is (a filtered unique index says so), set through <c>ConferenceDirectory.MakeCurrentAsync</c>.
    /// </summary>
    public bool IsCurrent { get; private set; }

    public IReadOnlyList<EventDay> Days => _days;

    public LocalizedText Name => new(NameFr, NameEn);

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public const int SlugMaxLength = 64;

    /// <summary>
    /// Short names that public addresses use for something else (<c>/agenda</c>, <c>/organizer</c>…): a conference called
    /// so would hide the page, or the page the conference.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal)
    {
        "account", "admin", "agenda", "agenda.ics", "api", "badges", "checkin", "culture", "dashboard", "health",
        "not-found", "organizer", "r", "register", "sessions", "speakers",
    };

    /// <summary>Lowercase ASCII letters and digits in groups joined by single hyphens: safe in an address as it is typed.</summary>
    public static bool IsValidSlug(string slug) =>
        slug.Length is >= 2 and <= SlugMaxLength && SlugPattern().IsMatch(slug) && !ReservedSlugs.Contains(slug);

    /// <summary>An IANA zone the machine knows, so that every local time at the venue converts both ways.</summary>
    public static bool IsKnownTimeZone(string timeZoneId) =>
        timeZoneId.Contains('/') && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _);

    public EventDay AddDay(DateOnly date, TimeOnly opensAt, TimeOnly closesAt)
    {
        EventDay.CheckHours(opensAt, closesAt);
        if (_days.Any(d => d.Date == date))
        {
            throw new ArgumentException("The conference already has this day.", nameof(date));
        }
        var day = new EventDay(date, opensAt, closesAt);
        _days.Add(day);
        return day;
    }

    public void RemoveDay(DateOnly date) => _days.RemoveAll(d => d.Date == date);

    public void Rename(string nameFr, string nameEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameFr);
        NameFr = nameFr.Trim();
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? NameFr : nameEn.Trim();
    }

    public void ChangeSlug(string slug)
    {
        if (!IsValidSlug(slug))
        {
            throw new ArgumentException("Not a valid short name.", nameof(slug));
        }
        Slug = slug;
    }

    public void MoveTo(string venue, string venueAddress)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(venue);
        Venue = venue.Trim();
        VenueAddress = venueAddress.Trim();
    }

    public void ChangeContactEmail(string contactEmail) => ContactEmail = contactEmail.Trim();

    /// <summary>
    /// Moves the conference to another zone. Sessions are stored as UTC instants, so a scheduled session would silently
    /// change its local hour: the editing use case refuses the change once one is scheduled.
    /// </summary>
    public void ChangeTimeZone(string timeZoneId)
    {
        if (!IsKnownTimeZone(timeZoneId))
        {
            throw new ArgumentException("Unknown time zone.", nameof(timeZoneId));
        }
        TimeZoneId = timeZoneId;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    /// <summary>Converts a local time at the venue to the UTC instant stored in the database.</summary>
    public DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), TimeZone);

    /// <summary>Converts a stored UTC instant to local time at the venue.</summary>
    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);
}
