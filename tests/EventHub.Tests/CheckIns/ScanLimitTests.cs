using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Devices;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.CheckIns;

public sealed class ScanLimitTests
{
    [Fact]
    public async Task A_device_guessing_codes_is_slowed_down_and_every_attempt_is_logged()
    {
        await using var app = new EventHubApp(settings: new Dictionary<string, string>
        {
            ["RateLimits:Scans:Burst"] = "5",
            ["RateLimits:Scans:PerSecond"] = "1",
        });
        var factory = app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var (conference, _) = await TestData.EventWithTicketAsync(db);
            db.Checkpoints.Add(new Checkpoint(conference.Id, "Porte A", CheckpointKind.Door));
            await db.SaveChangesAsync();
        }
        var token = (await app.Services.GetRequiredService<DeviceTokens>().IssueAsync("Porte A")).Value!.Token;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/checkin", new { code = EventHub.Core.Security.SecureTokens.NewBadgeCode(), checkpoint = "Porte A" })).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) <= 7);
        await using var check = await factory.CreateDbContextAsync();
        Assert.Equal(12, await check.CheckInAttempts.CountAsync());
        Assert.True(await check.CheckInAttempts.AnyAsync(a => a.Outcome == CheckInOutcome.RateLimited));
    }
}
