using System.Globalization;
using System.Text.Json;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Demo;
using EventHub.Web.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EventHub.EndToEnd;

/// <summary>The door page as door staff use it: a USB scanner (keystrokes and Enter), the keyboard, a phone.</summary>
public sealed class DoorPageTests : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private readonly BrowserSession browser;
    private readonly ITestOutputHelper output;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly EventHubApp _app;
    private Uri _baseUrl = null!;

    public DoorPageTests(BrowserSession browser, ITestOutputHelper output)
    {
        this.browser = browser;
        this.output = output;
        _app = new EventHubApp(time: _time);
    }

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
    public async Task A_door_chosen_by_keyboard_leaves_the_focus_in_the_scanner_field_and_a_scan_cannot_change_the_door()
    {
        var people = await PeopleAsync(2);
        var door = await DoorAsync();

        // Tab to the picker, Enter opens it, ↓ moves to a door, Enter chooses it: the keyboard path of issue 16.
        var picker = door.GetByTestId("checkpoint");
        for (var tabs = 0; !await picker.EvaluateAsync<bool>("p => p.contains(document.activeElement)"); tabs++)
        {
            Assert.True(tabs < 40, "Tab never reached the door picker.");
            await door.Keyboard.PressAsync("Tab");
        }
        await door.Keyboard.PressAsync("Enter");
        await Expect(door.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await door.Keyboard.PressAsync("ArrowDown");
        await door.Keyboard.PressAsync("Enter");
        var chosen = door.GetByTestId("chosen-checkpoint");
        await Expect(chosen).ToBeVisibleAsync();
        var doorName = await chosen.Locator("strong").InnerTextAsync();
        var input = door.GetByLabel("Code du porte-nom");
        await Expect(input).ToBeFocusedAsync();

        // A scanner types into whatever has the focus: nothing here is given the focus by the test.
        foreach (var person in people)
        {
            await door.Keyboard.TypeAsync(person.Code);
            await door.Keyboard.PressAsync("Enter");
            await Expect(door.GetByTestId("scan-answer")).ToContainTextAsync("Bienvenue");
            await Expect(door.GetByTestId("scan-answer")).ToContainTextAsync(person.FullName);
            await Expect(chosen.Locator("strong")).ToHaveTextAsync(doorName);
            await Expect(input).ToBeFocusedAsync();
        }

        // Even with the focus on a button, the scanner's characters go to the scanner field.
        await door.GetByRole(AriaRole.Button, new() { Name = "Changer de point de contrôle" }).FocusAsync();
        await door.Keyboard.TypeAsync(people[0].Code);
        await door.Keyboard.PressAsync("Enter");
        await Expect(door.GetByTestId("scan-answer")).ToContainTextAsync("Arrivée déjà enregistrée");
        await Expect(chosen.Locator("strong")).ToHaveTextAsync(doorName);
        Assert.Equal(doorName, await door.EvaluateAsync<string>("() => document.querySelector('[data-testid=chosen-checkpoint] strong').textContent"));
    }

    [Fact]
    public async Task The_undo_button_names_the_arrival_it_takes_back_and_is_gone_after_a_refusal()
    {
        var people = await PeopleAsync(2);
        var cancelled = people[1];
        await CancelAsync(cancelled.Id);
        var door = await DoorAsync();
        await ChooseDoorAsync(door, "Porte A");
        var input = door.GetByLabel("Code du porte-nom");
        var answer = door.GetByTestId("scan-answer");

        await door.ClockAsync(people[0].Code, input);
        await Expect(answer).ToContainTextAsync("Bienvenue");
        var at = VenueTime.Clock(_time.GetUtcNow().UtcDateTime, CultureInfo.GetCultureInfo("fr-CA"));
        Assert.Matches(@"^\d{1,2} h( \d{2})?$", at);
        await Expect(door.GetByTestId("undo")).ToHaveTextAsync($"Annuler l'arrivée de {people[0].FullName} ({at})");

        await door.ClockAsync(EventHub.Core.Security.SecureTokens.NewBadgeCode(), input);
        await Expect(answer).ToContainTextAsync("Code inconnu.");
        await Expect(door.GetByTestId("undo")).ToHaveCountAsync(0);
        await Expect(answer.Locator(".scan-name")).ToHaveCountAsync(0);

        // A cancelled badge is refused but named, so that staff can send the person to the desk.
        await door.ClockAsync(cancelled.Code, input);
        await Expect(answer).ToContainTextAsync("Inscription annulée.");
        await Expect(answer.Locator(".scan-name")).ToHaveTextAsync(cancelled.FullName);
        await Expect(door.GetByTestId("undo")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_door_page_fits_a_360_pixel_phone_and_the_answer_wraps()
    {
        var person = (await PeopleAsync(1))[0];
        var door = await DoorAsync(new ViewportSize { Width = 360, Height = 740 });
        await ChooseDoorAsync(door, "Porte A");
        var input = door.GetByLabel("Code du porte-nom");

        await door.ClockAsync(person.Code, input);
        await Expect(door.GetByTestId("scan-answer")).ToContainTextAsync("Bienvenue");
        _time.Advance(TimeSpan.FromSeconds(3));
        await door.ClockAsync(person.Code, input);
        var heading = door.GetByTestId("scan-answer").Locator(".scan-title");
        await Expect(heading).ToHaveTextAsync("Arrivée déjà enregistrée");
        await door.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "checkin-phone-360.png"), FullPage = true });

        Assert.True(await door.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360, "The page scrolls sideways on a 360 px screen.");
        var box = (await heading.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 360, $"The heading spans {box.X}..{box.X + box.Width} px on a 360 px screen.");
        // Fully visible: nothing of the heading is clipped by its own box or by its panel.
        var clipped = await heading.EvaluateAsync<JsonElement>("h => { const p = h.closest('.scan-answer'); return [h.scrollWidth - h.clientWidth, p.scrollWidth - p.clientWidth]; }");
        Assert.All(clipped.EnumerateArray(), overflow => Assert.True(overflow.GetInt32() <= 0, $"Overflow of {overflow.GetInt32()} px."));
        await Expect(door.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeInViewportAsync();
    }

    private async Task<IPage> DoorAsync(ViewportSize? viewport = null)
    {
        var page = await browser.NewPageAsync(_baseUrl, viewport);
        await page.SignInAsync(EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword, "/checkin");
        return page;
    }

    private static async Task ChooseDoorAsync(IPage door, string name)
    {
        await door.GetByTestId("checkpoint").ClickAsync();
        await door.GetByRole(AriaRole.Option, new() { Name = name, Exact = true }).ClickAsync();
        await Expect(door.GetByLabel("Code du porte-nom")).ToBeFocusedAsync();
    }

    private sealed record Person(int Id, string Code, string FullName);

    private async Task<List<Person>> PeopleAsync(int count)
    {
        var factory = _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.Registrations.Where(r => r.Status == RegistrationStatus.Confirmed).OrderBy(r => r.Id).Take(count)
            .Select(r => new Person(r.Id, r.BadgeCode, r.FirstName + " " + r.LastName)).ToListAsync();
    }

    private async Task CancelAsync(int registrationId)
    {
        var factory = _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var registration = await db.Registrations.SingleAsync(r => r.Id == registrationId);
        registration.Cancel(_time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }
}
