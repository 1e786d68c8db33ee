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

/// <summary>Sends a real registration e-mail through MailKit to a real SMTP server (Debian's aiosmtpd) on loopback.</summary>
public sealed class SmtpSenderTests : IAsyncLifetime
{
    private const string Server = """
        import os, sys, uuid
        from aiosmtpd.controller import Controller

        class SaveToFolder:
            async def handle_DATA(self, server, session, envelope):
                path = os.path.join(sys.argv[2], uuid.uuid4().hex)
                with open(path + ".tmp", "wb") as f:
                    f.write(envelope.original_content)
                os.rename(path + ".tmp", path + ".eml")
                return "250 Message accepted"

        controller = Controller(SaveToFolder(), hostname="127.0.0.1", port=int(sys.argv[1]))
        controller.start()
        print("ready", flush=True)
        sys.stdin.read()
        controller.stop()
        """;

    private TestDatabase _database = null!;
    private Process? _server;
    private string _inbox = null!;
    private int _port;

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
        var ready = await _server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.True(ready == "ready", $"aiosmtpd did not start, it said: {ready}");
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
        var time = new FakeTimeProvider(TestData.Now);
        int ticketId;
        await using (var db = _database.NewContext())
        {
            ticketId = (await TestData.EventWithTicketAsync(db)).Ticket.Id;
        }
        var registered = await TestMail.Registrations(_database, time).RegisterAsync(new RegistrationRequest(ticketId,
            new AttendeeDetails("John", "Smith", "john@test.example", null, null, "en"), true));
        Assert.True(registered.Succeeded);
        var sender = new SmtpSender(Options.Create(new MailOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = _port, UseStartTls = false } }));
        var dispatcher = new OutboxDispatcher(_database.Factory, new WriteGate(_database.Settings), sender, TestMail.Letters(time), new OutboxSignal(), time,
            NullLogger<OutboxDispatcher>.Instance);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        Assert.Equal(1, await dispatcher.DispatchDueAsync(timeout.Token));

        var received = await WaitForMessageAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("Registration confirmed: Conference", received.Subject);
        Assert.Equal("en-CA", received.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("john@test.example", received.To.Mailboxes.Single().Address);
        var badge = received.BodyParts.OfType<MimePart>().Single(p => p.ContentType.MimeType == "image/png");
        Assert.False(string.IsNullOrEmpty(badge.ContentId));
        Assert.Contains("cid:" + badge.ContentId, received.HtmlBody);
        var calendar = received.Attachments.OfType<MimePart>().Single(p => p.ContentType.MimeType == "text/calendar");
        Assert.Equal("event.ics", calendar.FileName);
        Assert.Contains("/r/" + registered.Value!.ManageToken, received.TextBody);
    }

    private async Task<MimeMessage> WaitForMessageAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (Directory.GetFiles(_inbox, "*.eml").FirstOrDefault() is { } file)
            {
                return await MimeMessage.LoadAsync(file);
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("No message reached the SMTP server.");
    }
}
