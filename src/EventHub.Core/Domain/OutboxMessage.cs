namespace EventHub.Core.Domain;

/// <summary>
/// An e-mail written in the same transaction as the change that causes it, and sent later by a
/// background service, so that a mail outage delays mail but never loses it or fails the change.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public OutboxMessage(string kind, int? registrationId, byte[] mimeContent, DateTime createdAtUtc)
    {
        Kind = kind;
        RegistrationId = registrationId;
        MimeContent = mimeContent;
        CreatedAt = createdAtUtc;
        NextAttemptAt = createdAtUtc;
    }

    public long Id { get; private set; }

    /// <summary>What the message is about, e.g. "confirmation" or "waitlist-promoted".</summary>
    public string Kind { get; private set; } = "";

    public int? RegistrationId { get; private set; }

    /// <summary>The whole message as RFC 5322 bytes (.eml).</summary>
    public byte[] MimeContent { get; private set; } = [];

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
    }

    public void MarkFailed(string errorType, DateTime nextAttemptAtUtc)
    {
        Attempts++;
        LastError = errorType;
        NextAttemptAt = nextAttemptAtUtc;
    }
}
