using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Devices;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Benchmarks;

/// <summary>
/// The network comes back after an outage (issue 14): ten doors each send the 160 scans they queued, all at once, to
/// POST /api/checkin/batch, while six other doors keep scanning live through POST /api/checkin. Prints the time until
/// every queue is answered and the live scans' latency during the sync, against a Release server on 127.0.0.1 with
/// SQLite at synchronous=FULL. The conference is held today, so that the scans' times fall within its days.
/// </summary>
internal static class SyncBenchmark
{
    private const int OfflineDoors = 10;
    private const int QueuedPerDoor = 160;
    private const int LiveDoors = 6;
    private const int LiveBadges = 1_600;
    private const int WarmUpBadges = 400;

    public static async Task<int> RunAsync(DatabaseProvider provider, int rounds)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(provider);
        var factory = database.Factory;
        var (queued, live, warmUp) = await ConferenceTodayAsync(factory);
        var devices = new DeviceTokens(factory, TimeProvider.System);
        var tokens = new List<string>();
        for (var i = 1; i <= OfflineDoors + LiveDoors; i++)
        {
            tokens.Add((await devices.IssueAsync($"Porte {i}")).Value!.Token);
        }
        await using var server = await ServerProcess.StartAsync(database.Folder, database.ServerSettings(new Dictionary<string, string>
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
        var (offlineClients, liveClients) = (clients.Take(OfflineDoors).ToList(), clients.Skip(OfflineDoors).ToList());

        // Warm-up through the same two endpoints, on badges of their own.
        await SyncAsync(offlineClients.Take(2).ToList(), warmUp.Take(WarmUpBadges / 2).ToList());
        await Task.WhenAll(liveClients.Select((c, i) => ScanAsync(c, warmUp[WarmUpBadges / 2 + i], "Porte L")));
        await server.WaitUntilQuietAsync(TimeSpan.FromSeconds(30));

        Console.WriteLine($"Sync benchmark: {OfflineDoors} doors send {QueuedPerDoor} queued scans each at once while {LiveDoors} doors scan live, " +
            $"{rounds} rounds, {await database.DurabilityAsync()}");
        var failures = 0;
        for (var round = 1; round <= rounds; round++)
        {
            var during = new Latencies();
            var liveErrors = 0;
            var syncing = new CancellationTokenSource();
            var next = -1;
            // The live doors scan until the sync is over (once every live badge is in, they scan repeats, as doors do).
            var liveLoad = liveClients.Select(client => Task.Run(async () =>
            {
                while (!syncing.IsCancellationRequested)
                {
                    var code = live[Interlocked.Increment(ref next) % live.Count];
                    var started = Stopwatch.GetTimestamp();
                    var ok = await ScanAsync(client, code, "Porte L");
                    if (!syncing.IsCancellationRequested)
                    {
                        during.Add(Stopwatch.GetElapsedTime(started));
                        if (!ok)
                        {
                            Interlocked.Increment(ref liveErrors);
                        }
                    }
                }
            })).ToList();
            var (elapsed, recorded, refused) = await SyncAsync(offlineClients, queued);
            syncing.Cancel();
            await Task.WhenAll(liveLoad);

            await using var check = factory.CreateDbContext();
            var ids = check.Registrations.Where(r => queued.Contains(r.BadgeCode)).Select(r => r.Id);
            var rows = await check.CheckIns.CountAsync(c => c.UndoneAt == null && ids.Contains(c.RegistrationId));
            var people = await check.CheckIns.Where(c => c.UndoneAt == null && ids.Contains(c.RegistrationId)).Select(c => c.RegistrationId).Distinct().CountAsync();
            var ok = recorded == queued.Count && refused == 0 && rows == queued.Count && people == rows && liveErrors == 0;
            failures += ok ? 0 : 1;
            Console.WriteLine($"  round {round}    {queued.Count:N0} queued scans answered in {elapsed.TotalSeconds:F2} s ({recorded:N0} checked in, {refused:N0} refused); " +
                $"live during the sync: {during.Count:N0} scans, {during.Summary()}, errors {liveErrors}; double counts {rows - people}");
            // The next round starts from empty doors again (its scans get new ids).
            await check.CheckIns.Where(c => ids.Contains(c.RegistrationId) || check.Registrations.Any(r => r.Id == c.RegistrationId && live.Contains(r.BadgeCode))).ExecuteDeleteAsync();
            await server.WaitUntilQuietAsync(TimeSpan.FromSeconds(10));
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Each offline door sends its share of <paramref name="codes"/> in one batch, all doors at once.</summary>
    private static async Task<(TimeSpan Elapsed, int CheckedIn, int Refused)> SyncAsync(List<HttpClient> doors, List<string> codes)
    {
        var scannedAt = DateTimeOffset.UtcNow.AddMinutes(-20);
        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(doors.Select((door, d) => Task.Run(async () =>
        {
            var items = codes.Where((_, n) => n % doors.Count == d)
                .Select((code, n) => new { scanId = Guid.NewGuid(), code, scannedAt = scannedAt.AddSeconds(n * 7) }).ToList();
            using var response = await door.PostAsJsonAsync("/api/checkin/batch", new { checkpoint = $"Porte {d + 1}", items });
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("result").GetString()).ToList();
        })));
        var elapsed = clock.Elapsed;
        var results = answers.SelectMany(a => a).ToList();
        return (elapsed, results.Count(r => r == "checked_in"), results.Count(r => r == "refused"));
    }

    private static async Task<bool> ScanAsync(HttpClient client, string code, string checkpoint)
    {
        try
        {
            using var response = await client.PostAsJsonAsync("/api/checkin", new { code, checkpoint });
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>A conference held today, its doors, and its badges: those queued offline, those scanned live, those of the warm-up.</summary>
    private static async Task<(List<string> Queued, List<string> Live, List<string> WarmUp)> ConferenceTodayAsync(IDbContextFactory<EventHubDbContext> factory)
    {
        await using var db = factory.CreateDbContext();
        var now = DateTime.UtcNow;
        var badges = OfflineDoors * QueuedPerDoor + LiveBadges + WarmUpBadges;
        var conference = new Event("bench-sync", "Synchronisation", "Sync", "—", "America/Toronto", badges);
        conference.AddDay(DateOnly.FromDateTime(now), new TimeOnly(0, 0), new TimeOnly(23, 59));
        db.Events.Add(conference);
        await db.SaveChangesAsync();
        var ticket = new TicketType(conference.Id, "Régulier", "Regular", badges, now.AddDays(-1), now.AddDays(1));
        db.TicketTypes.Add(ticket);
        db.Checkpoints.AddRange(Enumerable.Range(1, OfflineDoors).Select(i => new Checkpoint(conference.Id, $"Porte {i}", CheckpointKind.Door))
            .Append(new Checkpoint(conference.Id, "Porte L", CheckpointKind.Door)));
        await db.SaveChangesAsync();
        var registrations = BenchmarkPeople.Confirmed(conference.Id, ticket.Id, badges, "Personne", "sync", now);
        db.Registrations.AddRange(registrations);
        await db.SaveChangesAsync();
        var codes = registrations.Select(r => r.BadgeCode).ToList();
        var queued = OfflineDoors * QueuedPerDoor;
        return (codes[..queued], codes[queued..(queued + LiveBadges)], codes[(queued + LiveBadges)..]);
    }
}
