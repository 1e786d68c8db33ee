using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.CheckIns;

/// <summary>A door or room to choose at the check-in page; the conference is named when the installation runs several.</summary>
public sealed record CheckpointChoice(int Id, string Name, CheckpointKind Kind, int EventId, LocalizedText Conference);

/// <summary>
/// The doors and rooms where people are checked in, as the check-in page and the scanners name them.
/// They change rarely and every scan needs them, so they are kept in memory and read again every
/// <see cref="CacheFor"/>, or at once after an organizer changes them.
/// </summary>
public sealed class CheckpointDirectory(IDbContextFactory<EventHubDbContext> factory, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private volatile CheckpointCache? _checkpoints;

    /// <summary>
    /// The checkpoints door staff can choose: those of conferences not yet over (an archive's doors are closed).
    /// A day of margin keeps the last evening open whatever the venue's time zone.
    /// </summary>
    public async Task<IReadOnlyList<CheckpointChoice>> CheckpointsAsync(CancellationToken ct = default) =>
        Open(await CachedAsync(ct)).Select(c => new CheckpointChoice(c.Id, c.Name, c.Kind, c.EventId, c.Conference)).ToList();

    /// <summary>
    /// A checkpoint named by its id or its name (case-insensitive), as scanners send it. A name that several
    /// editions share means the open conference's checkpoint.
    /// </summary>
    public async Task<int?> ResolveCheckpointAsync(string idOrName, CancellationToken ct = default)
    {
        var checkpoints = await CachedAsync(ct);
        if (int.TryParse(idOrName, out var id) && checkpoints.Any(c => c.Id == id))
        {
            return id;
        }
        var named = checkpoints.Where(c => string.Equals(c.Name, idOrName.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return (Open(named).FirstOrDefault() ?? named.FirstOrDefault())?.Id;
    }

    private IEnumerable<CheckpointInfo> Open(IEnumerable<CheckpointInfo> checkpoints)
    {
        var yesterday = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1);
        return checkpoints.Where(c => c.LastDay is null || c.LastDay >= yesterday);
    }

    /// <summary>Drops the cached doors and rooms after an organizer changes them.</summary>
    public void ForgetCheckpoints()
    {
        _checkpoints = null;
        CheckpointsForgotten?.Invoke();
    }

    /// <summary>Raised when the cached doors and rooms are dropped (for the instances' backplane).</summary>
    public event Action? CheckpointsForgotten;

    /// <summary>The conference a checkpoint belongs to, which decides whose badges and names it sees.</summary>
    public async Task<int?> EventOfAsync(int checkpointId, CancellationToken ct = default) =>
        (await FindAsync(checkpointId, ct))?.EventId;

    internal async Task<CheckpointInfo?> FindAsync(int checkpointId, CancellationToken ct) =>
        (await CachedAsync(ct)).FirstOrDefault(c => c.Id == checkpointId);

    private async Task<IReadOnlyList<CheckpointInfo>> CachedAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (_checkpoints is { } cached && cached.Until > now)
        {
            return cached.Checkpoints;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var checkpoints = await db.Checkpoints.AsNoTracking()
            .OrderBy(c => c.Kind).ThenBy(c => c.Name)
            .Select(c => new CheckpointInfo(c.Id, c.EventId, c.Name, c.Kind, c.RoomId,
                db.Events.Where(e => e.Id == c.EventId).Select(e => new LocalizedText(e.NameFr, e.NameEn)).First(),
                db.EventDays.Where(d => d.EventId == c.EventId).Max(d => (DateOnly?)d.Date),
                db.EventDays.Where(d => d.EventId == c.EventId).Min(d => (DateOnly?)d.Date)))
            .ToListAsync(ct);
        _checkpoints = new CheckpointCache(checkpoints, now + CacheFor);
        return checkpoints;
    }

    private sealed record CheckpointCache(IReadOnlyList<CheckpointInfo> Checkpoints, DateTime Until);
}

internal sealed record CheckpointInfo(int Id, int EventId, string Name, CheckpointKind Kind, int? RoomId, LocalizedText Conference, DateOnly? LastDay, DateOnly? FirstDay);
