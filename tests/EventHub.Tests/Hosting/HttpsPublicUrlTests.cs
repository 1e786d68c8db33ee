using System.Net;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EventHub.Tests.Hosting;

/// <summary>When EventHub:PublicUrl is https, the app is reached over HTTPS only (issue 16, point 20).</summary>
public sealed class HttpsPublicUrlTests : IAsyncLifetime
{
    private readonly EventHubApp _app = new(settings: new Dictionary<string, string> { ["EventHub:PublicUrl"] = "https://eventhub.test.example" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient Client(string baseAddress) =>
        _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });

    [Fact]
    public async Task Plain_http_is_redirected_to_https()
    {
        var response = await Client("http://eventhub.test.example").GetAsync("/agenda?x=1");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://eventhub.test.example/agenda?x=1", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Https_answers_carry_hsts_and_every_cookie_is_secure()
    {
        var client = Client("https://eventhub.test.example");

        var page = await client.GetAsync("/account/login");
        var signIn = await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);
        var culture = await client.GetAsync("/culture?culture=en-CA&returnUrl=%2F");

        Assert.Contains("max-age=31536000", Assert.Single(page.Headers.GetValues("Strict-Transport-Security")));
        var cookies = new[] { page, signIn, culture }.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var values) ? values : []).ToList();
        Assert.Contains(cookies, c => c.StartsWith("EventHub.Staff=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }
}
