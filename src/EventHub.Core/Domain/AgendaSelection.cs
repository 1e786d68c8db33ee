namespace EventHub.Core.Domain;

/// <summary>A session an attendee put in their personal agenda.</summary>
public sealed class AgendaSelection
{
    private AgendaSelection() { }

    public AgendaSelection(int registrationId, int sessionId, DateTime createdAtUtc)
    {
        RegistrationId = registrationId;
        SessionId = sessionId;
        CreatedAt = createdAtUtc;
    }

    public int RegistrationId { get; private set; }
    public int SessionId { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
