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
}
