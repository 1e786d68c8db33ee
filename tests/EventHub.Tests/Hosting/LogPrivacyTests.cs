using System.Net.Http.Headers;
using System.Net.Http.Json;
using EventHub.Core.Data;
using EventHub.Core.Features.Devices;
using EventHub.Core.Security;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Hosting;

/// <summary>Law 25: the application's log never holds an attendee's name or e-mail, whatever the log level.</summary>
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task Check_ins_searches_and_sign_ins_leave_no_personal_data_in_the_log()
    {
        var logs = new CapturedLogs();
        await using var app = new EventHubApp(logs: logs);
        var factory = app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var (conference, ticket) = await TestData.EventWithTicketAsync(db);
            db.Checkpoints.Add(new EventHub.Core.Domain.Checkpoint(conference.Id, "Porte A", EventHub.Core.Domain.CheckpointKind.Door));
            var registration = TestData.Registration(conference, ticket, "genevieve.ouellet@prive.example");
            registration.Correct(new EventHub.Core.Domain.AttendeeDetails("Geneviève", "Ouellet-Zamboni", "genevieve.ouellet@prive.example", "Org", null, "fr"), TestData.Now);
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
        }
        var code = await factory.CreateDbContext().Registrations.Select(r => r.BadgeCode).SingleAsync();
        var token = (await app.Services.GetRequiredService<DeviceTokens>().IssueAsync("Porte A")).Value!.Token;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await client.PostAsJsonAsync("/api/checkin", new { code, checkpoint = "Porte A" });
        await client.PostAsJsonAsync("/api/checkin", new { code, checkpoint = "Porte A" });
        await client.GetAsync("/api/checkin/search?q=zamboni");
        await client.GetAsync("/api/checkin/search?q=genevieve.ouellet@");
        await HtmlForms.SignInAsync(app.CreateClient(), EventHubApp.OrganizerEmail, "wrong password");

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Zamboni", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("genevieve", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(EventHubApp.OrganizerEmail, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(token, StringComparison.Ordinal));
    }
}
