using Bunit;
using EventHub.Core.Domain;
using EventHub.Core.Features.CheckIns;
using EventHub.Tests.Infrastructure;
using EventHub.Web.Features.CheckIns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.CheckIns;

/// <summary>Registrations are not pushed to the dashboard like scans are: it reloads them every 15 seconds by itself.</summary>
public sealed class DashboardRefreshTests : IAsyncLifetime
{
    private readonly BunitContext _context = ComponentTestContext.Create();
    private readonly WatchedClock _time = new(TestData.Now);
    private readonly InProcessCheckInFeed _feed = new();
    private TestDatabase _database = null!;
    private Event _event = null!;
    private TicketType _ticket = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _context.WithConferences(_database);
        await using (var db = _database.NewContext())
        {
            (_event, _ticket) = await TestData.EventWithTicketAsync(db);
        }
        await AddConfirmedAsync("premiere@test.example");
        _context.Services.AddSingleton<TimeProvider>(_time);
        _context.Services.AddSingleton<ICheckInFeed>(_feed);
        _context.Services.AddSingleton(new CheckInDashboard(_database.Factory, _time, _feed));
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _feed.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_new_registration_shows_after_fifteen_seconds_without_a_reload_and_not_before()
    {
        var page = _context.Render<DashboardPage>();
        // The first snapshot is read off the render thread.
        Assert.Equal("0 / 1", page.WaitForElement("[data-testid=checked-in]", TimeSpan.FromSeconds(10)).TextContent.Trim());
        await AddConfirmedAsync("deuxieme@test.example");
        // The clock moves only once the page's refresh timer is running on it.
        await _time.RepeatingTimerStarted.WaitAsync(TimeSpan.FromSeconds(10));

        _time.Advance(TimeSpan.FromSeconds(14.5));
        // The timer has not fired, so the page has had no reason to reload (nothing was scanned).
        Assert.Equal(0, _time.Ticks);
        Assert.Equal("0 / 1", page.Find("[data-testid=checked-in]").TextContent.Trim());

        _time.Advance(TimeSpan.FromSeconds(1.5));
        page.WaitForAssertion(() => Assert.Equal("0 / 2", page.Find("[data-testid=checked-in]").TextContent.Trim()), TimeSpan.FromSeconds(5));
        Assert.Contains("2 confirmées", page.Find("[data-testid=registrations]").TextContent);
    }

    [Fact]
    public async Task People_let_in_offline_at_a_second_door_are_counted_in_words()
    {
        var page = _context.Render<DashboardPage>();
        page.WaitForElement("[data-testid=checked-in]", TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=offline-duplicates]"));
        await using (var db = _database.NewContext())
        {
            var door = new Checkpoint(_event.Id, "Porte B", CheckpointKind.Door);
            var device = new Device("Porte B hors ligne", "hash", TestData.Now);
            db.AddRange(door, device);
            await db.SaveChangesAsync();
            var someone = await db.Registrations.Select(r => r.Id).FirstAsync();
            db.CheckInAttempts.AddRange(
                new CheckInAttempt(door.Id, null, device.Id, someone, CheckInOutcome.OfflineDuplicate, TestData.Now, Guid.NewGuid()),
                new CheckInAttempt(door.Id, null, device.Id, someone, CheckInOutcome.OfflineDuplicate, TestData.Now, Guid.NewGuid()));
            await db.SaveChangesAsync();
        }

        // A synced batch announces itself like a scan.
        _feed.Publish(new CheckInNotice(0, CheckInOutcome.OfflineDuplicate, TestData.Now));

        page.WaitForAssertion(() => Assert.Equal("⚠ 2 entrées hors ligne en double", page.Find("[data-testid=offline-duplicates]").TextContent.Trim()), TimeSpan.FromSeconds(5));
    }

    /// <summary>A confirmed registration with its seat counted, as registering stores it.</summary>
    private async Task AddConfirmedAsync(string email)
    {
        await using var db = _database.NewContext();
        db.Registrations.Add(TestData.Registration(_event, _ticket, email));
        await db.SaveChangesAsync();
        await db.Events.Where(e => e.Id == _event.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ConfirmedCount, e => e.ConfirmedCount + 1));
    }

    /// <summary>A fake clock that says when a repeating timer has been started on it, and how often its timers fired.</summary>
    private sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private readonly TaskCompletionSource _repeatingTimerStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _ticks;

        public Task RepeatingTimerStarted => _repeatingTimerStarted.Task;

        public int Ticks => Volatile.Read(ref _ticks);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(s =>
            {
                Interlocked.Increment(ref _ticks);
                callback(s);
            }, state, dueTime, period);
            if (period != Timeout.InfiniteTimeSpan)
            {
                _repeatingTimerStarted.TrySetResult();
            }
            return timer;
        }
    }
}
