using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace EventHub.EndToEnd;

/// <summary>An axe audit (WCAG 2.1 A and AA rules) of the pages every visitor and staff member meets first.</summary>
public sealed class AccessibilityTests(BrowserSession browser, ITestOutputHelper output) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private readonly EventHubApp _app = new();
    private Uri _baseUrl = null!;

    public Task InitializeAsync()
    {
        _baseUrl = _app.StartOnLoopback();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/not-found")]
    [InlineData("/agenda")]
    [InlineData("/speakers")]
    public async Task Public_pages_have_no_accessibility_violations(string path)
    {
        var page = await browser.NewPageAsync(_baseUrl);
        await page.GotoAsync(path);

        await AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("/checkin")]
    [InlineData("/dashboard")]
    [InlineData("/organizer")]
    [InlineData("/organizer/board")]
    public async Task Staff_pages_have_no_accessibility_violations(string path)
    {
        await _app.Services.GetRequiredService<EventHub.Core.Features.Demo.DemoSeeder>().SeedAsync();
        var page = await browser.NewPageAsync(_baseUrl);
        await page.SignInAsync(EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword, path);

        await AssertNoViolationsAsync(page);
    }

    private async Task AssertNoViolationsAsync(Microsoft.Playwright.IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        foreach (var violation in result.Violations)
        {
            output.WriteLine($"{violation.Id} ({violation.Impact}): {violation.Help} — {string.Join(", ", violation.Nodes.Select(n => n.Html))}");
        }
        Assert.Empty(result.Violations.Select(v => v.Id));
    }
}
