using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Demo;
using EventHub.Core.Features.Devices;
using EventHub.Testing;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.CheckIns;

/// <summary>The scanner API on a real Kestrel (127.0.0.1) on SQLite and on PostgreSQL, with the demo conference.</summary>
public abstract class CheckInApiTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : CheckInApiTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : CheckInApiTests(DatabaseProvider.PostgreSql);

    private AppDatabase _database = null!;
    private EventHubApp _app = null!;
    private Uri _baseUrl = null!;

    public async Task InitializeAsync()
    {
        _database = await AppDatabase.CreateAsync(provider);
        _app = new(settings: _database.With(new Dictionary<string, string>
        {
            ["RateLimits:Scans:Burst"] = "1000",
            ["RateLimits:Scans:PerSecond"] = "1000",
        }));
        _baseUrl = _app.StartOnLoopback();
        await _app.Services.GetRequiredService<DemoSeeder>().SeedAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<HttpClient> DeviceClientAsync(string name)
    {
        var issued = (await _app.Services.GetRequiredService<DeviceTokens>().IssueAsync(name)).Value!;
        var client = new HttpClient { BaseAddress = _baseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);
        return client;
    }

    private async Task<List<string>> BadgeCodesAsync()
    {
        var factory = _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        // This year's badges: the demo's past edition has its own, which a door of this year refuses.
        return await db.Registrations.Where(r => r.Status == RegistrationStatus.Confirmed && db.Events.Any(e => e.Id == r.EventId && e.Slug == DemoSeeder.Slug))
            .Select(r => r.BadgeCode).ToListAsync();
    }

    private static async Task<JsonElement> ScanAsync(HttpClient client, string code, string checkpoint = "Porte A")
    {
        var response = await client.PostAsJsonAsync("/api/checkin", new { code, checkpoint });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Ten_parallel_scans_of_one_badge_give_one_check_in()
    {
        var code = (await BadgeCodesAsync())[0];
        var clients = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => DeviceClientAsync($"Porte {i}")));

        var answers = await AllAtOnce.RunAsync(clients, c => ScanAsync(c, code));

        var results = answers.Select(a => a.GetProperty("result").GetString()).ToList();
        Assert.Equal(1, results.Count(r => r == "checked_in"));
        Assert.Equal(9, results.Count(r => r == "already_checked_in"));
        var repeat = answers.First(a => a.GetProperty("result").GetString() == "already_checked_in");
        Assert.Equal("Porte A", repeat.GetProperty("firstCheckpoint").GetString());
        Assert.True(repeat.TryGetProperty("firstCheckedInAt", out _));
        Assert.DoesNotContain("@", string.Join(" ", answers.Select(a => a.GetRawText())));
    }

    [Fact]
    public async Task Sixteen_clients_check_in_1600_badges_without_error_or_double_count()
    {
        var codes = await BadgeCodesAsync();
        var clients = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => DeviceClientAsync($"Lecteur {i}")));

        var results = await AllAtOnce.RunAsync(clients.Length, async i =>
        {
            var mine = new List<string>();
            for (var n = i; n < codes.Count; n += clients.Length)
            {
                mine.Add((await ScanAsync(clients[i], codes[n], n % 2 == 0 ? "Porte A" : "Porte B")).GetProperty("result").GetString()!);
            }
            return mine;
        });

        Assert.Equal(1_600, codes.Count);
        Assert.All(results.SelectMany(r => r), r => Assert.Equal("checked_in", r));
        var factory = _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var jiq = db.CheckIns.Where(c => db.Registrations.Any(r => r.Id == c.RegistrationId && db.Events.Any(e => e.Id == r.EventId && e.Slug == DemoSeeder.Slug)));
        Assert.Equal(1_600, await jiq.CountAsync());
        Assert.Equal(1_600, await jiq.Select(c => c.RegistrationId).Distinct().CountAsync());
    }

    [Fact]
    public async Task A_random_code_is_invalid_and_the_checkpoint_may_be_given_by_id()
    {
        var client = await DeviceClientAsync("Porte A");

        var answer = await ScanAsync(client, EventHub.Core.Security.SecureTokens.NewBadgeCode(), "1");

        Assert.Equal("invalid", answer.GetProperty("result").GetString());
    }

    [Fact]
    public async Task A_cancelled_badge_names_the_person_without_their_e_mail_and_an_unknown_code_names_no_one()
    {
        var factory = _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        Registration cancelled;
        await using (var db = await factory.CreateDbContextAsync())
        {
            cancelled = await db.Registrations.OrderBy(r => r.Id).FirstAsync(r => r.Status == RegistrationStatus.Confirmed);
            cancelled.Cancel(DateTime.UtcNow);
            await db.SaveChangesAsync();
        }
        var client = await DeviceClientAsync("Porte A");

        var answer = await ScanAsync(client, cancelled.BadgeCode);
        var unknown = await ScanAsync(client, EventHub.Core.Security.SecureTokens.NewBadgeCode());

        Assert.Equal("cancelled", answer.GetProperty("result").GetString());
        Assert.Equal(cancelled.FirstName, answer.GetProperty("firstName").GetString());
        Assert.Equal(cancelled.LastName, answer.GetProperty("lastName").GetString());
        Assert.DoesNotContain("@", answer.GetRawText());
        Assert.Equal("invalid", unknown.GetProperty("result").GetString());
        Assert.True(!unknown.TryGetProperty("firstName", out var none) || none.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Missing_or_revoked_tokens_get_401()
    {
        var anonymous = new HttpClient { BaseAddress = _baseUrl };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/checkin", new { code = "X", checkpoint = "Porte A" })).StatusCode);

        var forged = new HttpClient { BaseAddress = _baseUrl };
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/checkin/search?q=tremblay")).StatusCode);

        var devices = _app.Services.GetRequiredService<DeviceTokens>();
        var issued = (await devices.IssueAsync("Perdu")).Value!;
        var revoked = new HttpClient { BaseAddress = _baseUrl };
        revoked.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);
        Assert.Equal(HttpStatusCode.OK, (await revoked.GetAsync("/api/checkin/search?q=tremblay")).StatusCode);
        await devices.RevokeAsync(issued.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.PostAsJsonAsync("/api/checkin", new { code = "X", checkpoint = "Porte A" })).StatusCode);
    }

    [Fact]
    public async Task A_malformed_body_gets_400_with_a_problem_description()
    {
        var client = await DeviceClientAsync("Porte A");

        var broken = await client.PostAsync("/api/checkin", new StringContent("{ \"code\": ", System.Text.Encoding.UTF8, "application/json"));
        var incomplete = await client.PostAsJsonAsync("/api/checkin", new { code = "ABC" });
        var unknownCheckpoint = await client.PostAsJsonAsync("/api/checkin", new { code = "ABC", checkpoint = "Porte Z" });

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Contains("checkpoint", await incomplete.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unknownCheckpoint.StatusCode);
    }

    [Fact]
    public async Task Search_returns_at_most_twenty_people_without_e_mails()
    {
        var client = await DeviceClientAsync("Porte A");

        var response = await client.GetAsync("/api/checkin/search?q=tremblay");
        var body = await response.Content.ReadAsStringAsync();
        var matches = JsonSerializer.Deserialize<JsonElement>(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(matches.GetArrayLength(), 1, 20);
        Assert.DoesNotContain("@", body);
        Assert.All(matches.EnumerateArray(), m => Assert.Equal("Tremblay", m.GetProperty("lastName").GetString()));
    }
}
