using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EventHub.EndToEnd;

public sealed class SignInJourneyTests : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private readonly BrowserSession _browser;
    private readonly EventHubApp _app = new();
    private Uri _baseUrl = null!;

    private readonly ITestOutputHelper _output;

    public SignInJourneyTests(BrowserSession browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    public Task InitializeAsync()
    {
        _baseUrl = _app.StartOnLoopback();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _browser.ConsoleMessages.ForEach(_output.WriteLine);
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Visitor_switches_to_english_and_the_organizer_signs_in_to_the_organizer_area()
    {
        var page = await _browser.NewPageAsync(_baseUrl);

        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr-CA");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Se connecter" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en-CA");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("E-mail address").FillAsync(EventHubApp.OrganizerEmail);
        await page.GetByLabel("Password").FillAsync(EventHubApp.OrganizerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(_baseUrl, "/organizer").ToString());
        await Expect(page.GetByTestId("interactive")).ToBeAttachedAsync();
        await Expect(page.Locator("[data-testid=interactive]:not([hidden])")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Organizer area", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Staff accounts" })).ToBeVisibleAsync();

        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(RepositoryPaths.Artifacts, "organizer-area-en.png"),
            FullPage = true,
        });
    }
}
