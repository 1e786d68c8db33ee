using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EventHub.Core.Features.Mail;

/// <summary>Sends through an SMTP server with MailKit: STARTTLS when asked (TLS from the start on port 465), credentials when given.</summary>
public sealed class SmtpSender(IOptions<MailOptions> options) : IEmailSender
{
    public async Task SendAsync(long messageId, byte[] mimeContent, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            throw new InvalidOperationException("Mail:Smtp:Host is not set.");
        }
        using var message = await MimeMessage.LoadAsync(new MemoryStream(mimeContent), ct);
        using var client = new SmtpClient { Timeout = 30_000 };
        var security = smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : smtp.UseStartTls ? SecureSocketOptions.StartTls
            : SecureSocketOptions.None;
        await client.ConnectAsync(smtp.Host, smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password, ct);
        }
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
