namespace EventHub.Core.Domain;

/// <summary>
/// An e-mail decided in the same transaction as the change that causes it, then written and sent by a
/// background service, so that a mail outage delays mail but never loses it or fails the change.
/// Messages are queued by the registration writer's prepared statement (<c>RegistrationCommands.QueueLetter</c>),
/// due at once; this class records what becomes of them.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public long Id { get; private set; }

    /// <summary>What the message is about: a <c>LetterKind</c>'s name, e.g. "Confirmed" or "Promoted".</summary>
    public string Kind { get; private set; } = "";

    public int? RegistrationId { get; private set; }

    /// <summary>
    /// The private link's token the e-mail carries, kept only until it is sent: the registration stores
    /// just the token's hash. The e-mail itself is written when it is sent, from the registration as it
    /// is then, so the outbox never holds a copy of anybody's personal data.
    /// </summary>
    public string? ManageToken { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTime? SentAt { get; private set; }

    /// <summary>Type of the last failure; never a message text that could hold an address.</summary>
    public string? LastError { get; private set; }

    public void MarkSent(DateTime utcNow)
    {
        SentAt = utcNow;
        Attempts++;
        LastError = null;
        ManageToken = null;
    }

    public void MarkFailed(string errorType, DateTime nextAttemptAtUtc)
    {
        Attempts++;
        LastError = errorType;
        NextAttemptAt = nextAttemptAtUtc;
    }
}
