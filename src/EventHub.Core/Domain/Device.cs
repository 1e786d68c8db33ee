namespace EventHub.Core.Domain;

/// <summary>A named scanner that calls the check-in API with a bearer token; only the token's hash is kept.</summary>
public sealed class Device
{
    private Device() { }

    public Device(string name, string tokenHash, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        TokenHash = tokenHash;
        CreatedAt = createdAtUtc;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public void Revoke(DateTime utcNow) => RevokedAt ??= utcNow;
}
