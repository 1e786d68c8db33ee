using System.Text.RegularExpressions;
using EventHub.Core.Domain;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EventHub.EndToEnd;

/// <summary>
/// Issue 4 end to end: an attendee registers in French, finds the private link in the e-mail the
/// outbox wrote to the pickup folder, follows it to the badge and the personal agenda, downloads the
/// agenda, cancels; an organizer then finds the registration cancelled in the grid.
/// </summary>
public sealed class RegistrationJourneyTests : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private const string FirstName = "Geneviève";
    private const string LastName = "Lapointe-Ouellet";
    private const string Email = "genevieve.lapointe@test.example";

    private readonly BrowserSession _browser;
    private readonly ITestOutputHelper _output;
    private readonly int _port = EventHubApp.FreeLoopbackPort();
    private readonly EventHubApp _app;
    private readonly List<IPage> _pages = [];
    private Uri _baseUrl = null!;

    public RegistrationJourneyTests(BrowserSession browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
        // Links in e-mails start with the public address: here the app's own, so the link opens as is.
        _app = new EventHubApp(settings: new Dictionary<string, string> { ["EventHub:PublicUrl"] = $"http://127.0.0.1:{_port}" });
    }

    public async Task InitializeAsync()
    {
        _baseUrl = _app.StartOnLoopback(_port);
        await AttendeeSeed.ConferenceOnSaleAsync(_app);
        // Someone else registered, so that the organizer's search has something to leave out.
        await AttendeeSeed.RegisterAsync(_app, new AttendeeDetails("Marie", "Tremblay", "marie.tremblay@test.example", "Ville de Lévis", null, "fr"));
    }

    public async Task DisposeAsync()
    {
        _browser.ConsoleMessages.ForEach(_output.WriteLine);
        // Closed first, so the server does not wait for the organizer's open circuit when it stops.
        foreach (var page in _pages)
        {
            await page.Context.CloseAsync();
        }
        await _app.DisposeAsync();
    }

    private async Task<IPage> NewPageAsync()
    {
        var page = await _browser.NewPageAsync(_baseUrl);
        _pages.Add(page);
        return page;
    }

    [Fact]
    public async Task Attendee_registers_follows_the_emailed_link_builds_an_agenda_and_cancels_and_the_organizer_sees_it()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/register");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr-CA");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inscription", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Prénom").FillAsync(FirstName);
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync(LastName);
        await page.GetByLabel("Courriel", new() { Exact = true }).FillAsync(Email);
        await page.GetByLabel("Organisation (facultatif)").FillAsync("Ville de Québec");
        await page.GetByLabel(AttendeeSeed.Ticket).CheckAsync();
        await page.GetByLabel("J'accepte que l'équipe d'organisation conserve ces renseignements").CheckAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "register-filled.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "M'inscrire" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(_baseUrl, "/register/sent").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Consultez vos courriels", Level = 1 })).ToBeVisibleAsync();

        var mail = await MailPickup.WaitForMessageToAsync(_app, Email);
        var link = Regex.Match(mail.TextBody ?? "", $@"{Regex.Escape($"http://127.0.0.1:{_port}")}/r/[A-Za-z0-9_\-]+").Value;
        Assert.False(string.IsNullOrEmpty(link), "The e-mail holds no private link: " + mail.TextBody);
        Assert.Contains(link, mail.HtmlBody ?? "");

        await page.GotoAsync(link);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Bonjour {FirstName}", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Confirmée");
        var badge = page.GetByRole(AriaRole.Img, new() { Name = "Code QR de votre porte-nom" });
        await Expect(badge).ToBeVisibleAsync();
        await Expect(badge).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await badge.EvaluateAsync<int>("image => image.naturalWidth") > 0, "The badge's QR image did not load.");
        // Laid out whole, above its caption and the download link rather than under them.
        var image = (await badge.BoundingBoxAsync())!;
        var caption = (await page.Locator("figcaption", new() { HasText = "Présentez ce code à l'entrée." }).BoundingBoxAsync())!;
        var download = (await page.GetByRole(AriaRole.Link, new() { Name = "Télécharger le code QR (PNG)" }).BoundingBoxAsync())!;
        Assert.True(image.Y + image.Height <= caption.Y && caption.Y + caption.Height <= download.Y,
            $"QR image {image.Y}+{image.Height}, caption {caption.Y}+{caption.Height}, link {download.Y}: they overlap.");

        var agenda = page.GetByRole(AriaRole.Region, new() { Name = "Mon agenda" });
        await agenda.GetByLabel(AttendeeSeed.MorningTalk).CheckAsync();
        await agenda.GetByLabel(AttendeeSeed.AfternoonTalk).CheckAsync();
        await agenda.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon agenda" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Votre agenda est enregistré." })).ToBeVisibleAsync();
        await Expect(agenda.GetByLabel(AttendeeSeed.MorningTalk)).ToBeCheckedAsync();
        await Expect(agenda.GetByLabel(AttendeeSeed.AfternoonTalk)).ToBeCheckedAsync();

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "registration-agenda.png"), FullPage = true });
        var calendarDownload = await page.RunAndWaitForDownloadAsync(() =>
            agenda.GetByRole(AriaRole.Link, new() { Name = "Télécharger mon agenda (.ics)" }).ClickAsync());
        Assert.Equal("agenda.ics", calendarDownload.SuggestedFilename);
        var calendar = await File.ReadAllTextAsync(await calendarDownload.PathAsync());
        Assert.Equal(2, Regex.Matches(calendar, "^BEGIN:VEVENT", RegexOptions.Multiline).Count);
        Assert.Contains("SUMMARY:" + AttendeeSeed.MorningTalk, calendar);
        Assert.Contains("SUMMARY:" + AttendeeSeed.AfternoonTalk, calendar);

        await page.GetByRole(AriaRole.Link, new() { Name = "Annuler mon inscription" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Oui, annuler mon inscription" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Annulée");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Votre inscription est annulée." })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "registration-cancelled.png"), FullPage = true });

        var organizer = await NewPageAsync();
        await organizer.SignInAsync(EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword, "/organizer/registrations");
        await organizer.GetByLabel("Rechercher").FillAsync(LastName);
        // The search applies after a short pause: the pager's count says when the grid holds its result. Until then
        // the body may hold a loading row, or every registration.
        var pager = organizer.Locator(".mud-table-pagination");
        await Expect(pager).ToContainTextAsync("1-1 sur 1");
        // The grid's pager speaks French too (MudBlazor's own defaults are English).
        await Expect(pager).ToContainTextAsync("Lignes par page");
        var row = organizer.Locator("tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync($"{FirstName} {LastName}");
        await Expect(row).ToContainTextAsync(Email);
        await Expect(row).ToContainTextAsync("Annulée");
        await organizer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "registrations-cancelled.png"), FullPage = true });
    }

    [Fact]
    public async Task An_organizer_imports_a_partners_list_and_each_registration_says_who_vouched_for_the_consent()
    {
        var organizer = await NewPageAsync();
        await organizer.SignInAsync(EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword, "/organizer/registrations/import");

        await organizer.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "partenaire.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("prenom,nom,courriel\nRéjean,Bilodeau,rejean.bilodeau@test.example\n"),
        });
        await organizer.GetByLabel("Je confirme que le partenaire a recueilli le consentement").CheckAsync();
        await organizer.GetByRole(AriaRole.Button, new() { Name = "Importer 1 personnes" }).ClickAsync();
        await Expect(organizer.GetByTestId("import-message")).ToContainTextAsync("1 confirmées");

        await organizer.OpenInteractiveAsync("/organizer/registrations");
        await organizer.GetByLabel("Rechercher").FillAsync("Bilodeau");
        await Expect(organizer.Locator(".mud-table-pagination")).ToContainTextAsync("1-1 sur 1");
        await organizer.GetByRole(AriaRole.Link, new() { Name = "Réjean Bilodeau" }).ClickAsync();
        await Expect(organizer.GetByTestId("consent")).ToContainTextAsync($"Consentement confirmé par {EventHubApp.OrganizerEmail} lors de l'importation d'une liste");
    }
}
