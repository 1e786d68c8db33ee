using EventHub.Core.Data;
using EventHub.Core.Features.CheckIns;
using EventHub.Core.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EventHub.EndToEnd;

/// <summary>The camera path for real: Chromium's camera plays a video of a badge, and the page decodes it with qr-scanner.</summary>
public sealed class CameraCheckInTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly BrowserSession _browser = new();
    private readonly EventHubApp _app = new();
    private Uri _baseUrl = null!;
    private (string Code, string FullName) _badge;

    public async Task InitializeAsync()
    {
        _baseUrl = _app.StartOnLoopback();
        await _app.Services.GetRequiredService<DemoSeeder>().SeedAsync();
        await _app.CreateDoorStaffAsync();
        var factory = _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var person = await db.Registrations.Where(r => db.Events.Any(e => e.Id == r.EventId && e.Slug == DemoSeeder.Slug)).OrderByDescending(r => r.Id).Select(r => new { r.BadgeCode, r.FirstName, r.LastName }).FirstAsync();
        _badge = (person.BadgeCode, $"{person.FirstName} {person.LastName}");
        var video = FakeCamera.WriteVideo(BadgeCodes.QrPayload(_badge.Code), _browser.ProfileFolder);
        await _browser.LaunchAsync(["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", $"--use-file-for-fake-video-capture={video}"]);
    }

    public async Task DisposeAsync()
    {
        _browser.ConsoleMessages.ForEach(output.WriteLine);
        await _browser.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_badge_shown_to_the_camera_is_checked_in()
    {
        var page = await _browser.NewPageAsync(_baseUrl);
        await page.Context.GrantPermissionsAsync(["camera"]);
        await page.SignInAsync(EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword, "/checkin");
        await page.GetByTestId("checkpoint").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Porte B", Exact = true }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Lire avec la caméra" }).ClickAsync();

        var answer = page.GetByTestId("scan-answer");
        await Expect(answer).ToContainTextAsync("Bienvenue", new() { Timeout = 20_000 });
        await Expect(answer).ToContainTextAsync(_badge.FullName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "checkin-camera.png"), FullPage = true });
    }
}
