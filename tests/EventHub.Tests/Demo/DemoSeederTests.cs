using System.Diagnostics;
using EventHub.Core.Domain;
using EventHub.Core.Features.Demo;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace EventHub.Tests.Demo;

public sealed class DemoSeederTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private DemoSeeder NewSeeder() => new(_database.Factory, TimeProvider.System);

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

        var registrations = await db.Registrations.AsNoTracking().ToListAsync();

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

        var conference = await db.Events.SingleAsync();
        var tickets = await db.TicketTypes.AsNoTracking().ToListAsync();
        var confirmedPerType = await db.Registrations.GroupBy(r => r.TicketTypeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);

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
        var conference = await db.Events.Include(e => e.Days).SingleAsync();
        var rooms = await db.Rooms.AsNoTracking().ToDictionaryAsync(r => r.Id);
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Speakers).ToListAsync();

        Assert.Equal(8, rooms.Count);
        Assert.InRange(await db.Tracks.CountAsync(), 3, 4);
        Assert.Equal(30, await db.Speakers.CountAsync());
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

    private async Task<string> SnapshotAsync()
    {
        await using var db = _database.NewContext();
        return string.Join("|",
            await db.Events.CountAsync(), await db.Rooms.CountAsync(), await db.Speakers.CountAsync(),
            await db.Sessions.CountAsync(), await db.TicketTypes.SumAsync(t => t.Sold), await db.Registrations.CountAsync(),
            await db.Checkpoints.CountAsync());
    }
}
