using EventHub.Core;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Registrations;
using EventHub.Core.Security;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace EventHub.Tests.Registrations;

public abstract class RegistrationTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : RegistrationTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : RegistrationTests(DatabaseProvider.PostgreSql);

    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;
    private TestRegistrations _service = null!;
    private WriteGate _gate = null!;
    private int _eventId;
    private int _ticketId;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _gate = new WriteGate(_database.Settings);
        _service = new TestRegistrations(_database, _time, _gate);
        await using var db = _database.NewContext();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db, quota: 1);
        (_eventId, _ticketId) = (conference.Id, ticket.Id);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_registration_stores_the_attendee_and_its_confirmation_email_in_french()
    {
        var receipt = (await RegisterAsync("marie@test.example")).Value!;

        Assert.Equal(RegistrationOutcome.Confirmed, receipt.Outcome);
        Assert.True(receipt.ManageToken.Length >= 22);
        await using var db = _database.NewContext();
        var registration = await db.Registrations.SingleAsync();
        Assert.Equal(SecureTokens.Hash(receipt.ManageToken), registration.ManageTokenHash);
        Assert.DoesNotContain(receipt.ManageToken, registration.ManageTokenHash);
        Assert.Equal(TestData.Now, registration.ConsentGivenAt);
        var outbox = await db.OutboxMessages.SingleAsync();
        Assert.Equal("Confirmed", outbox.Kind);
        Assert.Equal(registration.Id, outbox.RegistrationId);
        var mail = await TestMail.ComposeAsync(_database, outbox);
        Assert.Equal("Inscription confirmée\u00a0: Conférence", mail.Subject);
        Assert.Equal("fr-CA", mail.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("marie@test.example", mail.To.Mailboxes.Single().Address);
        Assert.Contains("https://jiq.example/r/" + receipt.ManageToken, mail.TextBody);
        var image = mail.BodyParts.OfType<MimePart>().Single(p => p.ContentType.MimeType == "image/png");
        Assert.False(string.IsNullOrEmpty(image.ContentId));
        Assert.Contains("cid:" + image.ContentId, mail.HtmlBody);
        var calendar = mail.Attachments.OfType<MimePart>().Single(p => p.ContentType.MimeType == "text/calendar");
        using var ics = new MemoryStream();
        await calendar.Content!.DecodeToAsync(ics);
        var text = System.Text.Encoding.UTF8.GetString(ics.ToArray());
        Assert.Contains("SUMMARY:Conférence", text);
        Assert.Contains("DTSTART:20270427T120000Z", text);
    }

    [Fact]
    public async Task A_full_ticket_type_puts_the_attendee_on_the_waitlist_with_an_english_email_without_badge()
    {
        await RegisterAsync("first@test.example");

        var receipt = (await RegisterAsync("second@test.example", language: "en")).Value!;

        Assert.Equal(RegistrationOutcome.Waitlisted, receipt.Outcome);
        Assert.Equal(1, receipt.WaitlistRank);
        await using var db = _database.NewContext();
        var mail = await TestMail.ComposeAsync(_database, (await db.OutboxMessages.SingleAsync(m => m.RegistrationId == receipt.RegistrationId)));
        Assert.Equal("Waiting list: Conference", mail.Subject);
        Assert.Equal("en-CA", mail.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Contains("in position 1", mail.TextBody);
        Assert.DoesNotContain(mail.BodyParts.OfType<MimePart>(), p => p.ContentType.MimeType == "image/png");
    }

    [Fact]
    public async Task A_seat_that_opens_right_after_the_ticket_looked_full_still_gets_a_confirmation_with_its_badge()
    {
        await RegisterAsync("first@test.example");
        await RegisterAsync("second@test.example");
        await using (var db = _database.NewContext())
        {
            // The organizer adds seats a moment after someone was sent to the waitlist.
            await db.TicketTypes.Where(t => t.Id == _ticketId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Quota, 3));
        }

        var receipt = (await RegisterAsync("third@test.example")).Value!;

        Assert.Equal(RegistrationOutcome.Confirmed, receipt.Outcome);
        await using var check = _database.NewContext();
        var message = await check.OutboxMessages.SingleAsync(m => m.RegistrationId == receipt.RegistrationId);
        Assert.Equal("Confirmed", message.Kind);
        var mail = await TestMail.ComposeAsync(_database, message);
        Assert.Equal("Inscription confirmée\u00a0: Conférence", mail.Subject);
        Assert.Single(mail.BodyParts.OfType<MimePart>(), p => p.ContentType.MimeType == "image/png");
    }

    [Fact]
    public async Task Registering_again_with_the_same_email_creates_nothing_and_mails_a_new_link()
    {
        var first = (await RegisterAsync("Marie@Test.example")).Value!;

        var again = (await RegisterAsync("marie@test.EXAMPLE")).Value!;

        Assert.Equal(RegistrationOutcome.AlreadyRegistered, again.Outcome);
        Assert.Equal(first.RegistrationId, again.RegistrationId);
        await using var db = _database.NewContext();
        var registration = await db.Registrations.SingleAsync();
        Assert.Equal(SecureTokens.Hash(again.ManageToken), registration.ManageTokenHash);
        Assert.Equal(1, (await db.TicketTypes.SingleAsync()).Sold);
        var link = await db.OutboxMessages.SingleAsync(m => m.Kind == "Link");
        Assert.Contains("/r/" + again.ManageToken, (await TestMail.ComposeAsync(_database, link)).TextBody);
        Assert.False((await _service.Cancellation.CancelByTokenAsync(first.ManageToken)).Succeeded);
    }

    [Fact]
    public async Task Bad_requests_are_refused_with_typed_errors()
    {
        Assert.Equal("Registration.ConsentRequired", (await RegisterAsync("a@test.example", consent: false)).Error!.Code);
        Assert.Equal("Registration.EmailInvalid", (await RegisterAsync("not an e-mail")).Error!.Code);
        Assert.Equal("Registration.EmailInvalid", (await RegisterAsync("a@b")).Error!.Code);
        var unknown = await _service.Registrar.RegisterAsync(new RegistrationRequest(9_999, Details("a@test.example", "fr"), true));
        Assert.IsType<NotFoundError>(unknown.Error);
        _time.Advance(TimeSpan.FromDays(31));
        Assert.Equal("Registration.NotOnSale", (await RegisterAsync("late@test.example")).Error!.Code);
        await using var db = _database.NewContext();
        Assert.Equal(0, await db.Registrations.CountAsync());
    }

    [Fact]
    public async Task Cancelling_frees_the_seat_and_erasing_wipes_personal_data()
    {
        var receipt = (await RegisterAsync("marie@test.example")).Value!;

        var erased = await _service.Cancellation.EraseByTokenAsync(receipt.ManageToken);

        Assert.True(erased.Value!.WasConfirmed);
        await using var db = _database.NewContext();
        var row = await db.Registrations.SingleAsync();
        Assert.Equal(RegistrationStatus.Cancelled, row.Status);
        Assert.Equal("", row.Email);
        Assert.Null(row.NormalizedEmail);
        Assert.Equal("", row.FirstName);
        Assert.Equal(0, (await db.TicketTypes.SingleAsync()).Sold);
        Assert.Equal(0, (await db.Events.SingleAsync()).ConfirmedCount);
        Assert.Equal(RegistrationOutcome.Confirmed, (await RegisterAsync("marie@test.example")).Value!.Outcome);
    }

    [Fact]
    public async Task A_registration_the_database_refuses_fails_alone_and_the_rest_of_its_batch_is_written()
    {
        // The ticket's details are now cached, so the registrations below reach the writer's queue at once.
        await RegisterAsync("premiere@test.example");
        await using (var db = _database.NewContext())
        {
            // A real refusal by the engine for one address, and not by a unique index, so nothing retries it.
            if (provider == DatabaseProvider.PostgreSql)
            {
                await db.Database.ExecuteSqlRawAsync(
                    "CREATE FUNCTION refuse_one() RETURNS trigger AS $$ BEGIN IF NEW.Email = 'refusee@test.example' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;");
                await db.Database.ExecuteSqlRawAsync(
                    "CREATE TRIGGER RefuseOne BEFORE INSERT ON Registrations FOR EACH ROW EXECUTE FUNCTION refuse_one();");
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync(
                    "CREATE TRIGGER RefuseOne BEFORE INSERT ON Registrations WHEN NEW.Email = 'refusee@test.example' BEGIN SELECT RAISE(ABORT, 'refused'); END;");
            }
        }
        Task<Result<RegistrationReceipt>>[] registrations;
        // While the gate is held the writer cannot write, so the registrations queue up and share a batch.
        using (await _gate.EnterAsync())
        {
            registrations =
            [
                RegisterAsync("a@test.example"),
                RegisterAsync("refusee@test.example"),
                RegisterAsync("b@test.example"),
                RegisterAsync("c@test.example"),
            ];
        }

        await Assert.ThrowsAnyAsync<Exception>(() => registrations[1]);
        var written = await Task.WhenAll(registrations[0], registrations[2], registrations[3]);
        // The refused one's waitlist number was undone with it: the others hold 1, 2 and 3.
        Assert.Equal([1, 2, 3], written.Select(r => r.Value!.WaitlistRank));
        await using var check = _database.NewContext();
        Assert.Equal(4, await check.Registrations.CountAsync());
        Assert.Equal(4, await check.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task The_writer_stores_a_registration_exactly_as_SaveChanges_would()
    {
        await RegisterAsync("ecrivain@test.example");
        await using (var db = _database.NewContext())
        {
            var saved = new Registration(_eventId, _ticketId, Details("ef@test.example", "fr"), SecureTokens.NewBadgeCode(), SecureTokens.Hash(SecureTokens.NewToken()),
                TestData.Now, TestData.Now);
            saved.Confirm(TestData.Now);
            db.Registrations.Add(saved);
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        await check.Database.OpenConnectionAsync();
        await using var command = check.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT * FROM Registrations ORDER BY Id";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadAsync())
        {
            // Each stored value as the engine holds it: its type and its text.
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName,
                i => reader.IsDBNull(i) ? "NULL" : $"{reader.GetDataTypeName(i)}:{Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)}"));
        }
        // PostgreSQL names the columns in lower case (PostgreSqlNames).
        string[] differ = ["Id", "Email", "NormalizedEmail", "BadgeCode", "ManageTokenHash"];
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[1].Where(c => !differ.Contains(c.Key, StringComparer.OrdinalIgnoreCase)), rows[0].Where(c => !differ.Contains(c.Key, StringComparer.OrdinalIgnoreCase)));
    }

    private Task<Result<RegistrationReceipt>> RegisterAsync(string email, string language = "fr", bool consent = true) =>
        _service.Registrar.RegisterAsync(new RegistrationRequest(_ticketId, Details(email, language), consent));

    private static AttendeeDetails Details(string email, string language) => new("Marie", "Tremblay", email, "Ville de Québec", "Analyste", language);
}
