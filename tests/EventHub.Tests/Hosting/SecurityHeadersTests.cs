using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using EventHub.Core.Data;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Hosting;

/// <summary>The headers every response carries, on a real Kestrel (issue 16, point 20).</summary>
public sealed partial class SecurityHeadersTests : IAsyncLifetime
{
    private readonly EventHubApp _app = new();
    private HttpClient _client = default!;

    public async Task InitializeAsync()
    {
        var address = _app.StartOnLoopback();
        await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync())
        {
            await TestData.EventWithTicketAsync(db);
        }
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = address };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private static string Csp(HttpResponseMessage response) => string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));

    private static void AssertCommonHeaders(HttpResponseMessage response, string referrerPolicy = "strict-origin-when-cross-origin")
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("SAMEORIGIN", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal(referrerPolicy, Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"), "Kestrel names itself in a Server header.");
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Matches("script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')?;", csp);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/agenda")]
    [InlineData("/account/login")]
    public async Task A_public_page_carries_the_headers_and_allows_its_inline_import_map_by_hash(string page)
    {
        // Twice: the second answer of a cached public page comes from the output cache.
        foreach (var _ in new[] { 1, 2 })
        {
            var response = await _client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertCommonHeaders(response);
            AssertInlineScriptsAllowed(await response.Content.ReadAsStringAsync(), Csp(response));
        }
    }

    [Theory]
    [InlineData("/organizer")]
    [InlineData("/organizer/staff")]
    [InlineData("/badges")]
    public async Task An_organizer_page_carries_the_headers(string page)
    {
        await HtmlForms.SignInAsync(_client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        var response = await _client.GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertCommonHeaders(response);
        AssertInlineScriptsAllowed(await response.Content.ReadAsStringAsync(), Csp(response));
    }

    [Fact]
    public async Task The_not_found_page_allows_its_own_import_map()
    {
        var response = await _client.GetAsync("/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertCommonHeaders(response);
        AssertInlineScriptsAllowed(await response.Content.ReadAsStringAsync(), Csp(response));
    }

    [Fact]
    public async Task The_api_carries_the_headers()
    {
        var response = await _client.GetAsync("/api/checkin/search?q=tremblay");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertCommonHeaders(response);
    }

    [Fact]
    public async Task A_static_file_carries_the_headers()
    {
        var response = await _client.GetAsync("/app.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertCommonHeaders(response);
    }

    [Fact]
    public async Task An_attendee_link_keeps_sending_no_referrer()
    {
        var response = await _client.GetAsync("/r/not-a-real-token");

        AssertCommonHeaders(response, referrerPolicy: "no-referrer");
    }

    [Fact]
    public async Task Over_plain_http_there_is_no_hsts_nor_redirect()
    {
        var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>Every inline script of the page is allowed by a hash the policy lists, and the page has no inline event handler.</summary>
    private static void AssertInlineScriptsAllowed(string html, string csp)
    {
        Assert.Contains("<script type=\"importmap\"", html);
        foreach (Match script in InlineScript().Matches(html))
        {
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups["body"].Value)));
            Assert.Contains($"'sha256-{hash}'", csp);
        }
        Assert.DoesNotMatch(@"\son[a-z]+=""", html);
    }

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
