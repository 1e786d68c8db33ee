using System.Diagnostics;

namespace EventHub.Benchmarks;

/// <summary>
/// A closed-loop load, as people at forms or doors make it: each client sends every N-th request in
/// turn and waits for the answer before sending the next. Each request's latency is recorded; one
/// that answers false or fails to reach the server counts as an error.
/// </summary>
internal static class ClosedLoop
{
    public sealed record Outcome(TimeSpan Elapsed, Latencies Latencies, int Errors, int Requests)
    {
        public double PerSecond => Requests / Elapsed.TotalSeconds;
    }

    public static async Task<Outcome> RunAsync<TClient>(IReadOnlyList<TClient> clients, int requests, Func<TClient, int, Task<bool>> send)
    {
        var latencies = new Latencies();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select((client, index) => Task.Run(async () =>
        {
            for (var n = index; n < requests; n += clients.Count)
            {
                var started = Stopwatch.GetTimestamp();
                bool answered;
                try
                {
                    answered = await send(client, n);
                }
                catch (HttpRequestException)
                {
                    answered = false;
                }
                latencies.Add(Stopwatch.GetElapsedTime(started));
                if (!answered)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        return new Outcome(clock.Elapsed, latencies, errors, requests);
    }
}
