using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Events;
using EventHub.Tests.Infrastructure;
using EventHub.Web.Features.Events;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Events;

/// <summary>The organizer's conference pages, rendered with the real services over a real SQLite file.</summary>
public sealed class ConferencePagesTests : IAsyncLifetime
{
    private const string UserId = "organizer-1";
    private readonly BunitContext _context = ComponentTestContext.Create();
    private TestDatabase _database = null!;
    private TestConferences _conferences = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _conferences = new TestConferences(_database);
        var gate = new WriteGate(_database.Settings);
        _context.Services.AddSingleton(new ConferenceDirectory(_database.Factory, gate, TimeProvider.System));
        _context.Services.AddSingleton(_conferences.Creation);
        _context.Services.AddSingleton(_conferences.Editing);
        _context.Services.AddSingleton(_conferences.Readiness);
        _context.Services.AddSingleton(new EventOverview(_database.Factory));
        _context.Services.AddSingleton(_conferences.Copy);
        _context.Services.AddScoped<OrganizerConference>();
        _context.AddAuthorization().SetAuthorized("Organisation").SetRoles(Roles.Organizer).SetClaims(new Claim(ClaimTypes.NameIdentifier, UserId));
        await using var db = _database.NewContext();
        db.Users.Add(new AppUser { Id = UserId, UserName = "org@test.example", Email = "org@test.example" });
        await db.SaveChangesAsync();
        _context.Render<MudPopoverProvider>();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Creating_a_conference_chooses_it_for_the_organizer_and_opens_the_organizer_home()
    {
        var page = _context.Render<ConferenceNewPage>();

        await ChangeAsync(page, "name-fr", "Sommet numérique de Lévis 2027");
        Assert.Equal("sommet-numerique-de-levis-2027", page.Find("input[data-testid=slug]").GetAttribute("value"));
        await ChangeAsync(page, "venue", "Centre de congrès de Lévis");
        await ChangeAsync(page, "contact-email", "info@sommet.example");
        await page.InvokeAsync(() => page.Find("input[type=date]").Change("2027-05-12"));
        await page.InvokeAsync(() => page.Find("button[data-testid=add-day]").Click());
        Assert.Equal("2027-05-13", page.FindAll("input[type=date]")[1].GetAttribute("value"));
        await page.InvokeAsync(() => page.Find("form").Submit());

        var navigation = _context.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith("/organizer?created=1", navigation.Uri), TimeSpan.FromSeconds(5));
        await using var db = _database.NewContext();
        var created = await db.Events.Include(e => e.Days).SingleAsync();
        Assert.Equal(("sommet-numerique-de-levis-2027", "America/Toronto", 2), (created.Slug, created.TimeZoneId, created.Days.Count));
        Assert.Equal(created.Id, (await db.Users.SingleAsync(u => u.Id == UserId)).SelectedEventId);
    }

    [Fact]
    public async Task A_taken_short_name_shows_its_refusal_under_the_field_in_french()
    {
        Assert.True((await _conferences.Creation.CreateAsync(TestConferences.Details("jiq-2028"))).Succeeded);
        var page = _context.Render<ConferenceNewPage>();

        await ChangeAsync(page, "name-fr", "JIQ");
        await ChangeAsync(page, "slug", "jiq-2028");
        await ChangeAsync(page, "venue", "Centre des congrès");
        await ChangeAsync(page, "contact-email", "info@jiq.example");
        await page.InvokeAsync(() => page.Find("input[type=date]").Change("2028-04-25"));
        await page.InvokeAsync(() => page.Find("form").Submit());

        page.WaitForAssertion(() =>
        {
            var field = page.Find("input[data-testid=slug]").Closest(".mud-input-control")!;
            Assert.Contains("Le nom court «\u00a0jiq-2028\u00a0» est déjà pris par une autre conférence.", field.TextContent);
        }, TimeSpan.FromSeconds(5));
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Events.CountAsync());
    }

    [Fact]
    public async Task The_edit_page_refuses_a_capacity_below_the_confirmed_seats_under_the_field()
    {
        var id = (await _conferences.Creation.CreateAsync(TestConferences.Details())).Value;
        await using (var db = _database.NewContext())
        {
            await db.Events.ExecuteUpdateAsync(e => e.SetProperty(x => x.ConfirmedCount, 120));
        }
        var page = _context.Render<ConferenceEditPage>();
        page.WaitForAssertion(() => Assert.Contains("Au moins 120", page.Markup), TimeSpan.FromSeconds(5));

        await ChangeAsync(page, "capacity", "100");
        await page.InvokeAsync(() => page.Find("form").Submit());

        page.WaitForAssertion(() =>
        {
            var field = page.Find("input[data-testid=capacity]").Closest(".mud-input-control")!;
            Assert.Contains("Le nombre de places ne peut descendre sous les 120 places déjà confirmées.", field.TextContent);
        }, TimeSpan.FromSeconds(5));
        await using var check = _database.NewContext();
        Assert.Equal(400, (await check.Events.SingleAsync(e => e.Id == id)).Capacity);
    }

    [Fact]
    public async Task With_no_conference_the_organizer_home_offers_to_create_one()
    {
        var page = _context.Render<OrganizerHome>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=no-conference] a[href='/organizer/conferences/new']")), TimeSpan.FromSeconds(5));
        Assert.Contains("Créer une conférence", page.Markup);
        Assert.DoesNotContain("seed-demo", page.Markup);
    }

    [Fact]
    public async Task The_organizer_home_lists_what_is_missing_before_registration_opens_each_with_its_link()
    {
        var id = (await _conferences.Creation.CreateAsync(TestConferences.Details())).Value;
        await using (var db = _database.NewContext())
        {
            db.Rooms.Add(new Room(id, "Salle A", 100));
            await db.SaveChangesAsync();
        }

        var page = _context.Render<OrganizerHome>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=readiness]")), TimeSpan.FromSeconds(5));
        Assert.Equal("false", page.Find("[data-testid=readiness-Rooms]").GetAttribute("data-missing"));
        Assert.Equal("true", page.Find("[data-testid=readiness-TicketTypes]").GetAttribute("data-missing"));
        Assert.Equal("true", page.Find("[data-testid=readiness-PublishedSessions]").GetAttribute("data-missing"));
        Assert.Equal(["/organizer/venue", "/organizer/tickets", "/organizer/sessions"],
            page.FindAll("[data-testid=readiness] li a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Sommet numérique de Lévis", page.Find("h1").TextContent);
    }

    [Fact]
    public async Task The_conferences_list_marks_one_as_the_installations_current_one()
    {
        await _conferences.Creation.CreateAsync(TestConferences.Details("edition-2027"));
        await _conferences.Creation.CreateAsync(TestConferences.Details("edition-2028") with { Days = [new DayHours(new DateOnly(2028, 5, 10), new TimeOnly(9, 0), new TimeOnly(17, 0))] });
        var page = _context.Render<ConferencesPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid^=make-current-]").Count), TimeSpan.FromSeconds(5));

        await page.InvokeAsync(() => page.Find("[data-testid=make-current-edition-2028]").Click());

        page.WaitForAssertion(() => Assert.Contains("Les adresses courtes servent maintenant", page.Find("[data-testid=conferences-status]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Single(page.FindAll("[data-testid^=make-current-]"));
        await using var db = _database.NewContext();
        Assert.Equal("edition-2028", (await db.Events.SingleAsync(e => e.IsCurrent)).Slug);
    }

    [Fact]
    public async Task New_edition_from_a_conference_creates_the_copy_and_chooses_it()
    {
        var id = (await _conferences.Creation.CreateAsync(TestConferences.Details("edition-2027"))).Value;
        var page = _context.Render<EditionCopyPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Equal("2028-05-10", page.Find("input[data-testid=first-day]").GetAttribute("value")), TimeSpan.FromSeconds(5));

        await ChangeAsync(page, "name-fr", "Sommet 2028");
        await ChangeAsync(page, "slug", "edition-2027");
        await page.InvokeAsync(() => page.Find("form").Submit());
        page.WaitForAssertion(() => Assert.Contains("déjà pris", page.Find("input[data-testid=slug]").Closest(".mud-input-control")!.TextContent), TimeSpan.FromSeconds(5));

        await ChangeAsync(page, "slug", "edition-2028");
        await page.InvokeAsync(() => page.Find("form").Submit());

        var navigation = _context.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith("/organizer?created=1", navigation.Uri), TimeSpan.FromSeconds(5));
        await using var db = _database.NewContext();
        var copy = await db.Events.Include(e => e.Days).SingleAsync(e => e.Slug == "edition-2028");
        Assert.Equal([new DateOnly(2028, 5, 10), new DateOnly(2028, 5, 11)], copy.Days.Select(d => d.Date).Order());
        Assert.Equal(copy.Id, (await db.Users.SingleAsync(u => u.Id == UserId)).SelectedEventId);
    }

    private static Task ChangeAsync(IRenderedComponent<IComponent> page, string testId, string value) =>
        page.InvokeAsync(() => page.Find($"input[data-testid={testId}]").Change(value));
}
