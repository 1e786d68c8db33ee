using System.Net;
using EventHub.Core.Data;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EventHub.Tests.Registrations;

public sealed class RegistrationRateLimitTests : IAsyncLifetime
{
    private readonly EventHubApp _app = new(settings: new Dictionary<string, string>
    {
        ["RateLimits:Registrations:Burst"] = "2",
        ["RateLimits:Registrations:PerMinute"] = "1",
    });

    public async Task InitializeAsync()
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        await TestData.OnSaleNowAsync(db);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Posting_the_form_too_often_from_one_address_gets_a_friendly_localized_page_while_reading_stays_open()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var fields = new Dictionary<string, string> { ["Input.FirstName"] = "" };

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await HtmlForms.PostFormAsync(client, "/register", "register", fields)).StatusCode);
        }
        var refused = await HtmlForms.PostFormAsync(client, "/register", "register", fields);
        // The same page under another spelling of its address is the same endpoint, and as limited.
        var otherSpelling = await HtmlForms.PostFormAsync(client, "/Register/", "register", fields);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, otherSpelling.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"fr\"", html);
        Assert.Contains("Attendez une minute", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/register")).StatusCode);
    }
}
