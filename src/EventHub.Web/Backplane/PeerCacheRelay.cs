using EventHub.Core.Features.CheckIns;
using EventHub.Core.Features.Devices;
using EventHub.Core.Features.Events;
using EventHub.Core.Features.Program;
using StackExchange.Redis;

namespace EventHub.Web.Backplane;

/// <summary>
/// Carries cache drops between instances. When this instance drops the published program, the known
/// device tokens, the checkpoints or the conferences' addresses (after a write), it says so on Redis; when another instance says
/// so, this one drops the same cache, so a revoked scanner is refused everywhere at once and an edit
/// to the program shows on every instance's /agenda. A drop made because a peer asked is not repeated
/// back to the others. Drops said while Redis was away are lost, so when it comes back every cache is
/// dropped, here and on the others.
/// </summary>
public sealed class PeerCacheRelay(
    IConnectionMultiplexer redis, BackplaneOptions options, PublishedProgram program, DeviceTokens devices, CheckpointDirectory checkpoints,
    ConferenceDirectory conferences, ILogger<PeerCacheRelay> logger) : IHostedService
{
    private const string Program = "program";
    private const string Devices = "devices";
    private const string Checkpoints = "checkpoints";
    private const string Conferences = "conferences";

    /// <summary>Set while a peer's drop is applied: the events it raises are not announced again.</summary>
    [ThreadStatic]
    private static bool s_applyingPeerDrop;

    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly RedisChannel _channel = RedisBackplane.ChannelFor(options, "caches");
    public Task StartAsync(CancellationToken cancellationToken)
    {
        RedisBackplane.Subscribe(redis, _channel, message => Apply(message.ToString()), logger);
        program.Changed += AnnounceProgram;
        devices.Forgotten += AnnounceDevices;
        checkpoints.CheckpointsForgotten += AnnounceCheckpoints;
        conferences.Changed += AnnounceConferences;
        redis.ConnectionRestored += DropEverything;
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        program.Changed -= AnnounceProgram;
        devices.Forgotten -= AnnounceDevices;
        checkpoints.CheckpointsForgotten -= AnnounceCheckpoints;
        conferences.Changed -= AnnounceConferences;
        redis.ConnectionRestored -= DropEverything;
        // Not waited for: a server that is away must not hold up the instance's shutdown.
        await redis.GetSubscriber().UnsubscribeAsync(_channel, flags: CommandFlags.FireAndForget);
    }

    private void AnnounceProgram() => Announce(Program);

    private void AnnounceDevices() => Announce(Devices);

    private void AnnounceCheckpoints() => Announce(Checkpoints);

    private void AnnounceConferences() => Announce(Conferences);

    private void Announce(string cache)
    {
        if (!s_applyingPeerDrop)
        {
            RedisBackplane.TryPublish(redis, _channel, $"{_instance}|{cache}", logger);
        }
    }

    private void DropEverything(object? sender, ConnectionFailedEventArgs e)
    {
        foreach (var cache in new[] { Program, Devices, Checkpoints, Conferences })
        {
            Drop(cache);
            Announce(cache);
        }
    }

    private void Apply(string message)
    {
        var parts = message.Split('|');
        if (parts.Length == 2 && parts[0] != _instance)
        {
            Drop(parts[1]);
        }
    }

    /// <summary>Drops one cache here without announcing it.</summary>
    private void Drop(string cache)
    {
        s_applyingPeerDrop = true;
        try
        {
            switch (cache)
            {
                case Program:
                    program.Invalidate();
                    break;
                case Devices:
                    devices.Forget();
                    break;
                case Checkpoints:
                    checkpoints.ForgetCheckpoints();
                    break;
                case Conferences:
                    // Which conference is current, and the short names: the public pages' cache follows (ProgramPageCache).
                    conferences.Forget();
                    break;
            }
        }
        finally
        {
            s_applyingPeerDrop = false;
        }
    }
}
