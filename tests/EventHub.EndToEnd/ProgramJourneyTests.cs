using System.Text.RegularExpressions;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EventHub.EndToEnd;

/// <summary>
/// An organizer builds a small program in the browser (speaker, sessions, board, a refused clash,
/// publication), then an anonymous reader finds it in the public agenda in French and in English.
/// </summary>
public sealed class ProgramJourneyTests : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private const string OpenData = "Les données ouvertes à Québec";
    private const string OpenDataEnglish = "Open data in Québec City";
    private const string Security = "Sécurité municipale";

    private readonly BrowserSession _browser;
    private readonly ITestOutputHelper _output;
    private readonly EventHubApp _app = new();
    private Uri _baseUrl = null!;
    private int _bigRoom;
    private int _smallRoom;

    public ProgramJourneyTests(BrowserSession browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    public async Task InitializeAsync()
    {
        _baseUrl = _app.StartOnLoopback();
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var conference = new Event("journey", "Journée de l'informatique du Québec", "Québec IT Day", "Québec", "America/Toronto", 1_600);
        conference.AddDay(new DateOnly(2027, 4, 27), new TimeOnly(8, 0), new TimeOnly(17, 30));
        db.Events.Add(conference);
        await db.SaveChangesAsync();
        var big = new Room(conference.Id, "Grande salle", 400);
        var small = new Room(conference.Id, "Salle 301", 30);
        db.Rooms.AddRange(big, small);
        await db.SaveChangesAsync();
        (_bigRoom, _smallRoom) = (big.Id, small.Id);
    }

    public async Task DisposeAsync()
    {
        _browser.ConsoleMessages.ForEach(_output.WriteLine);
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Organizer_builds_and_publishes_the_program_and_the_public_reads_it_in_both_languages()
    {
        var page = await _browser.NewPageAsync(_baseUrl);
        await SignInAsync(page);

        await page.GotoAsync("/organizer/speakers/new");
        await WaitInteractiveAsync(page);
        await page.GetByLabel("Prénom").FillAsync("Hélène");
        await page.GetByLabel("Nom de famille").FillAsync("Bouchard");
        await page.GetByLabel("Organisation").FillAsync("Ville de Québec");
        await page.GetByLabel("Biographie (français)").FillAsync("Architecte de données à la Ville.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizer/speakers/\d+"));

        await CreateSessionAsync(page, OpenData, OpenDataEnglish);
        await CreateSessionAsync(page, Security, "Municipal security");

        await page.GotoAsync("/organizer/board");
        await WaitInteractiveAsync(page);
        await page.Locator("button.board-pick", new() { HasText = OpenData }).ClickAsync();
        await page.Locator($"button.board-place[data-room='{_bigRoom}'][data-time='10:00']").ClickAsync();
        await Expect(page.GetByTestId("board-message")).ToContainTextAsync($"«\u00a0{OpenData}\u00a0» est placée à l'horaire.");

        await page.Locator("button.board-pick", new() { HasText = Security }).ClickAsync();
        await page.Locator($"button.board-place[data-room='{_smallRoom}'][data-time='10:30']").ClickAsync();
        await Expect(page.GetByTestId("board-message")).ToContainTextAsync($"Hélène Bouchard présente déjà «\u00a0{OpenData}\u00a0» à cette heure.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "board-refused-clash.png"), FullPage = true });

        await page.GetByTestId("publish-day").ClickAsync();
        await Expect(page.GetByTestId("board-message")).ToContainTextAsync("1 conférence(s) publiée(s)");

        var reader = await _browser.NewPageAsync(_baseUrl);
        await reader.GotoAsync("/agenda");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Programme", Level = 1 })).ToBeVisibleAsync();
        var item = reader.Locator(".agenda-item", new() { HasText = OpenData });
        await Expect(item).ToContainTextAsync("10 h 00");
        await Expect(item).ToContainTextAsync("Grande salle");
        await Expect(item).ToContainTextAsync("Hélène Bouchard");
        await Expect(reader.Locator("main")).Not.ToContainTextAsync(Security);

        await reader.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Agenda", Level = 1 })).ToBeVisibleAsync();
        await Expect(reader.Locator(".agenda-item", new() { HasText = OpenDataEnglish })).ToContainTextAsync("10:00");
        await reader.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "agenda-en.png"), FullPage = true });
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Adresse courriel").FillAsync(EventHubApp.OrganizerEmail);
        await page.GetByLabel("Mot de passe").FillAsync(EventHubApp.OrganizerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).Last.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/organizer$"));
    }

    private static async Task CreateSessionAsync(IPage page, string titleFr, string titleEn)
    {
        await page.GotoAsync("/organizer/sessions/new");
        await WaitInteractiveAsync(page);
        await page.GetByLabel("Titre (français)").FillAsync(titleFr);
        await page.GetByLabel("Titre (anglais)").FillAsync(titleEn);
        await page.GetByLabel("Hélène Bouchard").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/organizer/sessions/\d+\?saved=1"));
    }

    private static Task WaitInteractiveAsync(IPage page) =>
        Expect(page.Locator("[data-testid=interactive]:not([hidden])")).ToHaveCountAsync(1);
}
