using System.Text.RegularExpressions;
using EventHub.Core.Data;
using EventHub.Core.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EventHub.EndToEnd;

public sealed class CheckInJourneyTests : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private readonly BrowserSession browser;
    private readonly ITestOutputHelper output;

    public CheckInJourneyTests(BrowserSession browser, ITestOutputHelper output)
    {
        this.browser = browser;
        this.output = output;
        _app = new EventHubApp(time: _time);
    }

    // The app's clock is the test's: it moves only when told, so "two seconds later" needs no waiting.
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly EventHubApp _app;
    private Uri _baseUrl = null!;

    public async Task InitializeAsync()
    {
        _baseUrl = _app.StartOnLoopback();
        await _app.Services.GetRequiredService<DemoSeeder>().SeedAsync();
        await _app.CreateDoorStaffAsync();
    }

    public async Task DisposeAsync()
    {
        browser.ConsoleMessages.ForEach(output.WriteLine);
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Door_staff_check_a_badge_in_once_and_the_dashboard_follows_without_reloading()
    {
        var (code, fullName) = await AnyBadgeAsync();
        var dashboard = await SignInAsync(EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword, "/dashboard");
        await Expect(dashboard.GetByTestId("checked-in")).ToHaveTextAsync(new Regex(@"^0 /"));
        await Expect(dashboard.GetByTestId("registrations")).ToHaveTextAsync(new Regex(@"^Inscriptions\s*:\s*[\d\s\u00a0\u202f]+ confirmées, \d+ sur la liste d.attente$"));

        var door = await SignInAsync(EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword, "/checkin");
        await door.GetByTestId("checkpoint").ClickAsync();
        await door.GetByRole(AriaRole.Option, new() { Name = "Porte A", Exact = true }).ClickAsync();
        var input = door.GetByLabel("Code du porte-nom");
        await Expect(input).ToBeFocusedAsync();

        await input.FillAsync(code);
        await input.PressAsync("Enter");
        var answer = door.GetByTestId("scan-answer");
        await Expect(answer).ToContainTextAsync("Bienvenue");
        await Expect(answer).ToContainTextAsync(fullName);
        await Expect(input).ToBeFocusedAsync();
        await Expect(dashboard.GetByTestId("checked-in")).ToHaveTextAsync(new Regex(@"^1 /"));
        await Expect(dashboard.GetByTestId("latest-arrivals")).ToContainTextAsync(fullName);
        await Expect(dashboard.GetByTestId("arrivals-per-door").Locator("tr", new() { HasText = "Porte A" })).ToHaveTextAsync(new Regex(@"Porte A\s*1\s*1\s*1"));

        await door.ClockAsync(code, input);
        await Expect(answer).ToHaveAttributeAsync("data-outcome", "CheckedIn");
        await Expect(door.GetByText("Lu de nouveau")).ToBeVisibleAsync();

        _time.Advance(TimeSpan.FromSeconds(3));
        await door.ClockAsync(code, input);
        await Expect(answer).ToContainTextAsync("Arrivée déjà enregistrée");
        await Expect(answer).ToContainTextAsync("Porte A");

        await input.FillAsync(EventHub.Core.Security.SecureTokens.NewBadgeCode());
        await input.PressAsync("Enter");
        await Expect(answer).ToContainTextAsync("Porte-nom non valide");
        await Expect(answer).ToContainTextAsync("Code inconnu.");
        await Expect(dashboard.GetByTestId("checked-in")).ToHaveTextAsync(new Regex(@"^1 /"));

        await door.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "checkin-not-valid.png"), FullPage = true });
        await dashboard.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "dashboard.png"), FullPage = true });
    }

    private async Task<IPage> SignInAsync(string email, string password, string area)
    {
        var page = await browser.NewPageAsync(_baseUrl);
        await page.SignInAsync(email, password, area);
        return page;
    }

    private async Task<(string Code, string FullName)> AnyBadgeAsync()
    {
        var factory = _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var person = await db.Registrations.OrderBy(r => r.Id).Select(r => new { r.BadgeCode, r.FirstName, r.LastName }).FirstAsync();
        return (person.BadgeCode, $"{person.FirstName} {person.LastName}");
    }
}

internal static class ScannerInput
{
    /// <summary>Types a code and presses Enter, as a USB scanner does.</summary>
    public static async Task ClockAsync(this IPage page, string code, ILocator input)
    {
        await input.FillAsync(code);
        await input.PressAsync("Enter");
    }
}
