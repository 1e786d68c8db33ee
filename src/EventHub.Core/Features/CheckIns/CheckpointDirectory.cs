using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.CheckIns;

public sealed record CheckpointChoice(int Id, string Name, CheckpointKind Kind);

/// <summary>
/// The doors and rooms where people are checked in, as the check-in page and the scanners name them.
/// They change rarely and every scan needs them, so they are kept in memory and read again every
/// <see cref="CacheFor"/>, or at once after an organizer changes them.
/// </summary>
public sealed class CheckpointDirectory(IDbContextFactory<EventHubDbContext> factory, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private volatile CheckpointCache? _checkpoints;

    public async Task<IReadOnlyList<CheckpointChoice>> CheckpointsAsync(CancellationToken ct = default) =>
        (await CachedAsync(ct)).Select(c => new CheckpointChoice(c.Id, c.Name, c.Kind)).ToList();

    /// <summary>A checkpoint named by its id or its name (case-insensitive), as scanners send it.</summary>
    public async Task<int?> ResolveCheckpointAsync(string idOrName, CancellationToken ct = default)
    {
        var checkpoints = await CachedAsync(ct);
        return int.TryParse(idOrName, out var id) && checkpoints.Any(c => c.Id == id)
            ? id
            : checkpoints.FirstOrDefault(c => string.Equals(c.Name, idOrName.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
    }

    /// <summary>Drops the cached doors and rooms after an organizer changes them.</summary>
    public void ForgetCheckpoints()
    {
        _checkpoints = null;
        CheckpointsForgotten?.Invoke();
    }

    /// <summary>Raised when the cached doors and rooms are dropped (for the instances' backplane).</summary>
    public event Action? CheckpointsForgotten;

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
            .Select(c => new CheckpointInfo(c.Id, c.EventId, c.Name, c.Kind, c.RoomId))
            .ToListAsync(ct);
        _checkpoints = new CheckpointCache(checkpoints, now + CacheFor);
        return checkpoints;
    }

    private sealed record CheckpointCache(IReadOnlyList<CheckpointInfo> Checkpoints, DateTime Until);
}

internal sealed record CheckpointInfo(int Id, int EventId, string Name, CheckpointKind Kind, int? RoomId);
