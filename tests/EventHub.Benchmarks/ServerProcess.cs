using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EventHub.Benchmarks;

/// <summary>The EventHub web app built in Release beside this program, started as its own process on 127.0.0.1.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>
    /// Waits until the server has been quiet for a whole second (under 2% of one core), so that the runtime has
    /// finished compiling hot methods in the background (tiered compilation) before a measurement starts.
    /// </summary>
    public async Task WaitUntilQuietAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        var before = CpuTime;
        while (deadline.Elapsed < timeout)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = CpuTime;
            if (now - before < TimeSpan.FromMilliseconds(20))
            {
                return;
            }
            before = now;
        }
    }

    /// <summary>CPU time the server has used so far, to divide by the work it did.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<ServerProcess> StartAsync(string dataFolder, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "EventHub.Web.dll"), "--urls", address.ToString()])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["EventHub__DataFolder"] = dataFolder;
        start.Environment["ConnectionStrings__EventHub"] = $"Data Source={Path.Combine(dataFolder, "eventhub.db")}";
        start.Environment["Bootstrap__OrganizerPassword"] = "Benchmark-" + Guid.NewGuid().ToString("N");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var name in new[] { "DOTNET_PerfMapEnabled", "DOTNET_EnableWriteXorExecute", "DOTNET_TieredCompilation", "DOTNET_TieredPGO", "DOTNET_gcServer", "DOTNET_GCgen0size" })
        {
            // Runtime switches for profiling the server, passed through when set on the benchmark.
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        // The host says when it listens: wait for that line rather than knocking on /health.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Application started", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[server] {e.Data}"); };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The server exited with code {process.ExitCode}."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The server did not start within 60 s.");
        }
        using var http = new HttpClient { BaseAddress = address };
        (await http.GetAsync("/health")).EnsureSuccessStatusCode();
        return new ServerProcess(process, address);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
