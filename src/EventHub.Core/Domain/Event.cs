namespace EventHub.Core.Domain;

/// <summary>A conference: its days, venue and the overall number of seats.</summary>
public sealed class Event
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

    public EventDay AddDay(DateOnly date, TimeOnly opensAt, TimeOnly closesAt)
    {
        if (closesAt <= opensAt)
        {
            throw new ArgumentException("A day must close after it opens.", nameof(closesAt));
        }
        var day = new EventDay(date, opensAt, closesAt);
        _days.Add(day);
        return day;
    }

    /// <summary>Converts a local time at the venue to the UTC instant stored in the database.</summary>
    public DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), TimeZone);

    /// <summary>Converts a stored UTC instant to local time at the venue.</summary>
    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);
}
