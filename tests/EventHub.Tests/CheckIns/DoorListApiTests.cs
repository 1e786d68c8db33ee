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
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace EventHub.Tests.CheckIns;

/// <summary>GET /api/checkin/list on a real Kestrel and a real SQLite file, with the demo conference, on a clock the test moves.</summary>
public sealed class DoorListApiTests(ITestOutputHelper output) : IAsyncLifetime
{
    // The demo's first day, 9 h in Québec.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 4, 27, 13, 0, 0, TimeSpan.Zero));
    private EventHubApp _app = null!;
    private Uri _baseUrl = null!;

    public async Task InitializeAsync()
    {
        _app = new EventHubApp(time: _time, settings: new Dictionary<string, string>
        {
            ["RateLimits:Scans:Burst"] = "1000",
            ["RateLimits:Scans:PerSecond"] = "1000",
        });
        _baseUrl = _app.StartOnLoopback();
        await _app.Services.GetRequiredService<DemoSeeder>().SeedAsync();
        // The seeding is well behind the reads below, past the delta's overlap.
        _time.Advance(TimeSpan.FromMinutes(5));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpClient> DeviceClientAsync(string name, DecompressionMethods decompression = DecompressionMethods.All)
    {
        var issued = (await _app.Services.GetRequiredService<DeviceTokens>().IssueAsync(name)).Value!;
        var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = decompression }) { BaseAddress = _baseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);
        return client;
    }

    private EventHubDbContext NewContext() => _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContext();

    private IQueryable<Registration> DemoRegistrations(EventHubDbContext db) =>
        db.Registrations.Where(r => db.Events.Any(e => e.Id == r.EventId && e.Slug == DemoSeeder.Slug));

    private static async Task<JsonElement> ListAsync(HttpClient client, string? since = null)
    {
        var response = await client.GetAsync("/api/checkin/list?checkpoint=Porte%20A" + (since is null ? "" : "&since=" + Uri.EscapeDataString(since)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task ScanAsync(HttpClient client, string code, string checkpoint)
    {
        var response = await client.PostAsJsonAsync("/api/checkin", new { code, checkpoint });
        Assert.Equal("checked_in", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result").GetString());
    }

    private async Task CancelAsync(int registrationId, DateTime at)
    {
        await using var db = NewContext();
        var registration = await db.Registrations.SingleAsync(r => r.Id == registrationId);
        registration.Cancel(at);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_list_holds_every_registration_of_the_conference_with_names_and_no_e_mail_needs_or_answers()
    {
        var client = await DeviceClientAsync("Porte A");
        await using var db = NewContext();
        var expected = await DemoRegistrations(db).CountAsync();
        var someone = await DemoRegistrations(db).OrderBy(r => r.Id).Include(r => r.TicketType).FirstAsync(r => r.Organization != null);

        var response = await client.GetAsync("/api/checkin/list?checkpoint=Porte%20A");
        var body = await response.Content.ReadAsStringAsync();
        var list = JsonSerializer.Deserialize<JsonElement>(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(list.GetProperty("full").GetBoolean());
        Assert.Equal("event", list.GetProperty("attendance").GetString());
        var rows = list.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(expected, rows.Count);
        Assert.InRange(rows.Count, 1_600, 2_000);
        Assert.DoesNotContain("@", body);
        string[] allowed = ["badgeCode", "firstName", "lastName", "organization", "ticketType", "status", "checkedInAt", "checkedInAtCheckpoint"];
        Assert.All(rows, row => Assert.All(row.EnumerateObject(), p => Assert.Contains(p.Name, allowed)));
        var row = Assert.Single(rows, r => r.GetProperty("badgeCode").GetString() == someone.BadgeCode);
        Assert.Equal(someone.FirstName, row.GetProperty("firstName").GetString());
        Assert.Equal(someone.LastName, row.GetProperty("lastName").GetString());
        Assert.Equal(someone.Organization, row.GetProperty("organization").GetString());
        Assert.Equal(someone.TicketType!.NameFr, row.GetProperty("ticketType").GetString());
        Assert.Equal(someone.Status.ToString().ToLowerInvariant(), row.GetProperty("status").GetString());
        Assert.False(row.TryGetProperty("checkedInAt", out _));
    }

    [Fact]
    public async Task An_unchanged_list_answers_304_to_its_etag_and_a_check_in_changes_the_etag()
    {
        var client = await DeviceClientAsync("Porte A");
        var code = await DemoRegistrations(NewContext()).Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.BadgeCode).FirstAsync();

        var first = await client.GetAsync("/api/checkin/list?checkpoint=Porte%20A");
        var tag = first.Headers.ETag!;
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/checkin/list?checkpoint=Porte%20A");
        again.Headers.IfNoneMatch.Add(tag);
        var unchanged = await client.SendAsync(again);
        await ScanAsync(client, code, "Porte B");
        var afterScan = new HttpRequestMessage(HttpMethod.Get, "/api/checkin/list?checkpoint=Porte%20A");
        afterScan.Headers.IfNoneMatch.Add(tag);
        var changed = await client.SendAsync(afterScan);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(tag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, unchanged.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        var row = (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("badgeCode").GetString() == code);
        Assert.Equal("Porte B", row.GetProperty("checkedInAtCheckpoint").GetString());
    }

    [Fact]
    public async Task The_delta_holds_the_cancellations_and_check_ins_since_the_version_and_a_commit_that_landed_late()
    {
        var client = await DeviceClientAsync("Porte A");
        List<Registration> people;
        await using (var db = NewContext())
        {
            people = await DemoRegistrations(db).Where(r => r.Status == RegistrationStatus.Confirmed).OrderBy(r => r.Id).Take(3).ToListAsync();
        }
        var version = (await ListAsync(client)).GetProperty("version").GetString()!;
        var readAt = _time.GetUtcNow().UtcDateTime;

        // A cancellation stamped 10 s before the read, whose commit only lands after it.
        await CancelAsync(people[0].Id, readAt.AddSeconds(-10));
        _time.Advance(TimeSpan.FromMinutes(1));
        await CancelAsync(people[1].Id, _time.GetUtcNow().UtcDateTime);
        await ScanAsync(client, people[2].BadgeCode, "Porte B");
        var delta = await ListAsync(client, version);

        Assert.False(delta.GetProperty("full").GetBoolean());
        var rows = delta.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("badgeCode").GetString()!);
        Assert.Equal(3, rows.Count);
        Assert.Equal("cancelled", rows[people[0].BadgeCode].GetProperty("status").GetString());
        Assert.Equal("cancelled", rows[people[1].BadgeCode].GetProperty("status").GetString());
        var checkedIn = rows[people[2].BadgeCode];
        Assert.Equal("confirmed", checkedIn.GetProperty("status").GetString());
        Assert.Equal("Porte B", checkedIn.GetProperty("checkedInAtCheckpoint").GetString());
        Assert.Equal(_time.GetUtcNow(), checkedIn.GetProperty("checkedInAt").GetDateTimeOffset());
        // Nothing changed since the delta: the next one holds only what the overlap sends again.
        var next = (await ListAsync(client, delta.GetProperty("version").GetString())).GetProperty("rows").EnumerateArray();
        Assert.DoesNotContain(next, r => !rows.ContainsKey(r.GetProperty("badgeCode").GetString()!));
    }

    [Fact]
    public async Task Door_staff_and_organizers_may_read_it_with_their_cookie_and_anyone_else_gets_401()
    {
        await _app.CreateDoorStaffAsync();
        var staff = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = _baseUrl };
        await HtmlForms.SignInAsync(staff, EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);
        var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _baseUrl };
        var devices = _app.Services.GetRequiredService<DeviceTokens>();
        var issued = (await devices.IssueAsync("Perdu")).Value!;
        await devices.RevokeAsync(issued.Id);
        var revoked = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _baseUrl };
        revoked.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/checkin/list?checkpoint=Porte%20A")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/checkin/list?checkpoint=Porte%20A")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync("/api/checkin/list?checkpoint=Porte%20A")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/checkin/list?checkpoint=Porte%20Z")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/checkin/list?checkpoint=Porte%20A&since=hier")).StatusCode);
    }

    [Fact]
    public async Task A_door_of_a_conference_that_is_over_has_no_list()
    {
        var client = await DeviceClientAsync("Porte A");
        await using var db = NewContext();
        var pastDoor = await db.Checkpoints.Where(c => db.Events.Any(e => e.Id == c.EventId && e.Slug == DemoPastEdition.Slug)).Select(c => c.Id).FirstAsync();

        var response = await client.GetAsync($"/api/checkin/list?checkpoint={pastDoor}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.DoesNotContain("badgeCode", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The issue's budget, measured: the demo's whole list, and the delta a door polling once a minute receives
    /// while one door checks someone in every second (the minute, plus the overlap's 30 s before it).
    /// </summary>
    [Fact]
    public async Task The_demo_list_is_under_150_KB_on_the_wire_and_a_busy_minute_under_5_KB()
    {
        var plain = await DeviceClientAsync("Mesure", DecompressionMethods.None);
        var codes = await DemoRegistrations(NewContext()).Where(r => r.Status == RegistrationStatus.Confirmed).OrderBy(r => r.Id).Select(r => r.BadgeCode).Take(90).ToListAsync();
        var sizes = new Dictionary<string, long>();
        async Task<string?> MeasureAsync(string name, string? since)
        {
            string? version = null;
            foreach (var encoding in new[] { "identity", "gzip", "br" })
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/checkin/list?checkpoint=Porte%20A" + (since is null ? "" : "&since=" + Uri.EscapeDataString(since)));
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
                var response = await plain.SendAsync(request);
                var bytes = await response.Content.ReadAsByteArrayAsync();
                string[] expected = encoding == "identity" ? [] : [encoding];
                Assert.Equal(expected, response.Content.Headers.ContentEncoding);
                sizes[$"{name} {encoding}"] = bytes.Length;
                if (encoding == "identity")
                {
                    version = JsonSerializer.Deserialize<JsonElement>(bytes).GetProperty("version").GetString();
                }
            }
            return version;
        }

        await MeasureAsync("full", null);
        var door = await DeviceClientAsync("Porte B");
        for (var i = 0; i < 30; i++)
        {
            await ScanAsync(door, codes[i], "Porte B");
            _time.Advance(TimeSpan.FromSeconds(1));
        }
        var version = (await ListAsync(plain)).GetProperty("version").GetString();
        for (var i = 30; i < 90; i++)
        {
            await ScanAsync(door, codes[i], "Porte B");
            _time.Advance(TimeSpan.FromSeconds(1));
        }
        await MeasureAsync("delta", version);

        foreach (var (name, bytes) in sizes)
        {
            output.WriteLine($"{name}: {bytes:N0} bytes");
        }
        Assert.InRange(sizes["full br"], 1, 150 * 1024);
        Assert.InRange(sizes["full gzip"], 1, 150 * 1024);
        Assert.InRange(sizes["delta br"], 1, 5 * 1024);
        Assert.InRange(sizes["delta gzip"], 1, 5 * 1024);
    }
}
