namespace EventHub.Core.Domain;

public enum CheckpointKind
{
    /// <summary>An entrance of the venue: one arrival per attendee for the whole event.</summary>
    Door,

    /// <summary>A session room: attendance per session.</summary>
    SessionRoom,
}

/// <summary>A place where door staff check people in.</summary>
public sealed class Checkpoint
{
    private Checkpoint() { }

    public Checkpoint(int eventId, string name, CheckpointKind kind, int? roomId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (kind == CheckpointKind.SessionRoom && roomId is null)
        {
            throw new ArgumentException("A session-room checkpoint needs its room.", nameof(roomId));
        }
        EventId = eventId;
        Name = name.Trim();
        Kind = kind;
        RoomId = kind == CheckpointKind.SessionRoom ? roomId : null;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string Name { get; private set; } = "";
    public CheckpointKind Kind { get; private set; }
    public int? RoomId { get; private set; }
}
