using System.Diagnostics;

namespace EventHub.Tests.Infrastructure;

/// <summary>
/// A real redis-server (Debian's, installed by tests/run.sh) on a free loopback port, with nothing
/// saved to disk; started for a test and stopped after it.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port) => (_process, Port) = (process, port);

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string ("Backplane:Redis").</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var port = EventHubApp.FreeLoopbackPort();
        var process = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "notice"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                // Keep draining its output, so a chatty server never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync();
                return new RedisServer(process, port);
            }
        }
        throw new InvalidOperationException("redis-server stopped before it accepted connections.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
