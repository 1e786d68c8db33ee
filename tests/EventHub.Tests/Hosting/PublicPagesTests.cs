using System.Net;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EventHub.Tests.Hosting;

public sealed class PublicPagesTests : IAsyncLifetime
{
    private readonly EventHubApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Home_page_is_french_by_default()
    {
        var client = _app.CreateClient();

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"fr-CA\">", html);
        Assert.Contains("Se connecter", html);
        Assert.Contains(">English</a>", html);
    }

    [Fact]
    public async Task Language_switch_sets_the_culture_cookie_and_the_page_turns_english()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var switched = await client.GetAsync("/culture?culture=en-CA&returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/", switched.Headers.Location?.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den-CA", StringComparison.Ordinal));

        var html = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"en-CA\">", html);
        Assert.Contains("Sign in", html);
        Assert.Contains(">Français</a>", html);
    }

    [Fact]
    public async Task Language_switch_never_redirects_off_site()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture?culture=en&returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unknown_page_answers_404_with_a_localized_page()
    {
        var response = await _app.CreateClient().GetAsync("/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_endpoint_checks_the_database()
    {
        var response = await _app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Public_pages_start_no_circuit()
    {
        var html = await _app.CreateClient().GetStringAsync("/");

        Assert.DoesNotContain("<!--Blazor:{\"type\":\"server\"", html);
    }
}
