namespace EventHub.Core.Domain;

public sealed class Room
{
    private Room() { }

    public Room(int eventId, string name, int seats)
    {
        EventId = eventId;
        Rename(name);
        ChangeSeats(seats);
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string Name { get; private set; } = "";
    public int Seats { get; private set; }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public void ChangeSeats(int seats)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seats);
        Seats = seats;
    }
}
