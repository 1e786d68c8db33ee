using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Demo;
using EventHub.Core.Features.Events;
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
    public static async Task<int> RunAsync(DatabaseProvider provider, int clientCount, int rounds)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(provider);
        var (folder, factory) = (database.Folder, database.Factory);
        await new DemoSeeder(factory, TimeProvider.System,
            new ConferenceDirectory(factory, new WriteGate(database.Settings), TimeProvider.System)).SeedAsync();
        var devices = new DeviceTokens(factory, TimeProvider.System);
        var tokens = new List<string>();
        for (var i = 1; i <= clientCount; i++)
        {
            tokens.Add((await devices.IssueAsync($"Lecteur {i}")).Value!.Token);
        }
        List<string> codes;
        int demoEventId;
        await using (var db = factory.CreateDbContext())
        {
            demoEventId = await db.Events.Where(e => e.Slug == DemoSeeder.Slug).Select(e => e.Id).SingleAsync();
            codes = await db.Registrations.Where(r => r.EventId == demoEventId && r.Status == RegistrationStatus.Confirmed).Select(r => r.BadgeCode).ToListAsync();
            // Only the demo conference's badges are measured (read before the warm-up event is added).
        }
        var warmUpCodes = await WarmUpEventAsync(factory);

        await using var server = await ServerProcess.StartAsync(folder, database.ServerSettings(new Dictionary<string, string>
        {
            ["RateLimits__Scans__Burst"] = "100000",
            ["RateLimits__Scans__PerSecond"] = "100000",
        }));
        var clients = tokens.Select(token =>
        {
            var client = new HttpClient { BaseAddress = server.Address };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }).ToList();

        // Warm-up on a separate event, through the very code that is measured (the client's JIT counts too), so that
        // optimized code, the connection pools and SQLite's page cache are ready before the clock starts. Every badge
        // is checked in once, as in the measured run, and unknown and repeated codes are tried in between.
        var warmUp = await ScanAllAsync(clients, warmUpCodes, _ => WarmUpDoor);
        await ScanAllAsync(clients, warmUpCodes.Take(1_600).Concat(Enumerable.Range(0, 1_600).Select(_ => SecureTokens.NewBadgeCode())).ToList(), _ => WarmUpDoor);
        await Task.WhenAll(clients.Select(c => c.GetAsync("/api/checkin/search?q=trem")));
        await server.WaitUntilQuietAsync(TimeSpan.FromSeconds(30));

        // The door opens several times (check-ins are cleared in between), so that the percentiles rest on more than
        // one short burst; each round and the whole are reported.
        var durability = await database.DurabilityAsync();
        Console.WriteLine($"Check-in benchmark: {codes.Count:N0} badges, {clients.Count} clients, {rounds} rounds, {durability}");
        Console.WriteLine($"  warm-up    {warmUp.CheckedIn:N0} other badges checked in at {warmUp.PerSecond:N0}/s, then repeated and unknown codes");
        var all = new Latencies();
        var (elapsed, serverCpu, clientCpu, failures, doubleCounts) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, 0, 0);
        for (var round = 1; round <= rounds; round++)
        {
            var server0 = server.CpuTime;
            var client0 = Process.GetCurrentProcess().TotalProcessorTime;
            var run = await ScanAllAsync(clients, codes, n => n % 2 == 0 ? "Porte A" : "Porte B");
            serverCpu += server.CpuTime - server0;
            clientCpu += Process.GetCurrentProcess().TotalProcessorTime - client0;
            elapsed += run.Elapsed;
            all.Add(run.Latencies);

            await using var check = factory.CreateDbContext();
            var live = check.CheckIns.Where(c => c.UndoneAt == null && check.Registrations.Any(r => r.Id == c.RegistrationId && r.EventId == demoEventId));
            var rows = await live.CountAsync();
            var people = await live.Select(c => c.RegistrationId).Distinct().CountAsync();
            failures += run.Errors + (codes.Count - run.CheckedIn) + (rows == codes.Count ? 0 : 1);
            doubleCounts += rows - people;
            Console.WriteLine($"  round {round}    {run.PerSecond:N0} check-ins/s, {run.Latencies.Summary()}; checked_in {run.CheckedIn:N0}, errors {run.Errors:N0}, double counts {rows - people:N0}");
            await live.ExecuteDeleteAsync();
            await server.WaitUntilQuietAsync(TimeSpan.FromSeconds(10));
        }
        var scans = codes.Count * rounds;
        Console.WriteLine($"  throughput {scans / elapsed.TotalSeconds:N0} check-ins/s over {elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"  latency    {all.Summary()}");
        Console.WriteLine($"  server CPU {serverCpu.TotalMilliseconds / scans:F2} ms per check-in (the clients: {clientCpu.TotalMilliseconds / scans:F2} ms)");
        Console.WriteLine($"  errors {failures:N0}, double counts {doubleCounts:N0}");
        return failures == 0 && warmUp.Errors == 0 && doubleCounts == 0 ? 0 : 1;
    }

    private sealed record Run(ClosedLoop.Outcome Load, int CheckedIn)
    {
        public TimeSpan Elapsed => Load.Elapsed;
        public Latencies Latencies => Load.Latencies;
        public int Errors => Load.Errors;
        public double PerSecond => Load.PerSecond;
    }

    /// <summary>Each client scans every N-th code in turn, as a door does, and waits for each answer before the next.</summary>
    private static async Task<Run> ScanAllAsync(List<HttpClient> clients, List<string> codes, Func<int, string> checkpoint)
    {
        var checkedIn = 0;
        var load = await ClosedLoop.RunAsync(clients, codes.Count, async (client, n) =>
        {
            using var response = await client.PostAsJsonAsync("/api/checkin", new { code = codes[n], checkpoint = checkpoint(n) });
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (response.IsSuccessStatusCode && body.GetProperty("result").GetString() == "checked_in")
            {
                Interlocked.Increment(ref checkedIn);
            }
            return response.IsSuccessStatusCode;
        });
        return new Run(load, checkedIn);
    }

    private const string WarmUpDoor = "Échauffement";

    private const int WarmUpBadges = 8_000;

    /// <summary>A second event whose badges are used only to warm the server up.</summary>
    private static async Task<List<string>> WarmUpEventAsync(IDbContextFactory<EventHubDbContext> factory)
    {
        await using var db = factory.CreateDbContext();
        var warmUp = new Event("bench-warm-up", "Échauffement", "Warm-up", "—", "America/Toronto", WarmUpBadges);
        db.Events.Add(warmUp);
        await db.SaveChangesAsync();
        var ticket = new TicketType(warmUp.Id, "Échauffement", "Warm-up", WarmUpBadges, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(1));
        db.TicketTypes.Add(ticket);
        db.Checkpoints.Add(new Checkpoint(warmUp.Id, WarmUpDoor, CheckpointKind.Door));
        await db.SaveChangesAsync();
        var now = DateTime.UtcNow;
        var registrations = BenchmarkPeople.Confirmed(warmUp.Id, ticket.Id, WarmUpBadges, "Échauffement", "warm-up", now);
        db.Registrations.AddRange(registrations);
        await db.SaveChangesAsync();
        return registrations.Select(r => r.BadgeCode).ToList();
    }
}
