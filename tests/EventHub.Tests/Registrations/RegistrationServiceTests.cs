using EventHub.Core;
using EventHub.Core.Domain;
using EventHub.Core.Features.Registrations;
using EventHub.Core.Security;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace EventHub.Tests.Registrations;

public sealed class RegistrationServiceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;
    private RegistrationService _service = null!;
    private int _ticketId;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _service = TestMail.Registrations(_database, _time);
        await using var db = _database.NewContext();
        _ticketId = (await TestData.EventWithTicketAsync(db, quota: 1)).Ticket.Id;
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
        Assert.Equal("confirmation", outbox.Kind);
        Assert.Equal(registration.Id, outbox.RegistrationId);
        var mail = await TestMail.ComposeAsync(_database, outbox);
        Assert.Equal("Inscription confirmée : Conférence", mail.Subject);
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
        Assert.Equal(1, receipt.WaitlistPosition);
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
        Assert.Equal("confirmation", message.Kind);
        var mail = await TestMail.ComposeAsync(_database, message);
        Assert.Equal("Inscription confirmée : Conférence", mail.Subject);
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
        var link = await db.OutboxMessages.SingleAsync(m => m.Kind == "link");
        Assert.Contains("/r/" + again.ManageToken, (await TestMail.ComposeAsync(_database, link)).TextBody);
        Assert.False((await _service.CancelByTokenAsync(first.ManageToken)).Succeeded);
    }

    [Fact]
    public async Task Bad_requests_are_refused_with_typed_errors()
    {
        Assert.Equal("Registration.ConsentRequired", (await RegisterAsync("a@test.example", consent: false)).Error!.Code);
        Assert.Equal("Registration.EmailInvalid", (await RegisterAsync("not an e-mail")).Error!.Code);
        Assert.Equal("Registration.EmailInvalid", (await RegisterAsync("a@b")).Error!.Code);
        var unknown = await _service.RegisterAsync(new RegistrationRequest(9_999, Details("a@test.example", "fr"), true));
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

        var erased = await _service.EraseByTokenAsync(receipt.ManageToken);

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

    private Task<Result<RegistrationReceipt>> RegisterAsync(string email, string language = "fr", bool consent = true) =>
        _service.RegisterAsync(new RegistrationRequest(_ticketId, Details(email, language), consent));

    private static AttendeeDetails Details(string email, string language) => new("Marie", "Tremblay", email, "Ville de Québec", "Analyste", language);
}
