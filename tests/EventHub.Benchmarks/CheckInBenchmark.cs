using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Demo;
using EventHub.Core.Features.Devices;
using EventHub.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Benchmarks;

/// <summary>
/// Checks in the 1,600 demo badges through POST /api/checkin from N clients, each with its own
/// device token, against a Release server on 127.0.0.1 with SQLite at synchronous=FULL; prints
/// throughput, latency percentiles, errors and double counts.
/// </summary>
internal static class CheckInBenchmark
{
    public static async Task<int> RunAsync(int clientCount)
    {
        await using var database = await BenchmarkDatabase.CreateAsync();
        var (folder, factory) = (database.Folder, database.Factory);
        await new DemoSeeder(factory, TimeProvider.System).SeedAsync();
        var devices = new DeviceTokens(factory, TimeProvider.System);
        var tokens = new List<string>();
        for (var i = 1; i <= clientCount; i++)
        {
            tokens.Add((await devices.IssueAsync($"Lecteur {i}")).Value!.Token);
        }
        List<string> codes;
        await using (var db = factory.CreateDbContext())
        {
            codes = await db.Registrations.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.BadgeCode).ToListAsync();
            // Only the demo conference's badges are measured (read before the warm-up event is added).
        }
        var warmUpCodes = await WarmUpEventAsync(factory);

        await using var server = await ServerProcess.StartAsync(folder, new Dictionary<string, string>
        {
            ["RateLimits__Scans__Burst"] = "100000",
            ["RateLimits__Scans__PerSecond"] = "100000",
        });
        var clients = tokens.Select(token =>
        {
            var client = new HttpClient { BaseAddress = server.Address };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }).ToList();

        // Warm-up on a separate event, so that the JIT's optimized code, the connection pool and SQLite's page cache
        // are ready before the clock starts: its badges are checked in, then scanned again, then unknown codes are tried.
        await Task.WhenAll(clients.Select((c, index) => Task.Run(async () =>
        {
            for (var round = 0; round < 16; round++)
            {
                for (var n = index; n < warmUpCodes.Count; n += clients.Count)
                {
                    await c.PostAsJsonAsync("/api/checkin", new { code = warmUpCodes[n], checkpoint = WarmUpDoor });
                    await c.PostAsJsonAsync("/api/checkin", new { code = SecureTokens.NewBadgeCode(), checkpoint = WarmUpDoor });
                }
            }
            await c.GetAsync("/api/checkin/search?q=trem");
        })));
        // Let the runtime finish compiling the hot methods in the background (tiered compilation) before measuring.
        await Task.Delay(TimeSpan.FromSeconds(3));

        var serverCpu = server.CpuTime;
        var latencies = new Latencies();
        var errors = 0;
        var checkedIn = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select((client, index) => Task.Run(async () =>
        {
            for (var n = index; n < codes.Count; n += clients.Count)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var response = await client.PostAsJsonAsync("/api/checkin", new { code = codes[n], checkpoint = n % 2 == 0 ? "Porte A" : "Porte B" });
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    latencies.Add(Stopwatch.GetElapsedTime(started));
                    if (response.IsSuccessStatusCode && body.GetProperty("result").GetString() == "checked_in")
                    {
                        Interlocked.Increment(ref checkedIn);
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        clock.Stop();
        serverCpu = server.CpuTime - serverCpu;

        await using var check = factory.CreateDbContext();
        var rows = await check.CheckIns.CountAsync(c => c.UndoneAt == null);
        var people = await check.CheckIns.Where(c => c.UndoneAt == null).Select(c => c.RegistrationId).Distinct().CountAsync();
        var synchronous = await database.SynchronousAsync();

        Console.WriteLine($"Check-in benchmark: {codes.Count:N0} badges, {clients.Count} clients, SQLite synchronous={synchronous} (new connections)");
        Console.WriteLine($"  throughput {codes.Count / clock.Elapsed.TotalSeconds:N0} check-ins/s over {clock.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"  latency    {latencies.Summary()}");
        Console.WriteLine($"  server CPU {serverCpu.TotalMilliseconds / codes.Count:F2} ms per check-in");
        Console.WriteLine($"  checked_in {checkedIn:N0}, errors {errors:N0}, double counts {rows - people:N0}");
        return errors == 0 && rows == people && checkedIn == codes.Count ? 0 : 1;
    }

    private const string WarmUpDoor = "Échauffement";

    /// <summary>A second, small event whose badges are used only to warm the server up.</summary>
    private static async Task<List<string>> WarmUpEventAsync(IDbContextFactory<EventHubDbContext> factory)
    {
        await using var db = factory.CreateDbContext();
        var warmUp = new Event("bench-warm-up", "Échauffement", "Warm-up", "—", "America/Toronto", 1_000);
        db.Events.Add(warmUp);
        await db.SaveChangesAsync();
        var ticket = new TicketType(warmUp.Id, "Échauffement", "Warm-up", 1_000, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(1));
        db.TicketTypes.Add(ticket);
        db.Checkpoints.Add(new Checkpoint(warmUp.Id, WarmUpDoor, CheckpointKind.Door));
        await db.SaveChangesAsync();
        var now = DateTime.UtcNow;
        var registrations = Enumerable.Range(1, 800).Select(i =>
        {
            var registration = new Registration(warmUp.Id, ticket.Id,
                new AttendeeDetails("Échauffement", $"N{i}", $"warm-up-{i}@bench.example", null, null, "fr"),
                SecureTokens.NewBadgeCode(), SecureTokens.Hash(SecureTokens.NewToken()), now, now);
            registration.Confirm(now);
            return registration;
        }).ToList();
        db.Registrations.AddRange(registrations);
        await db.SaveChangesAsync();
        return registrations.Select(r => r.BadgeCode).ToList();
    }
}
