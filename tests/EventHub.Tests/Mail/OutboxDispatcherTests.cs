using EventHub.Core;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Mail;
using EventHub.Core.Features.Registrations;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Mail;

public abstract class OutboxDispatcherTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : OutboxDispatcherTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : OutboxDispatcherTests(DatabaseProvider.PostgreSql);

    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;
    private PickupFolderSender _pickup = null!;
    private TestRegistrations _registrations = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _pickup = new PickupFolderSender(Path.Combine(_database.Folder, "mail"));
        _registrations = new TestRegistrations(_database, _time);
    }

    public async Task DisposeAsync()
    {
        _registrations.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Every_message_is_sent_exactly_once_when_the_sender_fails_its_first_attempts()
    {
        var ids = await RegisterAsync(5);
        var sender = new FailingFirst(7, _pickup);
        var dispatcher = Dispatcher(sender);

        for (var pass = 0; pass < 40 && sender.Delivered.Count < ids.Count; pass++)
        {
            await dispatcher.DispatchDueAsync();
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(ids.Order(), sender.Delivered.Order());
        Assert.Equal(ids.Select(id => $"{id}.eml").Order(), Directory.GetFiles(_pickup.Folder).Select(Path.GetFileName).Order());
        await using var check = _database.NewContext();
        var rows = await check.OutboxMessages.AsNoTracking().ToListAsync();
        Assert.All(rows, m => Assert.NotNull(m.SentAt));
        // The private link's token left with the e-mail; the outbox keeps no copy of it.
        Assert.All(rows, m => Assert.Null(m.ManageToken));
        Assert.Equal(7 + 5, rows.Sum(m => m.Attempts));
        // Nothing is sent twice once everything is marked sent.
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await dispatcher.DispatchDueAsync());
        Assert.Equal(5, sender.Delivered.Count);
    }

    [Fact]
    public async Task A_failed_message_waits_for_its_backoff_before_the_next_attempt()
    {
        await RegisterAsync(1);
        var sender = new FailingFirst(2, _pickup);
        var dispatcher = Dispatcher(sender);

        Assert.Equal(1, await dispatcher.DispatchDueAsync());
        Assert.Equal(0, await dispatcher.DispatchDueAsync());
        _time.Advance(OutboxDispatcher.Backoff(1));
        Assert.Equal(1, await dispatcher.DispatchDueAsync());
        _time.Advance(OutboxDispatcher.Backoff(1));
        Assert.Equal(0, await dispatcher.DispatchDueAsync());
        _time.Advance(OutboxDispatcher.Backoff(2) - OutboxDispatcher.Backoff(1));
        Assert.Equal(1, await dispatcher.DispatchDueAsync());
        Assert.Single(sender.Delivered);
        await using var check = _database.NewContext();
        var sent = await check.OutboxMessages.SingleAsync();
        Assert.Equal(3, sent.Attempts);
        Assert.Null(sent.LastError);
        Assert.NotNull(sent.SentAt);
    }

    [Fact]
    public async Task A_registration_succeeds_while_the_mail_server_is_down_and_its_email_leaves_later()
    {
        var ticketId = await TicketAsync();
        var down = new FailingFirst(int.MaxValue, _pickup);

        var registered = await RegisterAsync(ticketId, "marie@test.example");
        await Dispatcher(down).DispatchDueAsync();

        Assert.Equal(RegistrationOutcome.Confirmed, registered.Value!.Outcome);
        Assert.Empty(down.Delivered);
        await using (var check = _database.NewContext())
        {
            var pending = await check.OutboxMessages.SingleAsync();
            Assert.Null(pending.SentAt);
            Assert.Equal(nameof(IOException), pending.LastError);
        }
        var up = new FailingFirst(0, _pickup);
        _time.Advance(OutboxDispatcher.Backoff(1));
        await Dispatcher(up).DispatchDueAsync();
        var eml = Assert.Single(Directory.GetFiles(_pickup.Folder, "*.eml"));
        Assert.Equal("Inscription confirmée\u00a0: Conférence", TestMail.Parse(await File.ReadAllBytesAsync(eml)).Subject);
    }

    [Fact]
    public async Task A_message_erased_while_its_batch_is_sent_does_not_make_the_others_go_out_again()
    {
        var ids = await RegisterAsync(3);
        // The attendee of the second message erases their data while the first one is being sent.
        var sender = new ErasingWhileSending(_database, ids[1], _pickup);

        await Dispatcher(sender).DispatchDueAsync();
        _time.Advance(OutboxDispatcher.Lease + TimeSpan.FromMinutes(1));
        var again = await Dispatcher(sender).DispatchDueAsync();

        // The erased message was already in hand and went out once; nothing goes out twice.
        Assert.Equal(0, again);
        Assert.Equal(ids, sender.Delivered);
        await using var check = _database.NewContext();
        var rows = await check.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
        Assert.Equal([ids[0], ids[2]], rows.Select(m => m.Id));
        Assert.All(rows, m => Assert.NotNull(m.SentAt));
    }

    private sealed class ErasingWhileSending(TestDatabase database, long erased, IEmailSender inner) : IEmailSender
    {
        public List<long> Delivered { get; } = [];

        public async Task SendAsync(long messageId, byte[] mimeContent, CancellationToken ct)
        {
            if (Delivered.Count == 0)
            {
                await using var db = database.NewContext();
                await db.OutboxMessages.Where(m => m.Id == erased).ExecuteDeleteAsync(ct);
            }
            await inner.SendAsync(messageId, mimeContent, ct);
            Delivered.Add(messageId);
        }
    }

    [Fact]
    public async Task An_email_is_written_when_it_is_sent_and_one_that_is_no_longer_true_is_dropped()
    {
        var ticketId = await TicketAsync(quota: 1);
        var seated = (await RegisterAsync(ticketId, "siege@test.example")).Value!;
        var waiting = (await RegisterAsync(ticketId, "attente@test.example")).Value!;
        var cancelled = (await RegisterAsync(ticketId, "annule@test.example")).Value!;
        Assert.Equal((RegistrationOutcome.Confirmed, RegistrationOutcome.Waitlisted, RegistrationOutcome.Waitlisted), (seated.Outcome, waiting.Outcome, cancelled.Outcome));
        // Before anything is sent: the third person gives up, the seated one cancels (which promotes the first on the waitlist),
        // and the promoted person corrects their first name.
        Assert.True((await _registrations.Cancellation.CancelByTokenAsync(cancelled.ManageToken)).Succeeded);
        Assert.True((await _registrations.Cancellation.CancelByTokenAsync(seated.ManageToken)).Succeeded);
        Assert.True((await _registrations.Corrections.CorrectAsync(waiting.RegistrationId, new AttendeeDetails("Léanne", "Tremblay", "attente@test.example", null, null, "fr"))).Succeeded);
        var sender = new FailingFirst(0, _pickup);

        await Dispatcher(sender).DispatchDueAsync();

        // Only the promotion went out, with the name as it is now and the badge of the seat it announces.
        var sent = TestMail.Parse(await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(_pickup.Folder, "*.eml"))));
        Assert.Equal("attente@test.example", sent.To.Mailboxes.Single().Address);
        Assert.Contains("Léanne", sent.TextBody);
        Assert.Single(sent.BodyParts.OfType<MimeKit.MimePart>(), p => p.ContentType.MimeType == "image/png");
        await using var check = _database.NewContext();
        var left = await check.OutboxMessages.AsNoTracking().SingleAsync();
        Assert.Equal(("Promoted", waiting.RegistrationId), (left.Kind, left.RegistrationId));
        Assert.NotNull(left.SentAt);
    }

    /// <summary>Registers <paramref name="count"/> attendees (each queues a confirmation) and returns their messages' ids.</summary>
    private async Task<List<long>> RegisterAsync(int count)
    {
        var ticketId = await TicketAsync();
        for (var i = 0; i < count; i++)
        {
            Assert.True((await RegisterAsync(ticketId, $"personne{i}@test.example")).Succeeded);
        }
        await using var check = _database.NewContext();
        return await check.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
    }

    private async Task<int> TicketAsync(int quota = 100)
    {
        await using var db = _database.NewContext();
        return (await TestData.EventWithTicketAsync(db, quota)).Ticket.Id;
    }

    private Task<Result<RegistrationReceipt>> RegisterAsync(int ticketId, string email) =>
        _registrations.Registrar.RegisterAsync(new RegistrationRequest(ticketId, new AttendeeDetails("Marie", "Tremblay", email, null, null, "fr"), true));

    private OutboxDispatcher Dispatcher(IEmailSender sender) =>
        new(_database.Factory, new WriteGate(_database.Settings), sender, TestMail.Letters(_time), new OutboxSignal(), _time, NullLogger<OutboxDispatcher>.Instance);

    /// <summary>The real pickup sender behind an outage: its first attempts fail as a down server would.</summary>
    private sealed class FailingFirst(int failures, IEmailSender inner) : IEmailSender
    {
        private int _attempts;

        public List<long> Delivered { get; } = [];

        public async Task SendAsync(long messageId, byte[] mimeContent, CancellationToken ct)
        {
            if (Interlocked.Increment(ref _attempts) <= failures)
            {
                throw new IOException("The mail server is down.");
            }
            await inner.SendAsync(messageId, mimeContent, ct);
            lock (Delivered)
            {
                Delivered.Add(messageId);
            }
        }
    }
}
