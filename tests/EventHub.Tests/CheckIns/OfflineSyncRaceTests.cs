using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Devices;
using EventHub.Testing;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.CheckIns;

/// <summary>
/// Doors coming back online while others scan live: two EventHub instances on one real SQLite file (each with its own
/// scan writer, so only the database's unique index stands between them), live scans at one and synced batches at the
/// other, for the same badges, all at once.
/// </summary>
public abstract class OfflineSyncRaceTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : OfflineSyncRaceTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : OfflineSyncRaceTests(DatabaseProvider.PostgreSql);

    private AppDatabase _database = null!;
    private const int Badges = 120;
    private readonly string _folder = Directory.CreateTempSubdirectory("eventhub-offline-race-").FullName;
    private static readonly DateTime Now = new(2027, 4, 27, 13, 0, 0, DateTimeKind.Utc);
    private EventHubApp _live = null!;
    private EventHubApp _sync = null!;
    private List<Registration> _people = null!;

    public async Task InitializeAsync()
    {
        _database = await AppDatabase.CreateAsync(provider);
        var limits = _database.With(new Dictionary<string, string> { ["RateLimits:Scans:Burst"] = "10000", ["RateLimits:Scans:PerSecond"] = "10000" });
        _live = new EventHubApp(dataFolder: _folder, settings: limits, time: new FakeTimeProvider(Now));
        // The first instance creates the database; the second finds it.
        _ = _live.Services;
        _sync = new EventHubApp(dataFolder: _folder, settings: limits, time: new FakeTimeProvider(Now));
        _ = _sync.Services;
        await using var db = await _live.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db, quota: Badges);
        _people = Enumerable.Range(0, Badges).Select(i => TestData.Registration(conference, ticket, $"personne{i}@test.example")).ToList();
        db.AddRange(_people);
        db.AddRange(new Checkpoint(conference.Id, "Porte A", CheckpointKind.Door), new Checkpoint(conference.Id, "Porte B", CheckpointKind.Door));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _sync.DisposeAsync();
        await _live.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
        await _database.DisposeAsync();
    }

    private static async Task<HttpClient> DeviceAsync(EventHubApp app, string name)
    {
        var issued = (await app.Services.GetRequiredService<DeviceTokens>().IssueAsync(name)).Value!;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);
        return client;
    }

    [Fact]
    public async Task Live_scans_and_synced_batches_for_the_same_badges_at_once_give_exactly_one_check_in_per_badge()
    {
        var live = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => DeviceAsync(_live, $"Porte A {i}")));
        var offline = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => DeviceAsync(_sync, $"Porte B {i}")));

        // Four live doors each scan every badge, in their own order; two offline doors each send every badge in one batch.
        var results = await AllAtOnce.RunAsync(live.Length + offline.Length, async i =>
        {
            if (i < live.Length)
            {
                var answers = new List<(string Code, string Result)>();
                foreach (var person in _people.Skip(i * Badges / live.Length).Concat(_people.Take(i * Badges / live.Length)))
                {
                    var response = await live[i].PostAsJsonAsync("/api/checkin", new { code = person.BadgeCode, checkpoint = "Porte A" });
                    answers.Add((person.BadgeCode, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result").GetString()!));
                }
                return answers;
            }
            var device = offline[i - live.Length];
            var items = _people.Select((p, n) => new { scanId = Guid.NewGuid(), code = p.BadgeCode, scannedAt = Now.AddMinutes(-30).AddSeconds(n) }).ToList();
            var batch = await device.PostAsJsonAsync("/api/checkin/batch", new { checkpoint = "Porte B", items });
            batch.EnsureSuccessStatusCode();
            var outcomes = (await batch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(a => a.GetProperty("result").GetString()!);
            return items.Zip(outcomes, (item, result) => (Code: item.code, Result: result)).ToList();
        });

        var byBadge = results.SelectMany(r => r).GroupBy(r => r.Code).ToList();
        Assert.Equal(Badges, byBadge.Count);
        Assert.All(byBadge, scans =>
        {
            Assert.Equal(6, scans.Count());
            Assert.Single(scans, s => s.Result == "checked_in");
            Assert.All(scans, s => Assert.Contains(s.Result, new[] { "checked_in", "already_checked_in", "offline_duplicate" }));
        });
        await using var db = await _live.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var ids = _people.Select(p => p.Id).ToList();
        Assert.Equal(Badges, await db.CheckIns.CountAsync(c => ids.Contains(c.RegistrationId) && c.UndoneAt == null));
        Assert.Equal(Badges, await db.CheckIns.Where(c => ids.Contains(c.RegistrationId)).Select(c => c.RegistrationId).Distinct().CountAsync());
        // Every scan is on record once, whichever instance wrote it and however often it was replayed.
        Assert.Equal(6 * Badges, await db.CheckInAttempts.CountAsync(a => a.RegistrationId != null && ids.Contains(a.RegistrationId.Value)));
    }
}
