using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.CheckIns;

public sealed record CheckInBucket(DateTime Start, int Count);

public sealed record CheckpointCheckIns(int CheckpointId, string Name, IReadOnlyList<CheckInBucket> Buckets);

public sealed record RecentCheckIn(string FirstName, string LastName, string Checkpoint, DateTime At);

public sealed record RoomOccupancy(string Checkpoint, LocalizedText? Session, int Present, int Seats);

public sealed record DashboardSnapshot(
    int CheckedIn,
    int Confirmed,
    int Waitlisted,
    IReadOnlyList<CheckpointCheckIns> PerCheckpoint,
    IReadOnlyList<RecentCheckIn> Latest,
    IReadOnlyList<RoomOccupancy> Rooms,
    int OfflineDuplicates = 0);

/// <summary>
/// What the organizers' live dashboard shows: check-ins (the "arrivals" it names) against confirmed seats, the waitlist, check-ins per door and
/// per minute over the last hour, the latest check-ins, how full each session room is, and the people let in offline at a second door
/// (<see cref="CheckInOutcome.OfflineDuplicate"/>). Every open dashboard
/// (on every instance, with the backplane) redraws after a scan; they share one snapshot, rebuilt after each
/// scan this instance hears of, or when it is older than <see cref="SharedFor"/>.
/// </summary>
public sealed class CheckInDashboard : IDisposable
{
    public static readonly TimeSpan BucketSize = TimeSpan.FromMinutes(1);
    public const int Buckets = 60;

    /// <summary>How long a snapshot serves every dashboard when no scan happens (registrations are not pushed).</summary>
    public static readonly TimeSpan SharedFor = TimeSpan.FromSeconds(1);

    private readonly IDbContextFactory<EventHubDbContext> _factory;
    private readonly TimeProvider _time;
    private readonly IDisposable _subscription;
    private readonly Lock _lock = new();
    private long _scans;
    private readonly Dictionary<int, Shared> _shared = [];

    public CheckInDashboard(IDbContextFactory<EventHubDbContext> factory, TimeProvider time, ICheckInFeed feed)
    {
        (_factory, _time) = (factory, time);
        // Subscribed before any dashboard page is, so a scan counts here before the pages redraw.
        _subscription = feed.Subscribe(_ =>
        {
            Interlocked.Increment(ref _scans);
            return Task.CompletedTask;
        });
    }

    /// <summary>A conference's dashboard; every viewer of the same conference shares one snapshot.</summary>
    public Task<DashboardSnapshot> GetAsync(int eventId)
    {
        lock (_lock)
        {
            var scans = Interlocked.Read(ref _scans);
            if (_shared.TryGetValue(eventId, out var shared) && shared.Scans == scans && _time.GetElapsedTime(shared.At) < SharedFor
                && shared.Snapshot is { IsFaulted: false, IsCanceled: false })
            {
                return shared.Snapshot;
            }
            var snapshot = BuildAsync(eventId);
            _shared[eventId] = new Shared(scans, _time.GetTimestamp(), snapshot);
            return snapshot;
        }
    }

    public void Dispose() => _subscription.Dispose();

    private sealed record Shared(long Scans, long At, Task<DashboardSnapshot> Snapshot);

    private async Task<DashboardSnapshot> BuildAsync(int eventId)
    {
        // Shared by every dashboard, so no one viewer's leaving may cancel it.
        var ct = CancellationToken.None;
        await Task.Yield();
        var now = _time.GetUtcNow().UtcDateTime;
        var lastBucket = new DateTime(now.Ticks - now.Ticks % BucketSize.Ticks, DateTimeKind.Utc);
        var since = lastBucket - BucketSize * (Buckets - 1);
        await using var db = await _factory.CreateDbContextAsync(ct);

        var registrations = await db.Events.Where(e => e.Id == eventId)
            .Select(e => new { e.ConfirmedCount, Waitlisted = db.Registrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted) })
            .FirstOrDefaultAsync(ct);
        var ofEvent = db.CheckIns.AsNoTracking().Where(c => db.Checkpoints.Any(p => p.Id == c.CheckpointId && p.EventId == eventId));
        var checkedIn = await ofEvent.CountAsync(c => c.UndoneAt == null && c.AttendanceKey == CheckIn.EventAttendance, ct);
        var offlineDuplicates = await db.CheckInAttempts.AsNoTracking()
            .CountAsync(a => a.Outcome == CheckInOutcome.OfflineDuplicate && db.Checkpoints.Any(p => p.Id == a.CheckpointId && p.EventId == eventId), ct);
        var checkpoints = await db.Checkpoints.AsNoTracking().Where(c => c.EventId == eventId).OrderBy(c => c.Kind).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Kind, c.RoomId, Seats = db.Rooms.Where(r => r.Id == c.RoomId).Select(r => (int?)r.Seats).FirstOrDefault() })
            .ToListAsync(ct);
        var recent = await ofEvent
            .Where(c => c.UndoneAt == null && c.CheckedInAt >= since)
            .Select(c => new { c.CheckpointId, c.CheckedInAt })
            .ToListAsync(ct);
        var latest = await ofEvent
            .Where(c => c.UndoneAt == null)
            .OrderByDescending(c => c.CheckedInAt).ThenByDescending(c => c.Id)
            .Take(10)
            .Join(db.Registrations, c => c.RegistrationId, r => r.Id, (c, r) => new { c, r })
            .Join(db.Checkpoints, x => x.c.CheckpointId, p => p.Id, (x, p) => new RecentCheckIn(x.r.FirstName, x.r.LastName, p.Name, x.c.CheckedInAt))
            .ToListAsync(ct);
        var sessionsNow = await db.Sessions.AsNoTracking()
            .Where(s => s.EventId == eventId && s.RoomId != null && s.StartsAt <= now + CheckInDesk.SessionCheckInLead && s.EndsAt > now)
            .Select(s => new { s.Id, RoomId = s.RoomId!.Value, s.TitleFr, s.TitleEn, s.SeatLimit })
            .ToListAsync(ct);
        var sessionKeys = sessionsNow.Select(s => CheckIn.SessionAttendance(s.Id)).ToList();
        var present = await ofEvent
            .Where(c => c.UndoneAt == null && sessionKeys.Contains(c.AttendanceKey))
            .GroupBy(c => c.AttendanceKey)
            .Select(g => new { Key = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var perCheckpoint = checkpoints.Where(c => c.Kind == CheckpointKind.Door).Select(c => new CheckpointCheckIns(c.Id, c.Name,
            Enumerable.Range(0, Buckets).Select(i =>
            {
                var start = since + BucketSize * i;
                var end = start + BucketSize;
                return new CheckInBucket(start, recent.Count(a => a.CheckpointId == c.Id && a.CheckedInAt >= start && a.CheckedInAt < end));
            }).ToList())).ToList();
        var rooms = checkpoints.Where(c => c.Kind == CheckpointKind.SessionRoom).Select(c =>
        {
            var session = sessionsNow.FirstOrDefault(s => s.RoomId == c.RoomId);
            var count = session is null ? 0 : present.GetValueOrDefault(CheckIn.SessionAttendance(session.Id));
            return new RoomOccupancy(c.Name, session is null ? null : new LocalizedText(session.TitleFr, session.TitleEn), count, session?.SeatLimit ?? c.Seats ?? 0);
        }).ToList();
        return new DashboardSnapshot(checkedIn, registrations?.ConfirmedCount ?? 0, registrations?.Waitlisted ?? 0, perCheckpoint, latest, rooms, offlineDuplicates);
    }
}
