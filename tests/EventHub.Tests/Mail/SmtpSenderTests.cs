using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Mail;
using EventHub.Core.Features.Registrations;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace EventHub.Tests.Mail;

/// <summary>
/// Sends real registration e-mails through MailKit to a real SMTP server (Debian's aiosmtpd) on
/// loopback. The server names each message it receives after the client's port, so a test can tell
/// how many connections carried them; it drops a client idle for more than two seconds. It says on its
/// output when it has saved a message and when a connection has closed, so a test waits for those.
/// </summary>
public sealed class SmtpSenderTests : IAsyncLifetime
{
    private const string Server = """
        import os, sys, threading, uuid
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import SMTP

        # The server's thread and the main one both speak: one line at a time.
        speaking = threading.Lock()
        def say(line):
            with speaking:
                sys.stdout.write(line + "\n")
                sys.stdout.flush()

        class SaveToFolder:
            async def handle_DATA(self, server, session, envelope):
                path = os.path.join(sys.argv[2], f"{session.peer[1]}-{uuid.uuid4().hex}")
                with open(path + ".tmp", "wb") as f:
                    f.write(envelope.original_content)
                os.rename(path + ".tmp", path + ".eml")
                say(f"saved {session.peer[1]}")
                return "250 Message accepted"

        class SayWhenClosed(SMTP):
            def connection_lost(self, error):
                say(f"closed {self.session.peer[1]}")
                super().connection_lost(error)

        class Server(Controller):
            def factory(self):
                return SayWhenClosed(self.handler, **self.SMTP_kwargs)

        controller = Server(SaveToFolder(), hostname="127.0.0.1", port=int(sys.argv[1]), timeout=2)
        controller.start()
        say("ready")
        sys.stdin.read()
        controller.stop()
        """;

    private TestDatabase _database = null!;
    private Process? _server;
    private string _inbox = null!;
    private int _port;
    private readonly List<string> _said = [];

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _inbox = Directory.CreateDirectory(Path.Combine(_database.Folder, "inbox")).FullName;
        var script = Path.Combine(_database.Folder, "smtp_server.py");
        await File.WriteAllTextAsync(script, Server);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        _port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        _server = Process.Start(new ProcessStartInfo("/usr/bin/python3", [script, _port.ToString(), _inbox])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        // Starting, the server connects to itself once, so "closed" for that connection may come before "ready".
        await UntilServerSaidAsync(said => said.Contains("ready"), TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.StandardInput.Close();
            if (!_server.WaitForExit(5_000))
            {
                _server.Kill();
            }
        }
        _server?.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_confirmation_email_arrives_with_its_subject_language_inline_badge_and_calendar()
    {
        var registered = await RegisterAsync(new AttendeeDetails("John", "Smith", "john@test.example", null, null, "en"));
        await using var sender = Sender();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        Assert.Equal(1, await Dispatcher(sender).DispatchDueAsync(timeout.Token));

        var received = (await WaitForMessagesAsync(1, TimeSpan.FromSeconds(20))).Single();
        Assert.Equal("Registration confirmed: Conference", received.Subject);
        Assert.Equal("en-CA", received.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("john@test.example", received.To.Mailboxes.Single().Address);
        var badge = received.BodyParts.OfType<MimePart>().Single(p => p.ContentType.MimeType == "image/png");
        Assert.False(string.IsNullOrEmpty(badge.ContentId));
        Assert.Contains("cid:" + badge.ContentId, received.HtmlBody);
        var calendar = received.Attachments.OfType<MimePart>().Single(p => p.ContentType.MimeType == "text/calendar");
        Assert.Equal("event.ics", calendar.FileName);
        Assert.Contains("/r/" + registered.ManageToken, received.TextBody);
    }

    [Fact]
    public async Task A_batch_of_emails_travels_over_one_connection()
    {
        for (var i = 1; i <= 5; i++)
        {
            await RegisterAsync(new AttendeeDetails("Personne", $"Numéro {i}", $"p{i}@test.example", null, null, "fr"));
        }
        await using var sender = Sender();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        Assert.Equal(5, await Dispatcher(sender).DispatchDueAsync(timeout.Token));
        await using (var db = _database.NewContext())
        {
            Assert.Equal(Array.Empty<string>(), await db.OutboxMessages.Where(m => m.LastError != null).Select(m => m.LastError!).ToArrayAsync());
        }

        await WaitForMessagesAsync(5, TimeSpan.FromSeconds(20));
        Assert.Single(ClientPorts());
    }

    [Fact]
    public async Task A_kept_connection_the_server_closed_is_replaced_without_failing_the_email()
    {
        await using var sender = Sender();
        await sender.SendAsync(1, Letter("premier@test.example"), CancellationToken.None);
        await WaitForMessagesAsync(1, TimeSpan.FromSeconds(20));

        // The server drops clients idle for two seconds; the sender, whose limit is longer, still holds its connection.
        var port = ClientPorts().Single();
        await UntilServerSaidAsync(said => said.Contains("closed " + port), TimeSpan.FromSeconds(20));
        await sender.SendAsync(2, Letter("second@test.example"), CancellationToken.None);

        await WaitForMessagesAsync(2, TimeSpan.FromSeconds(20));
        Assert.Equal(2, ClientPorts().Count);
    }

    private SmtpSender Sender() =>
        new(Options.Create(new MailOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = _port, UseStartTls = false } }), TimeProvider.System);

    private OutboxDispatcher Dispatcher(IEmailSender sender)
    {
        var time = new FakeTimeProvider(TestData.Now);
        return new OutboxDispatcher(_database.Factory, new WriteGate(_database.Settings), sender, TestMail.Letters(time), new OutboxSignal(), time,
            NullLogger<OutboxDispatcher>.Instance);
    }

    private int? _ticketId;

    private async Task<RegistrationReceipt> RegisterAsync(AttendeeDetails attendee)
    {
        if (_ticketId is null)
        {
            await using var db = _database.NewContext();
            _ticketId = (await TestData.EventWithTicketAsync(db)).Ticket.Id;
        }
        return await new TestRegistrations(_database, new FakeTimeProvider(TestData.Now)).Registrar.RegisteredAsync(_ticketId.Value, attendee);
    }

    private static byte[] Letter(string to)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("no-reply@test.example"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = "Bonjour";
        message.Body = new TextPart("plain") { Text = "Bonjour." };
        using var bytes = new MemoryStream();
        message.WriteTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>The client ports the server saw, one per connection that carried a message.</summary>
    private HashSet<string> ClientPorts() =>
        Directory.GetFiles(_inbox, "*.eml").Select(f => Path.GetFileName(f).Split('-')[0]).ToHashSet();

    private async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        await UntilServerSaidAsync(said => said.Count(line => line.StartsWith("saved ", StringComparison.Ordinal)) >= count, timeout);
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(_inbox, "*.eml"))
        {
            messages.Add(await MimeMessage.LoadAsync(file));
        }
        return messages;
    }

    /// <summary>Reads the server's output ("saved PORT", "closed PORT") until what it has said so far is <paramref name="enough"/>.</summary>
    private async Task UntilServerSaidAsync(Func<IReadOnlyList<string>, bool> enough, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!enough(_said))
        {
            string? line;
            try
            {
                line = await _server!.StandardOutput.ReadLineAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Within {timeout} the SMTP server only said: {string.Join(", ", _said)}.");
            }
            _said.Add(line ?? throw new InvalidOperationException("aiosmtpd stopped, it said: " + await _server.StandardError.ReadToEndAsync()));
        }
    }
}
