namespace EventHub.Core.Features.Mail;

/// <summary>Hands one stored message (RFC 5322 bytes) to the outside world; throws when it could not.</summary>
public interface IEmailSender
{
    Task SendAsync(long messageId, byte[] mimeContent, CancellationToken ct);
}
