using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.CheckIns;
using EventHub.Core.Features.Demo;
using EventHub.Core.Features.Devices;
using EventHub.Testing;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.CheckIns;

/// <summary>POST /api/checkin/batch on a real Kestrel and a real SQLite file, with the demo conference, during its first day.</summary>
public abstract class CheckInBatchApiTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : CheckInBatchApiTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : CheckInBatchApiTests(DatabaseProvider.PostgreSql);

    private AppDatabase _database = null!;
    // The demo's first day, 9 h 30 in Québec.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 4, 27, 13, 30, 0, TimeSpan.Zero));
    private EventHubApp _app = null!;
    private Uri _baseUrl = null!;

    public async Task InitializeAsync()
    {
        _database = await AppDatabase.CreateAsync(provider);
        _app = new EventHubApp(settings: _database.With([]), time: _time);
        _baseUrl = _app.StartOnLoopback();
        await _app.Services.GetRequiredService<DemoSeeder>().SeedAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    private async Task<(HttpClient Client, int Id)> DeviceAsync(string name)
    {
        var issued = (await _app.Services.GetRequiredService<DeviceTokens>().IssueAsync(name)).Value!;
        var client = new HttpClient { BaseAddress = _baseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);
        return (client, issued.Id);
    }

    private EventHubDbContext NewContext() => _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContext();

    private async Task<List<Registration>> ConfirmedAsync(int count)
    {
        await using var db = NewContext();
        return await db.Registrations.Where(r => r.Status == RegistrationStatus.Confirmed && db.Events.Any(e => e.Id == r.EventId && e.Slug == DemoSeeder.Slug))
            .OrderBy(r => r.Id).Take(count).ToListAsync();
    }

    private static object Item(string code, DateTime scannedAt, Guid? scanId = null) =>
        new { scanId = scanId ?? Guid.NewGuid(), code = BadgeCodes.QrPayload(code), scannedAt = new DateTimeOffset(scannedAt, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(-4)) };

    private static async Task<List<JsonElement>> PostAsync(HttpClient client, string checkpoint, params object[] items)
    {
        var response = await client.PostAsJsonAsync("/api/checkin/batch", new { checkpoint, items });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("@", body);
        return JsonSerializer.Deserialize<JsonElement>(body).GetProperty("items").EnumerateArray().ToList();
    }

    private static string? Text(JsonElement item, string property) => item.TryGetProperty(property, out var value) ? value.GetString() : null;

    [Fact]
    public async Task The_same_batch_posted_twice_records_nothing_twice()
    {
        var people = await ConfirmedAsync(3);
        var (device, _) = await DeviceAsync("Porte A hors ligne");
        var items = people.Select((p, i) => Item(p.BadgeCode, Now.AddMinutes(-10 + i))).ToArray();

        var first = await PostAsync(device, "Porte A", items);
        var second = await PostAsync(device, "Porte A", items);

        Assert.All(first, i => Assert.Equal("checked_in", Text(i, "result")));
        Assert.All(first, i => Assert.False(i.TryGetProperty("alreadyRecorded", out _)));
        Assert.All(second, i => Assert.Equal("checked_in", Text(i, "result")));
        Assert.All(second, i => Assert.True(i.GetProperty("alreadyRecorded").GetBoolean()));
        Assert.Equal(people[0].FirstName, Text(second[0], "firstName"));
        await using var db = NewContext();
        var ids = people.Select(p => p.Id).ToList();
        Assert.Equal(3, await db.CheckIns.CountAsync(c => ids.Contains(c.RegistrationId)));
        Assert.Equal(3, await db.CheckInAttempts.CountAsync(a => a.RegistrationId != null && ids.Contains(a.RegistrationId.Value)));
        // The arrival is the device's time of scan; the row's change is the server's time of recording.
        var checkIn = await db.CheckIns.SingleAsync(c => c.RegistrationId == people[0].Id);
        Assert.Equal(Now.AddMinutes(-10), checkIn.CheckedInAt);
        Assert.Equal(Now, checkIn.ChangedAt);
    }

    [Fact]
    public async Task A_malformed_item_is_refused_with_its_reason_and_the_rest_is_recorded()
    {
        var people = await ConfirmedAsync(7);
        var (device, deviceId) = await DeviceAsync("Porte B hors ligne");

        var answers = await PostAsync(device, "Porte B",
            Item(people[0].BadgeCode, Now.AddMinutes(-3)),
            new { code = people[1].BadgeCode, scannedAt = Now },
            new { scanId = "pas-un-uuid", code = people[2].BadgeCode, scannedAt = Now },
            new { scanId = Guid.NewGuid(), scannedAt = Now },
            new { scanId = Guid.NewGuid(), code = people[3].BadgeCode, scannedAt = "hier matin" },
            Item(people[4].BadgeCode, Now.AddHours(1)),
            Item(people[5].BadgeCode, new DateTime(2026, 12, 2, 15, 0, 0, DateTimeKind.Utc)),
            "EH1-rien",
            Item("PAS-UN-PORTE-NOM", Now.AddMinutes(-2)),
            Item(people[6].BadgeCode, Now.AddMinutes(-1)));

        Assert.Equal(Enumerable.Range(0, 10), answers.Select(a => a.GetProperty("index").GetInt32()));
        Assert.Equal(
            ["checked_in", "refused", "refused", "refused", "refused", "refused", "refused", "refused", "invalid", "checked_in"],
            answers.Select(a => Text(a, "result")));
        Assert.Equal(
            [null, "scan_id_missing_or_not_a_uuid", "scan_id_missing_or_not_a_uuid", "code_missing", "scanned_at_missing_or_not_a_date",
                OfflineScanResult.InTheFuture, OfflineScanResult.OutsideConference, "not_an_object", "unknown", null],
            answers.Select(a => Text(a, "reason")));
        Assert.Equal(people[0].FirstName, Text(answers[0], "firstName"));
        await using var db = NewContext();
        // The two valid scans and the unknown code are on record; nothing of the refused items is.
        Assert.Equal(3, await db.CheckInAttempts.CountAsync(a => a.DeviceId == deviceId));
        Assert.Equal([people[0].Id, people[6].Id], await db.CheckIns.Where(c => c.DeviceId == deviceId).OrderBy(c => c.RegistrationId).Select(c => c.RegistrationId).ToListAsync());
    }

    [Fact]
    public async Task A_revoked_device_gets_401_and_nothing_is_recorded()
    {
        var person = (await ConfirmedAsync(1))[0];
        var (device, id) = await DeviceAsync("Perdu");
        await _app.Services.GetRequiredService<DeviceTokens>().RevokeAsync(id);

        var response = await device.PostAsJsonAsync("/api/checkin/batch", new { checkpoint = "Porte A", items = new[] { Item(person.BadgeCode, Now) } });
        var anonymous = await new HttpClient { BaseAddress = _baseUrl }.PostAsJsonAsync("/api/checkin/batch", new { checkpoint = "Porte A", items = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await using var db = NewContext();
        Assert.False(await db.CheckInAttempts.AnyAsync(a => a.DeviceId == id));
        Assert.False(await db.CheckIns.AnyAsync(c => c.RegistrationId == person.Id));
    }

    [Fact]
    public async Task Badges_let_in_offline_at_two_doors_are_checked_in_once_by_scan_time_and_the_dashboard_counts_the_duplicates()
    {
        var people = await ConfirmedAsync(2);
        var (doorA, deviceA) = await DeviceAsync("Porte A hors ligne");
        var (doorB, _) = await DeviceAsync("Porte B hors ligne");
        var (marie, luc) = (people[0], people[1]);

        // Door A sends its scans out of order, one badge twice: the earlier is the check-in, the later a repeat it knew of.
        var atA = await PostAsync(doorA, "Porte A",
            Item(marie.BadgeCode, Now.AddMinutes(-5)), Item(marie.BadgeCode, Now.AddMinutes(-20)), Item(luc.BadgeCode, Now.AddMinutes(-15)));
        // Door B let both in too, later, without the network.
        var atB = await PostAsync(doorB, "Porte B", Item(marie.BadgeCode, Now.AddMinutes(-12)), Item(luc.BadgeCode, Now.AddMinutes(-8)));

        Assert.Equal(["already_checked_in", "checked_in", "checked_in"], atA.Select(a => Text(a, "result")));
        Assert.Equal(["offline_duplicate", "offline_duplicate"], atB.Select(a => Text(a, "result")));
        Assert.Equal("Porte A", Text(atB[0], "firstCheckpoint"));
        Assert.Equal(new DateTimeOffset(Now.AddMinutes(-20), TimeSpan.Zero), atB[0].GetProperty("firstCheckedInAt").GetDateTimeOffset());
        await using var db = NewContext();
        var checkIns = await db.CheckIns.Where(c => c.RegistrationId == marie.Id || c.RegistrationId == luc.Id).OrderBy(c => c.RegistrationId).ToListAsync();
        Assert.Equal([marie.Id, luc.Id], checkIns.Select(c => c.RegistrationId));
        Assert.All(checkIns, c => Assert.Equal(deviceA, c.DeviceId));
        Assert.Equal([Now.AddMinutes(-20), Now.AddMinutes(-15)], checkIns.Select(c => c.CheckedInAt));
        var snapshot = await _app.Services.GetRequiredService<CheckInDashboard>().GetAsync(marie.EventId);
        Assert.Equal(2, snapshot.OfflineDuplicates);
        Assert.Equal(2, snapshot.CheckedIn);
    }
}
