using System.Net;
using System.Text.Json;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Mail;
using EventHub.Core.Features.Registrations;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace EventHub.Tests.Registrations;

/// <summary>The registration form and the private link, through HTTP as a browser without JavaScript uses them.</summary>
public abstract class RegistrationPagesTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : RegistrationPagesTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : RegistrationPagesTests(DatabaseProvider.PostgreSql);

    private AppDatabase _database = null!;
    /// <summary>The app's clock, set to the real time (the tickets are on sale by it) and moved only by a test.</summary>
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private EventHubApp _app = null!;
    private int _ticketId;
    private int _fullTicketId;

    public async Task InitializeAsync()
    {
        _database = await AppDatabase.CreateAsync(provider);
        _app = new(settings: _database.With(new Dictionary<string, string>
        {
            ["RateLimits:Registrations:Burst"] = "1000",
            ["EventHub:PublicUrl"] = "https://jiq.example",
        }), time: _clock);
        await using var db = await Factory.CreateDbContextAsync();
        var (regular, full) = await TestData.OnSaleNowAsync(db);
        (_ticketId, _fullTicketId) = (regular.Id, full.Id);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IDbContextFactory<EventHubDbContext> Factory => _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The page a refused registration comes back with (decoded), once it is checked that nobody was registered.</summary>
    private async Task<string> RefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Registrations.CountAsync());
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private Dictionary<string, string> Form(string email, int? ticket = null, bool consent = true, string first = "Hélène") => new()
    {
        ["Input.FirstName"] = first,
        ["Input.LastName"] = "Côté",
        ["Input.Email"] = email,
        ["Input.Organization"] = "Ville de Québec",
        ["Input.TicketTypeId"] = (ticket ?? _ticketId).ToString(),
        ["Input.PreferredLanguage"] = "fr",
        ["Input.Consent"] = consent ? "true" : "false",
    };

    [Fact]
    public async Task The_form_shows_seats_left_and_the_full_type_offers_the_waitlist_without_a_circuit()
    {
        var html = await NewClient().GetStringAsync("/register");

        Assert.Contains("100 places restantes", html);
        Assert.Contains("Complet", html);
        Assert.Contains("<label for=\"email\">", html);
        Assert.DoesNotContain("blazor.web.js\" autostart", html);
        Assert.DoesNotContain("<!--Blazor:{\"type\":\"server\"", html);
    }

    [Fact]
    public async Task A_plain_form_post_registers_and_queues_the_confirmation()
    {
        var response = await HtmlForms.PostFormAsync(NewClient(), "/register", "register", Form("helene@test.example"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/register/sent", response.Headers.Location!.PathAndQuery());
        await using var db = await Factory.CreateDbContextAsync();
        var registration = await db.Registrations.SingleAsync();
        Assert.Equal(("Hélène", RegistrationStatus.Confirmed), (registration.FirstName, registration.Status));
        Assert.Equal("Confirmed", (await db.OutboxMessages.SingleAsync()).Kind);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_registers_nobody()
    {
        var fields = Form("sans-jeton@test.example");
        fields["_handler"] = "register";

        var response = await NewClient().PostAsync("/register", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = await Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Registrations.CountAsync());
    }

    [Fact]
    public async Task Invalid_fields_get_localized_messages_next_to_them()
    {
        var fields = Form("pas-une-adresse", consent: false, first: "");

        var html = await RefusedAsync(await HtmlForms.PostFormAsync(NewClient(), "/register", "register", fields));

        Assert.Contains("id=\"first-name-error\">Ce champ est obligatoire.", html);
        Assert.Contains("id=\"email-error\">", html);
        Assert.Contains("id=\"consent-error\">", html);
        // The form comes back with what the attendee typed.
        Assert.Contains("value=\"pas-une-adresse\"", html);
    }

    [Fact]
    public async Task A_form_the_service_refuses_comes_back_with_the_reason_and_its_fields()
    {
        var html = await RefusedAsync(await HtmlForms.PostFormAsync(NewClient(), "/register", "register", Form("refus@test.example", ticket: 999_999)));

        Assert.Contains("Cette catégorie de billet n'existe pas.", html);
        Assert.Contains("value=\"refus@test.example\"", html);
        Assert.Contains("name=\"Input.Consent\"", html);
    }

    [Fact]
    public async Task A_refusal_only_the_service_knows_comes_back_under_its_field()
    {
        // Valid for the form's annotations, so the post is decided before the page renders; the page then shows the service's reason.
        var html = await RefusedAsync(await HtmlForms.PostFormAsync(NewClient(), "/register", "register", Form("long@test.example", first: new string('é', 101))));

        Assert.Contains("id=\"first-name-error\">Au plus 100 caractères.", html);
        Assert.Contains("value=\"long@test.example\"", html);
    }

    [Fact]
    public async Task A_form_posted_after_the_sale_closed_gets_the_closed_page_and_registers_nobody()
    {
        var client = NewClient();
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/register"));
        await using (var db = await Factory.CreateDbContextAsync())
        {
            await db.TicketTypes.ExecuteUpdateAsync(s => s.SetProperty(t => t.SaleEndsAt, DateTime.UtcNow.AddMinutes(-1)));
        }
        // The form's list of ticket types is reused for a second; once it is read again, the desk is closed.
        _clock.Advance(TicketShelf.Freshness);

        var fields = Form("trop-tard@test.example");
        fields["__RequestVerificationToken"] = token;
        fields["_handler"] = "register";
        var body = await RefusedAsync(await client.PostAsync("/register", new FormUrlEncodedContent(fields)));

        Assert.Contains("Les inscriptions ne sont pas ouvertes", body);
        Assert.DoesNotContain("name=\"Input.Email\"", body);
    }

    [Fact]
    public async Task Registering_again_answers_the_same_page_and_mails_a_new_link_instead_of_a_second_registration()
    {
        var first = await HtmlForms.PostFormAsync(NewClient(), "/register", "register", Form("deux-fois@test.example"));
        var second = await HtmlForms.PostFormAsync(NewClient(), "/register", "register", Form("Deux-Fois@Test.example", _fullTicketId));

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await using var db = await Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.Registrations.CountAsync());
        Assert.Equal(["Confirmed", "Link"], await db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Kind).ToListAsync());
    }

    [Fact]
    public async Task A_full_ticket_type_puts_the_attendee_on_its_waitlist()
    {
        await HtmlForms.PostFormAsync(NewClient(), "/register", "register", Form("attente@test.example", _fullTicketId));

        await using var db = await Factory.CreateDbContextAsync();
        var registration = await db.Registrations.SingleAsync();
        Assert.Equal((RegistrationStatus.Waitlisted, 1), (registration.Status, registration.WaitlistNumber));
        var mail = await MailPickup.WaitForMessageToAsync(_app, "attente@test.example");
        Assert.Contains("rang 1", mail.TextBody);
    }

    [Fact]
    public async Task A_random_or_altered_token_gets_the_not_found_page()
    {
        var link = await RegisterAndGetLinkAsync("lien@test.example");
        var altered = link[..^1] + (link[^1] == 'A' ? 'B' : 'A');
        var client = NewClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
        foreach (var url in new[] { altered, "/r/" + new string('x', 43), "/r/abc", altered + "/data.json", altered + "/agenda.ics", altered + "/badge.png" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        var page = await client.GetAsync(altered);
        Assert.Contains("introuvable", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_private_link_shows_the_badge_and_is_never_cached_or_sent_as_a_referrer()
    {
        var link = await RegisterAndGetLinkAsync("badge@test.example");

        var response = await NewClient().GetAsync(link);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Confirmée", html);
        Assert.Contains($"{link}/badge.svg", html);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task The_attendee_corrects_their_details_through_the_link()
    {
        var link = await RegisterAndGetLinkAsync("corrige@test.example");
        var fields = new Dictionary<string, string>
        {
            ["Details.FirstName"] = "Hélène",
            ["Details.LastName"] = "Côté-Tremblay",
            ["Details.Email"] = "corrige@test.example",
            ["Details.Organization"] = "Revenu Québec",
            ["Details.PreferredLanguage"] = "en",
        };

        var response = await HtmlForms.PostFormAsync(NewClient(), link, "details", fields);

        Assert.Contains("Vos renseignements sont enregistrés.", await response.Content.ReadAsStringAsync());
        await using var db = await Factory.CreateDbContextAsync();
        var registration = await db.Registrations.SingleAsync();
        Assert.Equal(("Côté-Tremblay", "Revenu Québec", "en"), (registration.LastName, registration.Organization, registration.PreferredLanguage));
    }

    [Fact]
    public async Task Forms_sent_again_after_a_cancellation_get_the_page_not_an_error()
    {
        var link = await RegisterAndGetLinkAsync("deux-onglets@test.example");
        var client = NewClient();
        // Two tabs, or the back button: forms drawn before the cancellation are sent after it.
        var page = await client.GetStringAsync(link + "?step=cancel");
        var token = HtmlForms.AntiforgeryToken(page);
        Task<HttpResponseMessage> Send(string form, Dictionary<string, string>? fields = null) =>
            client.PostAsync(form == "cancel" ? link + "?step=cancel" : link, new FormUrlEncodedContent(new Dictionary<string, string>(fields ?? [])
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = form,
            }));

        var cancelled = await Send("cancel");
        var again = await Send("cancel");
        var details = await Send("details", new Dictionary<string, string> { ["Details.FirstName"] = "Autre", ["Details.LastName"] = "Nom", ["Details.Email"] = "autre-nom@test.example" });
        var agenda = await Send("agenda", new Dictionary<string, string> { ["session"] = "1" });

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        foreach (var response in new[] { again, details, agenda })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Annulée", await response.Content.ReadAsStringAsync());
        }
        await using var db = await Factory.CreateDbContextAsync();
        var registration = await db.Registrations.SingleAsync();
        Assert.Equal((RegistrationStatus.Cancelled, "deux-onglets@test.example"), (registration.Status, registration.Email));
    }

    [Fact]
    public async Task The_data_export_holds_the_attendees_data_and_nobody_elses()
    {
        var mine = await RegisterAndGetLinkAsync("moi@test.example");
        await RegisterAndGetLinkAsync("autre@test.example");

        var json = await NewClient().GetStringAsync(mine + "/data.json");

        using var document = JsonDocument.Parse(json);
        Assert.Equal("moi@test.example", document.RootElement.GetProperty("email").GetString());
        Assert.Equal("Hélène", document.RootElement.GetProperty("firstName").GetString());
        Assert.DoesNotContain("autre@test.example", json);
        Assert.Equal("Confirmed", document.RootElement.GetProperty("emails")[0].GetProperty("kind").GetString());
        Assert.Equal("registration-form", document.RootElement.GetProperty("consentGivenThrough").GetString());
    }

    [Fact]
    public async Task Erasure_wipes_the_personal_fields_and_the_stored_emails_and_kills_the_link()
    {
        var link = await RegisterAndGetLinkAsync("efface@test.example");
        var client = NewClient();

        var response = await HtmlForms.PostFormAsync(client, link + "?step=erase", "erase", new Dictionary<string, string>());

        Assert.Contains("Renseignements effacés", await response.Content.ReadAsStringAsync());
        await using (var db = await Factory.CreateDbContextAsync())
        {
            var registration = await db.Registrations.SingleAsync();
            Assert.Equal(RegistrationStatus.Cancelled, registration.Status);
            Assert.Equal(("", "", "", null, null), (registration.FirstName, registration.LastName, registration.Email, registration.Organization, registration.NormalizedEmail));
            Assert.NotNull(registration.ErasedAt);
            Assert.Equal(0, await db.OutboxMessages.CountAsync());
            Assert.Equal(0, (await db.Events.SingleAsync()).ConfirmedCount);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(link + "/data.json")).StatusCode);
    }

    [Fact]
    public async Task Cancelling_through_the_link_asks_first_then_frees_the_seat()
    {
        var link = await RegisterAndGetLinkAsync("annule@test.example");
        var client = NewClient();

        var ask = await client.GetStringAsync(link + "?step=cancel");
        Assert.Contains("Oui, annuler mon inscription", ask);
        var response = await HtmlForms.PostFormAsync(client, link + "?step=cancel", "cancel", new Dictionary<string, string>());

        Assert.Contains("Votre inscription est annulée.", await response.Content.ReadAsStringAsync());
        await using var db = await Factory.CreateDbContextAsync();
        Assert.Equal(RegistrationStatus.Cancelled, (await db.Registrations.SingleAsync()).Status);
        Assert.Equal(0, (await db.TicketTypes.SingleAsync(t => t.Id == _ticketId)).Sold);
    }

    [Fact]
    public async Task The_attendee_picks_sessions_sees_the_overlap_flagged_and_downloads_them_as_ics()
    {
        int morning, overlapping;
        await using (var db = await Factory.CreateDbContextAsync())
        {
            var conference = await db.Events.Include(e => e.Days).SingleAsync();
            var (big, small) = (new Room(conference.Id, "Grande salle", 400), new Room(conference.Id, "Salle 301", 30));
            db.Rooms.AddRange(big, small);
            await db.SaveChangesAsync();
            var nine = conference.Days.Single().Date.ToDateTime(new TimeOnly(13, 0), DateTimeKind.Utc);
            var first = PublishedSession(conference.Id, "Conférence du matin", big.Id, nine);
            var second = PublishedSession(conference.Id, "Conférence en même temps", small.Id, nine.AddMinutes(30));
            db.Sessions.AddRange(first, second);
            await db.SaveChangesAsync();
            (morning, overlapping) = (first.Id, second.Id);
        }
        _app.Services.GetRequiredService<EventHub.Core.Features.Program.PublishedProgram>().Invalidate();
        var link = await RegisterAndGetLinkAsync("agenda@test.example");
        var client = NewClient();
        var page = await client.GetStringAsync(link);
        var form = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", HtmlForms.AntiforgeryToken(page)),
            new("_handler", "agenda"),
            new("session", morning.ToString()),
            new("session", overlapping.ToString()),
        ]);

        var response = await client.PostAsync(link, form);
        var saved = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Contains("Votre agenda est enregistré.", saved);
        Assert.Contains("chevauche «\u00a0Conférence en même temps\u00a0»", System.Net.WebUtility.HtmlDecode(saved));
        var calendar = await client.GetStringAsync(link + "/agenda.ics?lang=fr");
        Assert.Equal(2, calendar.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains("SUMMARY:Conférence du matin", calendar);
    }

    private static Session PublishedSession(int eventId, string title, int roomId, DateTime startsAtUtc)
    {
        var session = new Session(eventId, SessionKind.Talk, title, title, 60);
        session.PlaceAt(roomId, startsAtUtc);
        session.Publish();
        return session;
    }

    /// <summary>Registers through the form and reads the private link from the e-mail the app sent, as the attendee would.</summary>
    private async Task<string> RegisterAndGetLinkAsync(string email)
    {
        await HtmlForms.PostFormAsync(NewClient(), "/register", "register", Form(email));
        var text = (await MailPickup.WaitForMessageToAsync(_app, email)).TextBody ?? "";
        var start = text.IndexOf("https://jiq.example/r/", StringComparison.Ordinal);
        return new string(text[(start + "https://jiq.example".Length)..].TakeWhile(c => !char.IsWhiteSpace(c)).ToArray());
    }
}
