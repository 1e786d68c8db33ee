using System.Threading.Channels;
using EventHub.Core.Domain;

namespace EventHub.Core.Features.CheckIns;

/// <summary>A scan that changed or tried to change the arrivals, announced after its commit.</summary>
public sealed record CheckInNotice(int CheckpointId, CheckInOutcome Outcome, DateTime At);

/// <summary>
/// Tells live views (the dashboard) about check-ins. The in-process feed serves one instance;
/// several instances use the Redis backplane behind the same interface (EventHub.Web's RedisCheckInFeed).
/// </summary>
public interface ICheckInFeed
{
    /// <summary>Never blocks and never throws: the scan that publishes must not wait for its viewers.</summary>
    void Publish(CheckInNotice notice);

    IDisposable Subscribe(Func<CheckInNotice, Task> handler);
}

/// <summary>Delivers notices on a background loop, off the request path of the scan.</summary>
public sealed class InProcessCheckInFeed : ICheckInFeed, IDisposable
{
    private readonly Channel<CheckInNotice> _channel = Channel.CreateUnbounded<CheckInNotice>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _lock = new();
    private readonly Task _loop;
    private ImmutableHandlers _handlers = new([]);

    public InProcessCheckInFeed() => _loop = Task.Run(DeliverAsync);

    public void Publish(CheckInNotice notice) => _channel.Writer.TryWrite(notice);

    public IDisposable Subscribe(Func<CheckInNotice, Task> handler)
    {
        lock (_lock)
        {
            _handlers = new([.. _handlers.List, handler]);
        }
        return new Subscription(() =>
        {
            lock (_lock)
            {
                _handlers = new(_handlers.List.Where(h => h != handler).ToArray());
            }
        });
    }

    private async Task DeliverAsync()
    {
        await foreach (var notice in _channel.Reader.ReadAllAsync())
        {
            foreach (var handler in _handlers.List)
            {
                try
                {
                    await handler(notice);
                }
                catch (Exception)
                {
                    // A viewer that fails (a closed circuit) must not stop the others from hearing.
                }
            }
        }
    }

    public void Dispose()
    {
        _channel.Writer.TryComplete();
        _loop.Wait(TimeSpan.FromSeconds(2));
    }

    private sealed record ImmutableHandlers(Func<CheckInNotice, Task>[] List);

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
