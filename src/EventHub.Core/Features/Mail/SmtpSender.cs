using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EventHub.Core.Features.Mail;

/// <summary>
/// Sends through an SMTP server with MailKit: STARTTLS when asked (TLS from the start on port 465),
/// credentials when given. The connection is kept between messages, so that the outbox's batch of 50
/// costs one connection, TLS handshake and sign-in rather than 50; it is closed after a failure and
/// when it has been idle for <see cref="IdleLimit"/>. A kept connection the server has meanwhile
/// closed is replaced, and the message sent on the new one.
/// </summary>
public sealed class SmtpSender(IOptions<MailOptions> options, TimeProvider time) : IEmailSender, IAsyncDisposable
{
    /// <summary>Servers drop quiet clients after a while; a connection idle this long is not trusted again.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private SmtpClient? _client;
    private long _lastUsed;

    public async Task SendAsync(long messageId, byte[] mimeContent, CancellationToken ct)
    {
        using var message = await MimeMessage.LoadAsync(new MemoryStream(mimeContent), ct);
        await _lock.WaitAsync(ct);
        try
        {
            var kept = await ConnectAsync(ct);
            try
            {
                await _client!.SendAsync(message, ct);
            }
            catch (Exception exception) when (kept && exception is ServiceNotConnectedException or IOException or SmtpProtocolException)
            {
                await CloseAsync();
                await ConnectAsync(ct);
                await _client!.SendAsync(message, ct);
            }
            _lastUsed = time.GetTimestamp();
        }
        catch
        {
            await CloseAsync();
            throw;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Makes sure a connection is open; true when it is one kept from an earlier message.</summary>
    private async Task<bool> ConnectAsync(CancellationToken ct)
    {
        if (_client is { IsConnected: true } && time.GetElapsedTime(_lastUsed) < IdleLimit)
        {
            return true;
        }
        await CloseAsync();
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            throw new InvalidOperationException("Mail:Smtp:Host is not set.");
        }
        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var security = smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
                : smtp.UseStartTls ? SecureSocketOptions.StartTls
                : SecureSocketOptions.None;
            await client.ConnectAsync(smtp.Host, smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password, ct);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }
        _client = client;
        return false;
    }

    private async Task CloseAsync()
    {
        if (_client is not { } client)
        {
            return;
        }
        _client = null;
        try
        {
            if (client.IsConnected)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await client.DisconnectAsync(quit: true, quick.Token);
            }
        }
        catch (Exception exception) when (exception is IOException or SmtpProtocolException or ServiceNotConnectedException or OperationCanceledException)
        {
            // Already gone: nothing to say goodbye to.
        }
        finally
        {
            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _lock.WaitAsync();
        try
        {
            await CloseAsync();
        }
        finally
        {
            _lock.Release();
            _lock.Dispose();
        }
    }
}
