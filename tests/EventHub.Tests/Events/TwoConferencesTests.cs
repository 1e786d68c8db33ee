using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Badges;
using EventHub.Core.Features.CheckIns;
using EventHub.Core.Features.Devices;
using EventHub.Core.Features.Events;
using EventHub.Core.Features.Program;
using EventHub.Core.Features.Registrations;
using EventHub.Core.Security;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Events;

/// <summary>
/// Two conferences in one installation, built alike (same room and door names) so that a leak shows: no page,
/// export, dashboard, badge sheet, check-in, search or API answer of one ever shows the other's data.
/// </summary>
public abstract class TwoConferencesTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : TwoConferencesTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : TwoConferencesTests(DatabaseProvider.PostgreSql);

    private AppDatabase _database = null!;
    private EventHubApp _app = null!;
    private Conference _a = null!;
    private Conference _b = null!;

    private sealed record Conference(Event Event, TicketType Ticket, Registration Attendee, Checkpoint Door, Session Session, Speaker Speaker);

    public async Task InitializeAsync()
    {
        _database = await AppDatabase.CreateAsync(provider);
        _app = new(settings: _database.With(new Dictionary<string, string> { ["RateLimits:Registrations:Burst"] = "1000" }));
        _a = await ConferenceAsync("sommet-a", "Sommet A", "Anne", "Alpha", "Séance Aurore", "Alice");
        _b = await ConferenceAsync("sommet-b", "Sommet B", "Bernard", "Beta", "Séance Boréale", "Bruno");
        Assert.True((await Service<ConferenceDirectory>().MakeCurrentAsync(_a.Event.Id)).Succeeded);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private T Service<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<Conference> ConferenceAsync(string slug, string name, string first, string last, string title, string speakerName)
    {
        await using var db = await Service<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var now = DateTime.UtcNow;
        var day = DateOnly.FromDateTime(now.AddDays(30));
        var conference = new Event(slug, name, name, "Québec", "America/Toronto", 500);
        conference.AddDay(day, new TimeOnly(8, 0), new TimeOnly(17, 0));
        db.Events.Add(conference);
        await db.SaveChangesAsync();
        var ticket = new TicketType(conference.Id, $"Régulier {name}", $"Regular {name}", 100, now.AddDays(-1), now.AddDays(20));
        var room = new Room(conference.Id, "Salle 1", 80);
        var speaker = new Speaker(conference.Id, speakerName, "Conférencière");
        db.AddRange(ticket, room, speaker);
        await db.SaveChangesAsync();
        var session = new Session(conference.Id, SessionKind.Talk, title, title, 60);
        session.ReplaceSpeakers([speaker.Id]);
        session.PlaceAt(room.Id, conference.ToUtc(day, new TimeOnly(9, 0)));
        session.Publish();
        var door = new Checkpoint(conference.Id, "Porte principale", CheckpointKind.Door);
        var attendee = new Registration(conference.Id, ticket.Id, new AttendeeDetails(first, last, $"{first.ToLowerInvariant()}@test.example", null, null, "fr"),
            SecureTokens.NewBadgeCode(), SecureTokens.Hash(SecureTokens.NewToken()), now, now);
        attendee.Confirm(now);
        db.AddRange(session, door, attendee);
        await db.SaveChangesAsync();
        return new Conference(conference, ticket, attendee, door, session, speaker);
    }

    [Fact]
    public async Task Each_conference_has_its_own_public_program_and_the_short_addresses_serve_the_current_one()
    {
        var client = NewClient();

        var agendaA = await client.GetStringAsync("/sommet-a/agenda");
        var agendaB = await client.GetStringAsync("/sommet-b/agenda");
        var shortAgenda = await client.GetStringAsync("/agenda");
        var speakersB = await client.GetStringAsync("/sommet-b/speakers");
        var calendarB = await client.GetStringAsync("/sommet-b/agenda.ics");

        Assert.Contains("Séance Aurore", agendaA);
        Assert.DoesNotContain("Séance Boréale", agendaA);
        Assert.Contains("Séance Boréale", agendaB);
        Assert.DoesNotContain("Séance Aurore", agendaB);
        // Links stay on the conference's own addresses.
        Assert.Contains($"href=\"/sommet-b/sessions/{_b.Session.Id}\"", agendaB);
        Assert.Contains("Séance Aurore", shortAgenda);
        Assert.DoesNotContain("Séance Boréale", shortAgenda);
        Assert.Contains("Bruno", speakersB);
        Assert.DoesNotContain("Alice", speakersB);
        Assert.Contains("Séance Boréale", calendarB);
        Assert.DoesNotContain("Séance Aurore", calendarB);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sommet-b/sessions/{_a.Session.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sommet-b/speakers/{_a.Speaker.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/inconnu/agenda")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/inconnu/agenda.ics")).StatusCode);
    }

    [Fact]
    public async Task A_conference_created_or_renamed_answers_at_its_short_name_at_once()
    {
        var client = NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sommet-c/agenda")).StatusCode);

        var created = await Service<ConferenceCreation>().CreateAsync(TestConferences.Details("sommet-c"));
        var agendaC = await client.GetAsync("/sommet-c/agenda");
        var details = (await Service<ConferenceEditing>().GetAsync(created.Value))!.Details;
        Assert.True((await Service<ConferenceEditing>().SaveAsync(created.Value, details with { Slug = "sommet-c-2027" })).Succeeded);

        Assert.Equal(HttpStatusCode.OK, agendaC.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sommet-c-2027/agenda")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sommet-c/agenda")).StatusCode);
    }

    [Fact]
    public async Task Making_another_conference_current_moves_the_short_addresses_at_once()
    {
        var client = NewClient();
        Assert.Contains("Séance Aurore", await client.GetStringAsync("/agenda"));

        Assert.True((await Service<ConferenceDirectory>().MakeCurrentAsync(_b.Event.Id)).Succeeded);

        // The rendered page was cached for the old current conference; the change evicts it.
        var agenda = await client.GetStringAsync("/agenda");
        Assert.Contains("Séance Boréale", agenda);
        Assert.DoesNotContain("Séance Aurore", agenda);
        await using var db = await Service<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        Assert.Equal([_b.Event.Id], await db.Events.Where(e => e.IsCurrent).Select(e => e.Id).ToListAsync());
    }

    [Fact]
    public async Task A_register_page_offers_only_its_conference_s_tickets_and_refuses_another_s()
    {
        var client = NewClient();
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/sommet-b/register"));
        Assert.Contains("Régulier Sommet B", page);
        Assert.DoesNotContain("Régulier Sommet A", page);

        var response = await HtmlForms.PostFormAsync(client, "/sommet-b/register", "register", new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Hélène",
            ["Input.LastName"] = "Côté",
            ["Input.Email"] = "helene@test.example",
            ["Input.TicketTypeId"] = _a.Ticket.Id.ToString(),
            ["Input.PreferredLanguage"] = "fr",
            ["Input.Consent"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await Service<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Registrations.AnyAsync(r => r.NormalizedEmail == "helene@test.example"));
    }

    [Fact]
    public async Task A_badge_of_the_other_edition_is_refused_as_such_at_the_door_and_names_no_one()
    {
        var issued = (await Service<DeviceTokens>().IssueAsync("Lecteur 1")).Value!;
        var client = NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);

        var other = await client.PostAsJsonAsync("/api/checkin", new { code = _b.Attendee.BadgeCode, checkpoint = _a.Door.Id.ToString() });
        var own = await client.PostAsJsonAsync("/api/checkin", new { code = _a.Attendee.BadgeCode, checkpoint = _a.Door.Id.ToString() });

        var refused = await other.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid", refused.GetProperty("result").GetString());
        Assert.Equal("other_edition", refused.GetProperty("reason").GetString());
        Assert.DoesNotContain("Bernard", refused.GetRawText());
        Assert.Equal("checked_in", (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result").GetString());
        await using var db = await Service<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        Assert.False(await db.CheckIns.AnyAsync(c => c.RegistrationId == _b.Attendee.Id));
        Assert.Equal(CheckInOutcome.OtherEdition, await db.CheckInAttempts.Where(a => a.RegistrationId == null).Select(a => a.Outcome).SingleAsync());
    }

    [Fact]
    public async Task Search_at_a_door_finds_only_its_conference_s_people()
    {
        var issued = (await Service<DeviceTokens>().IssueAsync("Lecteur 2")).Value!;
        var client = NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);

        var atA = await client.GetStringAsync($"/api/checkin/search?q=beta&checkpoint={_a.Door.Id}");
        var atB = await client.GetStringAsync($"/api/checkin/search?q=beta&checkpoint={_b.Door.Id}");
        var current = await client.GetStringAsync("/api/checkin/search?q=alpha");

        Assert.Equal("[]", atA);
        Assert.Contains("Bernard", atB);
        Assert.Contains("Anne", current);
        Assert.Empty(await Service<CheckInSearch>().SearchAsync(_b.Event.Id, "anne"));
    }

    [Fact]
    public async Task Organizer_services_answer_for_one_conference_only()
    {
        var device = (await Service<DeviceTokens>().IssueAsync("Lecteur 3")).Value!;
        var scan = await Service<CheckInDesk>().ScanAsync(_a.Attendee.BadgeCode, _a.Door.Id, CheckInActor.Device(device.Id));
        Assert.Equal(CheckInOutcome.CheckedIn, scan.Value?.Outcome);

        var dashboardA = await Service<CheckInDashboard>().GetAsync(_a.Event.Id);
        var dashboardB = await Service<CheckInDashboard>().GetAsync(_b.Event.Id);
        Assert.Equal(1, dashboardA.CheckedIn);
        Assert.Equal(0, dashboardB.CheckedIn);
        Assert.Empty(dashboardB.Latest);
        Assert.Equal([_b.Door.Id], dashboardB.PerCheckpoint.Select(c => c.CheckpointId));

        var rowsA = await Service<RegistrationList>().PageAsync(_a.Event.Id, new RegistrationFilter(null, null, null), RegistrationSort.Name, false, 0, 50);
        Assert.Equal(["Anne"], rowsA.Rows.Select(r => r.FirstName));
        Assert.Equal(["Bernard"], (await Service<BadgeDirectory>().ListAsync(_b.Event.Id, new BadgeFilter())).Select(c => c.FirstName));
        Assert.Equal([_b.Ticket.Id], (await Service<BadgeDirectory>().TicketTypesAsync(_b.Event.Id)).Select(t => t.Id));
        Assert.Equal([_a.Door.Id], (await Service<CheckpointAdmin>().ListAsync(_a.Event.Id)).Select(c => c.Id));
        Assert.Single(await Service<VenueCatalog>().RoomsAsync(_b.Event.Id));
        Assert.Equal(["Alice Conférencière"], (await Service<SpeakerCatalog>().ListAsync(_a.Event.Id)).Select(s => s.FullName));
        Assert.Equal([_b.Session.Id], (await Service<SessionCatalog>().ListAsync(_b.Event.Id, new SessionFilter())).Select(s => s.Id));
        Assert.Equal([_a.Session.Id], (await Service<SchedulePlanner>().LoadAsync(_a.Event.Id))!.Sessions.Select(s => s.Id));
        Assert.Null(await Service<SessionCatalog>().GetAsync(_b.Event.Id, _a.Session.Id));
        Assert.Equal("Program.SessionNotFound", (await Service<SchedulePlanner>().UnscheduleAsync(_b.Event.Id, _a.Session.Id)).Error?.Code);
        Assert.Equal(1, (await Service<EventOverview>().GetFiguresAsync(_a.Event.Id))!.CheckedIn);
        Assert.Equal(0, (await Service<EventOverview>().GetFiguresAsync(_b.Event.Id))!.CheckedIn);
    }

    [Fact]
    public async Task The_organizer_s_choice_is_remembered_and_decides_what_the_export_holds()
    {
        var client = NewClient();
        await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        var beforeChoice = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/organizer/registrations.csv"));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var organizer = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(EventHubApp.OrganizerEmail);
            Assert.True((await Service<ConferenceDirectory>().ChooseAsync(organizer!.Id, _b.Event.Id)).Succeeded);
            Assert.Equal(_b.Event.Id, (await Service<ConferenceDirectory>().ChosenByAsync(organizer.Id))?.Id);
        }
        var afterChoice = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/organizer/registrations.csv"));

        // Until they choose, an organizer works on the current conference.
        Assert.Contains("Anne", beforeChoice);
        Assert.DoesNotContain("Bernard", beforeChoice);
        Assert.Contains("Bernard", afterChoice);
        Assert.DoesNotContain("Anne", afterChoice);
    }

    [Fact]
    public async Task The_public_home_lists_the_other_upcoming_conference()
    {
        var home = WebUtility.HtmlDecode(await NewClient().GetStringAsync("/"));

        Assert.Contains("Sommet A", home);
        Assert.Contains("Autres conférences à venir", home);
        Assert.Contains("href=\"/sommet-b/register\"", home);
    }
}
