using EventHub.Core.Data;
using EventHub.Core;
using EventHub.Core.Domain;
using EventHub.Core.Features.Events;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Events;

/// <summary>Editing a conference protects what it already holds: scheduled sessions, confirmed seats.</summary>
public abstract class ConferenceEditingTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : ConferenceEditingTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ConferenceEditingTests(DatabaseProvider.PostgreSql);

    private static readonly DateOnly Day = TestProgram.Day;
    private TestDatabase _database = null!;
    private TestProgram _program = null!;
    private TestConferences _conferences = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _program = await TestProgram.CreateAsync(_database);
        _conferences = new TestConferences(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Names_venue_contact_and_new_days_are_saved()
    {
        var details = await DetailsAsync() with
        {
            NameFr = "Journée renommée", NameEn = "Renamed day", Venue = "Centre des congrès", VenueAddress = "1000, boul. René-Lévesque Est",
            Days = [new DayHours(Day, new TimeOnly(7, 30), new TimeOnly(18, 0)), new DayHours(Day.AddDays(1), new TimeOnly(9, 0), new TimeOnly(12, 0))],
        };

        var result = await _conferences.Editing.SaveAsync(_program.Event.Id, details);

        Assert.True(result.Succeeded, result.Error?.Code);
        var saved = (await _conferences.Editing.GetAsync(_program.Event.Id))!.Details;
        Assert.Equal(details with { Days = [] }, saved with { Days = [] });
        Assert.Equal(details.Days, saved.Days);
    }

    [Fact]
    public async Task A_day_holding_scheduled_sessions_cannot_be_removed_and_the_refusal_names_them()
    {
        await _program.PlacedAsync("Ouverture", _program.BigRoom, new TimeOnly(9, 0));
        await _program.PlacedAsync("Atelier données", _program.SmallRoom, new TimeOnly(14, 0));
        var details = await DetailsAsync() with { Days = [new DayHours(Day.AddDays(1), new TimeOnly(8, 0), new TimeOnly(17, 30))] };

        var result = await _conferences.Editing.SaveAsync(_program.Event.Id, details);

        var error = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal(("Days", "Conference.DayHasSessions", Day), (error.Field, error.Code, error.Arguments[0]));
        var titles = Assert.IsType<SessionTitles>(error.Arguments[1]);
        Assert.Equal(["Ouverture", "Atelier données"], titles.Titles.Select(t => t.French));
        await AssertDaysAsync((Day, new TimeOnly(8, 0), new TimeOnly(17, 30)));
    }

    [Fact]
    public async Task Hours_cannot_shrink_past_a_scheduled_session_but_may_shrink_up_to_it()
    {
        await _program.PlacedAsync("Ouverture", _program.BigRoom, new TimeOnly(9, 0));
        await _program.PlacedAsync("Clôture", _program.BigRoom, new TimeOnly(16, 0));

        var late = await _conferences.Editing.SaveAsync(_program.Event.Id, await DetailsAsync() with { Days = [new DayHours(Day, new TimeOnly(9, 30), new TimeOnly(17, 30))] });
        var early = await _conferences.Editing.SaveAsync(_program.Event.Id, await DetailsAsync() with { Days = [new DayHours(Day, new TimeOnly(8, 0), new TimeOnly(16, 30))] });

        var lateError = Assert.IsType<ValidationError>(late.Error);
        Assert.Equal(("Days", "Conference.HoursCutSessions"), (lateError.Field, lateError.Code));
        Assert.Equal(["Ouverture"], Assert.IsType<SessionTitles>(lateError.Arguments[1]).Titles.Select(t => t.French));
        Assert.Equal(["Clôture"], Assert.IsType<SessionTitles>(early.Error!.Arguments[1]).Titles.Select(t => t.French));
        await AssertDaysAsync((Day, new TimeOnly(8, 0), new TimeOnly(17, 30)));

        var exact = await _conferences.Editing.SaveAsync(_program.Event.Id, await DetailsAsync() with { Days = [new DayHours(Day, new TimeOnly(9, 0), new TimeOnly(17, 0))] });
        Assert.True(exact.Succeeded, exact.Error?.Code);
        await AssertDaysAsync((Day, new TimeOnly(9, 0), new TimeOnly(17, 0)));
    }

    [Fact]
    public async Task An_unscheduled_session_does_not_hold_a_day()
    {
        await _program.DraftAsync("Pas encore placée");

        var result = await _conferences.Editing.SaveAsync(_program.Event.Id, await DetailsAsync() with
        {
            Days = [new DayHours(Day.AddDays(7), new TimeOnly(10, 0), new TimeOnly(12, 0))],
        });

        Assert.True(result.Succeeded, result.Error?.Code);
        await AssertDaysAsync((Day.AddDays(7), new TimeOnly(10, 0), new TimeOnly(12, 0)));
    }

    [Fact]
    public async Task The_time_zone_is_kept_once_a_session_is_scheduled()
    {
        var free = await _conferences.Editing.SaveAsync(_program.Event.Id, await DetailsAsync() with { TimeZoneId = "America/Vancouver" });
        Assert.True(free.Succeeded, free.Error?.Code);
        var back = await _conferences.Editing.SaveAsync(_program.Event.Id, await DetailsAsync() with { TimeZoneId = "America/Toronto" });
        Assert.True(back.Succeeded, back.Error?.Code);
        await _program.PlacedAsync("Ouverture", _program.BigRoom, new TimeOnly(9, 0));

        var locked = await _conferences.Editing.SaveAsync(_program.Event.Id, await DetailsAsync() with { TimeZoneId = "Europe/Paris" });

        var error = Assert.IsType<ValidationError>(locked.Error);
        Assert.Equal(("TimeZoneId", "Conference.TimeZoneLocked.One", 1), (error.Field, error.Code, error.Arguments[0]));
        await using var db = _database.NewContext();
        Assert.Equal("America/Toronto", (await db.Events.SingleAsync()).TimeZoneId);
    }

    [Fact]
    public async Task The_capacity_cannot_go_below_the_seats_confirmed_and_nothing_else_of_the_edit_is_saved()
    {
        await using (var db = _database.NewContext())
        {
            var ticket = await db.TicketTypes.SingleAsync();
            for (var i = 0; i < 3; i++)
            {
                db.Registrations.Add(TestData.Registration(_program.Event, ticket, $"p{i}@test.example"));
            }
            await db.SaveChangesAsync();
            await db.Events.ExecuteUpdateAsync(e => e.SetProperty(x => x.ConfirmedCount, 3));
        }

        var below = await _conferences.Editing.SaveAsync(_program.Event.Id, await DetailsAsync() with { Capacity = 2, NameFr = "Ne doit pas rester" });
        var equal = await _conferences.Editing.SaveAsync(_program.Event.Id, await DetailsAsync() with { Capacity = 3 });

        var error = Assert.IsType<ValidationError>(below.Error);
        Assert.Equal(("Capacity", "Conference.CapacityBelowConfirmed", 3), (error.Field, error.Code, error.Arguments[0]));
        Assert.True(equal.Succeeded, equal.Error?.Code);
        await using var check = _database.NewContext();
        var stored = await check.Events.SingleAsync();
        Assert.Equal((3, "Conférence"), (stored.Capacity, stored.NameFr));
    }

    [Fact]
    public async Task Another_conferences_short_name_is_refused()
    {
        Assert.True((await _conferences.Creation.CreateAsync(TestConferences.Details("autre-2027"))).Succeeded);

        var result = await _conferences.Editing.SaveAsync(_program.Event.Id, await DetailsAsync() with { Slug = "autre-2027" });

        Assert.Equal("Conference.SlugTaken", result.Error?.Code);
    }

    private async Task<ConferenceDetails> DetailsAsync() =>
        (await _conferences.Editing.GetAsync(_program.Event.Id))!.Details with { ContactEmail = "info@test.example" };

    private async Task AssertDaysAsync(params (DateOnly Date, TimeOnly Opens, TimeOnly Closes)[] expected)
    {
        await using var db = _database.NewContext();
        var days = await db.Set<EventDay>().AsNoTracking().Where(d => d.EventId == _program.Event.Id).OrderBy(d => d.Date).ToListAsync();
        Assert.Equal(expected, days.Select(d => (d.Date, d.OpensAt, d.ClosesAt)));
    }
}
