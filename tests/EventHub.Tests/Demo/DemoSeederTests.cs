using System.Diagnostics;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Demo;
using EventHub.Core.Features.Events;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace EventHub.Tests.Demo;

public abstract class DemoSeederTests(ITestOutputHelper output, DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite(ITestOutputHelper output) : DemoSeederTests(output, DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql(ITestOutputHelper output) : DemoSeederTests(output, DatabaseProvider.PostgreSql);

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private DemoSeeder NewSeeder() =>
        new(_database.Factory, TimeProvider.System, new ConferenceDirectory(_database.Factory, new WriteGate(_database.Settings), TimeProvider.System));

    [Fact]
    public async Task Seeds_the_conference_once_within_a_minute()
    {
        var clock = Stopwatch.StartNew();
        Assert.True(await NewSeeder().SeedAsync());
        output.WriteLine($"Demo seed: {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1));

        var before = await SnapshotAsync();
        Assert.False(await NewSeeder().SeedAsync());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Has_1600_confirmed_attendees_with_unique_badge_codes()
    {
        await NewSeeder().SeedAsync();
        await using var db = _database.NewContext();

        var jiq = await db.Events.SingleAsync(e => e.Slug == DemoSeeder.Slug);
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.EventId == jiq.Id).ToListAsync();

        Assert.Equal(1_600, registrations.Count);
        Assert.All(registrations, r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
        Assert.Equal(1_600, registrations.Select(r => r.BadgeCode).Distinct().Count());
        Assert.Equal(1_600, registrations.Select(r => r.NormalizedEmail).Distinct().Count());
        Assert.All(registrations, r => Assert.EndsWith(".example", r.Email));
        Assert.True(registrations.Select(r => r.LastName).Distinct().Count() > 40);
    }

    [Fact]
    public async Task Quotas_sum_to_the_capacity_and_one_ticket_type_is_full()
    {
        await NewSeeder().SeedAsync();
        await using var db = _database.NewContext();

        var conference = await db.Events.SingleAsync(e => e.Slug == DemoSeeder.Slug);
        var tickets = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == conference.Id).ToListAsync();
        var confirmedPerType = await db.Registrations.Where(r => r.EventId == conference.Id).GroupBy(r => r.TicketTypeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);

        Assert.Equal(1_700, conference.Capacity);
        Assert.Equal(1_600, conference.ConfirmedCount);
        Assert.Equal(conference.Capacity, tickets.Sum(t => t.Quota));
        Assert.All(tickets, t => Assert.Equal(confirmedPerType[t.Id], t.Sold));
        Assert.Single(tickets, t => t.Sold == t.Quota);
        Assert.Equal(2, await db.EventDays.CountAsync(e => e.EventId == conference.Id));
    }

    [Fact]
    public async Task The_program_is_placed_without_conflicts()
    {
        await NewSeeder().SeedAsync();
        await using var db = _database.NewContext();
        var conference = await db.Events.Include(e => e.Days).SingleAsync(e => e.Slug == DemoSeeder.Slug);
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EventId == conference.Id).ToDictionaryAsync(r => r.Id);
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Speakers).Where(s => s.EventId == conference.Id).ToListAsync();

        Assert.Equal(8, rooms.Count);
        Assert.InRange(await db.Tracks.CountAsync(t => t.EventId == conference.Id), 3, 4);
        Assert.Equal(30, await db.Speakers.CountAsync(s => s.EventId == conference.Id));
        Assert.InRange(sessions.Count, 30, 40);
        Assert.Contains(sessions, s => s.Kind == SessionKind.Keynote);
        Assert.Contains(sessions, s => s.Kind == SessionKind.Workshop && s.SeatLimit is not null);
        Assert.All(sessions, s => Assert.True(s.IsScheduled && s.Status == SessionStatus.Published));

        foreach (var session in sessions)
        {
            var start = conference.ToLocal(session.StartsAt!.Value);
            var end = conference.ToLocal(session.EndsAt!.Value);
            var day = Assert.Single(conference.Days, d => d.Date == DateOnly.FromDateTime(start));
            Assert.InRange(TimeOnly.FromDateTime(start), day.OpensAt, day.ClosesAt);
            Assert.InRange(TimeOnly.FromDateTime(end), day.OpensAt, day.ClosesAt);
            Assert.True(session.SeatLimit is null || session.SeatLimit <= rooms[session.RoomId!.Value].Seats);
        }
        var overlapping = from a in sessions
                          from b in sessions
                          where a.Id < b.Id && a.StartsAt < b.EndsAt && b.StartsAt < a.EndsAt
                          select (a, b);
        foreach (var (a, b) in overlapping)
        {
            Assert.NotEqual(a.RoomId, b.RoomId);
            Assert.Empty(a.Speakers.Select(s => s.SpeakerId).Intersect(b.Speakers.Select(s => s.SpeakerId)));
        }
    }

    [Fact]
    public async Task Last_years_edition_is_an_archive_with_its_program_and_anonymous_arrivals_and_the_JIQ_is_current()
    {
        await NewSeeder().SeedAsync();
        await using var db = _database.NewContext();
        var past = await db.Events.AsNoTracking().Include(e => e.Days).SingleAsync(e => e.Slug == "jiq-2026");
        var jiq = await db.Events.AsNoTracking().SingleAsync(e => e.Slug == DemoSeeder.Slug);

        Assert.True(jiq.IsCurrent);
        Assert.False(past.IsCurrent);
        Assert.Equal([new DateOnly(2026, 4, 28), new DateOnly(2026, 4, 29)], past.Days.Select(d => d.Date).Order());
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == past.Id).ToListAsync();
        Assert.InRange(sessions.Count, 30, 40);
        Assert.All(sessions, s => Assert.True(s.IsScheduled && s.Status == SessionStatus.Published));
        Assert.All(sessions, s => Assert.Equal(2026, past.ToLocal(s.StartsAt!.Value).Year));
        Assert.Equal(30, await db.Speakers.CountAsync(s => s.EventId == past.Id));

        // What a purge leaves: statuses and ticket types, not a name, an address, a link's owner or a need.
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.EventId == past.Id).ToListAsync();
        Assert.Equal(past.ConfirmedCount, registrations.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(1_420, past.ConfirmedCount);
        Assert.All(registrations, r =>
        {
            Assert.Equal(("", "", "", null, null, null, null), (r.FirstName, r.LastName, r.Email, r.NormalizedEmail, r.Organization, r.JobTitle, r.Needs));
            Assert.NotNull(r.ErasedAt);
        });
        var arrivals = await db.CheckIns.AsNoTracking().Where(c => db.Registrations.Any(r => r.Id == c.RegistrationId && r.EventId == past.Id)).ToListAsync();
        Assert.Equal(1_288, arrivals.Count);
        Assert.Equal(arrivals.Count, arrivals.Select(a => a.RegistrationId).Distinct().Count());
        var doors = await db.Checkpoints.AsNoTracking().Where(c => c.EventId == past.Id).Select(c => c.Id).ToListAsync();
        Assert.All(arrivals, a => Assert.Contains(a.CheckpointId, doors));
        Assert.All(arrivals, a => Assert.Equal(new DateOnly(2026, 4, 28), DateOnly.FromDateTime(past.ToLocal(a.CheckedInAt))));
        Assert.False((await db.Devices.SingleAsync()).IsActive);
        Assert.Equal(0, await db.OutboxMessages.CountAsync(m => db.Registrations.Any(r => r.Id == m.RegistrationId && r.EventId == past.Id)));
    }

    [Fact]
    public async Task A_database_seeded_before_the_past_edition_existed_gets_it_and_nothing_else()
    {
        await NewSeeder().SeedAsync();
        await using (var db = _database.NewContext())
        {
            var past = await db.Events.SingleAsync(e => e.Slug == "jiq-2026");
            await db.CheckIns.ExecuteDeleteAsync();
            await db.Devices.ExecuteDeleteAsync();
            await db.Sessions.Where(s => s.EventId == past.Id).ExecuteDeleteAsync();
            await db.Registrations.Where(r => r.EventId == past.Id).ExecuteDeleteAsync();
            db.Events.Remove(past);
            await db.SaveChangesAsync();
            await db.Events.ExecuteUpdateAsync(e => e.SetProperty(x => x.IsCurrent, false));
        }
        var jiqBefore = await JiqSnapshotAsync();

        Assert.True(await NewSeeder().SeedAsync());

        Assert.Equal(jiqBefore, await JiqSnapshotAsync());
        await using var check = _database.NewContext();
        Assert.Equal(["jiq-2026", DemoSeeder.Slug], await check.Events.OrderBy(e => e.Slug).Select(e => e.Slug).ToListAsync());
        Assert.Equal(DemoSeeder.Slug, (await check.Events.SingleAsync(e => e.IsCurrent)).Slug);
        Assert.False(await NewSeeder().SeedAsync());
    }

    private async Task<string> JiqSnapshotAsync()
    {
        await using var db = _database.NewContext();
        var id = await db.Events.Where(e => e.Slug == DemoSeeder.Slug).Select(e => e.Id).SingleAsync();
        return string.Join("|", await db.Rooms.CountAsync(r => r.EventId == id), await db.Speakers.CountAsync(s => s.EventId == id),
            await db.Sessions.CountAsync(s => s.EventId == id), await db.Registrations.CountAsync(r => r.EventId == id));
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = _database.NewContext();
        return string.Join("|",
            await db.Events.CountAsync(), await db.Rooms.CountAsync(), await db.Speakers.CountAsync(),
            await db.Sessions.CountAsync(), await db.TicketTypes.SumAsync(t => t.Sold), await db.Registrations.CountAsync(),
            await db.Checkpoints.CountAsync(), await db.CheckIns.CountAsync(), await db.Devices.CountAsync(),
            await db.Events.CountAsync(e => e.IsCurrent));
    }
}
