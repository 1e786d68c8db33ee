using System.Text.Json;
using EventHub.Core.Features.CheckIns;
using EventHub.Web.Backplane;
using StackExchange.Redis;

namespace EventHub.Web.Features.CheckIns;

/// <summary>
/// The check-in feed shared by every instance: a scan is published on Redis, and each instance hands
/// what it hears (its own scans included) to its dashboards through an in-process feed. While Redis
/// is away, scans go on and this instance's dashboards still hear them; the others catch up on their
/// periodic refresh.
/// </summary>
public sealed class RedisCheckInFeed : ICheckInFeed, IDisposable
{
    private readonly InProcessCheckInFeed _local = new();
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisChannel _channel;
    private readonly ILogger<RedisCheckInFeed> _logger;

    public RedisCheckInFeed(IConnectionMultiplexer redis, BackplaneOptions options, ILogger<RedisCheckInFeed> logger)
    {
        (_redis, _logger) = (redis, logger);
        _channel = RedisBackplane.ChannelFor(options, "checkins");
        RedisBackplane.Subscribe(redis, _channel, message =>
        {
            if (Read(message) is { } notice)
            {
                _local.Publish(notice);
            }
        }, logger);
    }

    public void Publish(CheckInNotice notice)
    {
        if (!RedisBackplane.TryPublish(_redis, _channel, JsonSerializer.Serialize(notice), _logger))
        {
            // Heard here at once; the other instances catch up on their dashboards' periodic refresh.
            _local.Publish(notice);
        }
    }

    public IDisposable Subscribe(Func<CheckInNotice, Task> handler) => _local.Subscribe(handler);

    private static CheckInNotice? Read(RedisValue message)
    {
        try
        {
            return message.HasValue ? JsonSerializer.Deserialize<CheckInNotice>(message.ToString()) : null;
        }
        catch (JsonException)
        {
            // Not ours (another program on the channel): ignored.
            return null;
        }
    }

    public void Dispose()
    {
        // Not waited for: a server that is away must not hold up the instance's shutdown.
        _redis.GetSubscriber().Unsubscribe(_channel, flags: CommandFlags.FireAndForget);
        _local.Dispose();
    }
}
