namespace EventHub.Core.Domain;

/// <summary>Links a speaker to a session, in the order the speakers are listed.</summary>
public sealed class SessionSpeaker
{
    private SessionSpeaker() { }

    internal SessionSpeaker(int speakerId, int order)
    {
        SpeakerId = speakerId;
        Order = order;
    }

    internal SessionSpeaker(Speaker speaker, int order)
    {
        Speaker = speaker;
        Order = order;
    }

    public int SessionId { get; private set; }
    public int SpeakerId { get; private set; }
    public int Order { get; private set; }
    public Speaker? Speaker { get; private set; }

    internal void MoveTo(int order) => Order = order;
}
