using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Devices;

public sealed record IssuedDevice(int Id, string Name, string Token);

public sealed record DeviceSummary(int Id, string Name, DateTime CreatedAt, DateTime? RevokedAt);

public sealed record AuthenticatedDevice(int Id, string Name);

/// <summary>
/// Scanner devices and their bearer tokens. A token is shown once; only its SHA-256 is stored.
/// Every scan authenticates its device, so known tokens are remembered for <see cref="CacheFor"/>;
/// a revocation forgets them at once, here and, through the backplane, on the other instances
/// (without one, another instance forgets within that delay).
/// </summary>
public sealed class DeviceTokens(IDbContextFactory<EventHubDbContext> factory, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (AuthenticatedDevice Device, DateTime Until)> _known = new();

    public async Task<Result<IssuedDevice>> IssueAsync(string name, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            return new ValidationError("Name", "Devices.InvalidName");
        }
        var token = SecureTokens.NewToken();
        var device = new Device(name, SecureTokens.Hash(token), time.GetUtcNow().UtcDateTime);
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Devices.Add(device);
        await db.SaveChangesAsync(ct);
        return new IssuedDevice(device.Id, device.Name, token);
    }

    public async Task<IReadOnlyList<DeviceSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Devices.AsNoTracking().OrderBy(d => d.RevokedAt != null).ThenBy(d => d.Name)
            .Select(d => new DeviceSummary(d.Id, d.Name, d.CreatedAt, d.RevokedAt))
            .ToListAsync(ct);
    }

    public async Task<bool> RevokeAsync(int id, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var revoked = await db.Devices.Where(d => d.Id == id && d.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.RevokedAt, now), ct) == 1;
        Forget();
        return revoked;
    }

    /// <summary>Raised when the remembered tokens are dropped (for the instances' backplane).</summary>
    public event Action? Forgotten;

    /// <summary>Drops the remembered tokens: the next scan of each device reads it again.</summary>
    public void Forget()
    {
        _known.Clear();
        Forgotten?.Invoke();
    }

    /// <summary>The active device holding <paramref name="token"/>, or null for an unknown or revoked token.</summary>
    public async Task<AuthenticatedDevice?> AuthenticateAsync(string token, CancellationToken ct = default)
    {
        var hash = SecureTokens.Hash(token);
        var now = time.GetUtcNow().UtcDateTime;
        if (_known.TryGetValue(hash, out var known) && known.Until > now)
        {
            return known.Device;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var device = await db.Devices.AsNoTracking()
            .Where(d => d.TokenHash == hash && d.RevokedAt == null)
            .Select(d => new AuthenticatedDevice(d.Id, d.Name))
            .FirstOrDefaultAsync(ct);
        if (device is null)
        {
            _known.TryRemove(hash, out _);
        }
        else
        {
            _known[hash] = (device, now + CacheFor);
        }
        return device;
    }
}
