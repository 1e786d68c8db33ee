using System.Globalization;
using Bunit;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.CheckIns;
using EventHub.Tests.Infrastructure;
using EventHub.Web.Features.CheckIns;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace EventHub.Tests.CheckIns;

public abstract class AttendeeSearchTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : AttendeeSearchTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : AttendeeSearchTests(DatabaseProvider.PostgreSql);

    private readonly BunitContext _context = ComponentTestContext.Create();
    private readonly InProcessCheckInFeed _feed = new();
    private WriteGate _gate = null!;
    private TestCheckIns? _checkIns;
    private TestDatabase _database = null!;
    private Registration _helene = null!;
    private int _eventId;

    public async Task InitializeAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("fr-CA");
        _database = await TestDatabase.CreateAsync(provider);
        _gate = new WriteGate(_database.Settings);
        await using (var db = _database.NewContext())
        {
            var (conference, ticket) = await TestData.EventWithTicketAsync(db);
            _eventId = conference.Id;
            _helene = TestData.Registration(conference, ticket, "helene.cote@ville.example");
            _helene.Correct(new AttendeeDetails("Hélène", "Côté", "helene.cote@ville.example", "Ville de Québec", null, "fr"), TestData.Now);
            db.Registrations.Add(_helene);
            await db.SaveChangesAsync();
        }
        _context.Services.AddSingleton((_checkIns = new TestCheckIns(_database, TimeProvider.System, _gate, _feed)).Search);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _checkIns?.Dispose();
        _feed.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Finds_a_person_without_accents_and_one_tap_asks_to_check_them_in()
    {
        int? tapped = null;
        var search = _context.Render<AttendeeSearch>(p => p.Add(x => x.EventId, _eventId).Add(x => x.OnCheckIn, id => tapped = id));

        await search.InvokeAsync(() => search.Find("input").Input("helene"));
        search.WaitForAssertion(() => Assert.Single(search.FindAll(".attendee-match")), TimeSpan.FromSeconds(5));

        Assert.Contains("Hélène Côté", search.Markup);
        Assert.Contains("Ville de Québec", search.Markup);
        Assert.DoesNotContain("helene.cote@ville.example", search.Markup);
        // MudButton's click handler may finish after Click returns: wait for its callback rather than assume it ran.
        await search.Find(".attendee-match button").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        search.WaitForAssertion(() => Assert.Equal(_helene.Id, tapped), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Says_so_when_nobody_matches()
    {
        var search = _context.Render<AttendeeSearch>(p => p.Add(x => x.EventId, _eventId).Add(x => x.OnCheckIn, _ => { }));

        await search.InvokeAsync(() => search.Find("input").Input("zzzz"));

        search.WaitForAssertion(() => Assert.Contains("Aucune personne trouvée.", search.Markup), TimeSpan.FromSeconds(5));
    }
}
