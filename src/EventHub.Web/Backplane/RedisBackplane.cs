using EventHub.Web.Features.CheckIns;
using EventHub.Core.Features.CheckIns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace EventHub.Web.Backplane;

/// <summary>"Backplane" in the configuration: the Redis server that several EventHub instances share.</summary>
public sealed class BackplaneOptions
{
    /// <summary>A StackExchange.Redis configuration string ("redis.example:6379,password=…"); empty for a single instance.</summary>
    public string Redis { get; set; } = "";

    /// <summary>Prefix of the channels, so that two conferences can share one Redis server.</summary>
    public string Channel { get; set; } = "eventhub";
}

/// <summary>
/// Several EventHub instances against one database keep each other current through Redis pub/sub:
/// check-ins reach every instance's dashboards (<see cref="RedisCheckInFeed"/>), and what one
/// instance changes in the program, the scanner devices or the checkpoints, the others drop from
/// their caches at once (<see cref="PeerCacheRelay"/>). Without "Backplane:Redis" nothing changes:
/// one instance needs no one to tell.
/// </summary>
public static class RedisBackplane
{
    public static IServiceCollection AddRedisBackplane(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Backplane").Get<BackplaneOptions>() ?? new BackplaneOptions();
        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            return services;
        }
        services.AddSingleton(options);
        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var redis = ConfigurationOptions.Parse(options.Redis);
            // An instance starts, and keeps serving, while Redis is away; it reconnects by itself.
            redis.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(redis);
        });
        services.Replace(ServiceDescriptor.Singleton<ICheckInFeed, RedisCheckInFeed>());
        services.AddHostedService<PeerCacheRelay>();
        return services;
    }

    internal static RedisChannel ChannelFor(BackplaneOptions options, string topic) => RedisChannel.Literal($"{options.Channel}:{topic}");

    /// <summary>Says <paramref name="message"/> on a channel without waiting; false when Redis cannot take it now.</summary>
    internal static bool TryPublish(IConnectionMultiplexer redis, RedisChannel channel, RedisValue message, ILogger logger)
    {
        if (!redis.IsConnected)
        {
            return false;
        }
        try
        {
            redis.GetSubscriber().Publish(channel, message, CommandFlags.FireAndForget);
            return true;
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "The backplane did not take a message on {Channel}.", channel.ToString());
            return false;
        }
    }

    /// <summary>
    /// Listens on a channel: at once when Redis is there, so that nothing said after this returns is
    /// missed; otherwise as soon as it comes back, without holding up the instance's start.
    /// </summary>
    internal static void Subscribe(IConnectionMultiplexer redis, RedisChannel channel, Action<RedisValue> handler, ILogger logger)
    {
        var subscriber = redis.GetSubscriber();
        if (redis.IsConnected)
        {
            subscriber.Subscribe(channel, (_, message) => handler(message));
            return;
        }
        logger.LogWarning("The backplane's Redis server is not reachable yet; this instance listens once it is.");
        subscriber.SubscribeAsync(channel, (_, message) => handler(message)).ContinueWith(
            failed => logger.LogError(failed.Exception, "The backplane could not listen on {Channel}.", channel.ToString()),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }
}
