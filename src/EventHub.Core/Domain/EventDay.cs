namespace EventHub.Core.Domain;

/// <summary>One day of an event with its opening hours, in the venue's local time.</summary>
public sealed class EventDay
{
    private EventDay() { }

    internal EventDay(DateOnly date, TimeOnly opensAt, TimeOnly closesAt)
    {
        Date = date;
        OpensAt = opensAt;
        ClosesAt = closesAt;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public DateOnly Date { get; private set; }
    public TimeOnly OpensAt { get; private set; }
    public TimeOnly ClosesAt { get; private set; }

    /// <summary>Whether a session from <paramref name="startsLocal"/> to <paramref name="endsLocal"/> (venue time) fits these hours.</summary>
    public bool Holds(DateTime startsLocal, DateTime endsLocal) =>
        DateOnly.FromDateTime(startsLocal) == Date
        && TimeOnly.FromDateTime(startsLocal) >= OpensAt
        && endsLocal <= Date.ToDateTime(ClosesAt);

    public void ChangeHours(TimeOnly opensAt, TimeOnly closesAt)
    {
        CheckHours(opensAt, closesAt);
        (OpensAt, ClosesAt) = (opensAt, closesAt);
    }

    internal static void CheckHours(TimeOnly opensAt, TimeOnly closesAt)
    {
        if (closesAt <= opensAt)
        {
            throw new ArgumentException("A day must close after it opens.", nameof(closesAt));
        }
    }
}
