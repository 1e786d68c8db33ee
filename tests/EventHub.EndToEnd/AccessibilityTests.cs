using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using EventHub.Core.Data;
using EventHub.Core.Features.Questions;
using EventHub.Core.Domain;
using EventHub.Core.Features.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EventHub.EndToEnd;

/// <summary>An axe audit (WCAG 2.1 A and AA rules) of the pages every visitor, attendee and staff member meets first.</summary>
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
    [InlineData("/organizer/tickets")]
    [InlineData("/organizer/questions")]
    [InlineData("/organizer/conference")]
    [InlineData("/organizer/conferences")]
    [InlineData("/organizer/conferences/new")]
    public async Task Staff_pages_have_no_accessibility_violations(string path)
    {
        await _app.Services.GetRequiredService<EventHub.Core.Features.Demo.DemoSeeder>().SeedAsync();
        var page = await browser.NewPageAsync(_baseUrl);
        await page.SignInAsync(EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword, path);

        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task New_edition_from_a_conference_has_no_accessibility_violations()
    {
        await _app.Services.GetRequiredService<EventHub.Core.Features.Demo.DemoSeeder>().SeedAsync();
        var jiq = await _app.Services.GetRequiredService<EventHub.Core.Features.Events.ConferenceDirectory>().BySlugAsync(EventHub.Core.Features.Demo.DemoSeeder.Slug);
        var page = await browser.NewPageAsync(_baseUrl);
        await page.SignInAsync(EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword, $"/organizer/conferences/{jiq!.Id}/new-edition");
        await Expect(page.GetByTestId("first-day")).ToHaveValueAsync("2028-04-25");

        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_new_conference_form_showing_an_error_and_the_home_without_a_conference_have_no_accessibility_violations()
    {
        var page = await browser.NewPageAsync(_baseUrl);
        await page.SignInAsync(EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword, "/organizer");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Créer une conférence" })).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Créer une conférence" }).ClickAsync();
        await Expect(page.GetByTestId("conference-submit")).ToBeEnabledAsync();
        await page.GetByTestId("conference-submit").ClickAsync();
        await Expect(page.GetByTestId("conference-alert")).ToBeFocusedAsync();
        await Expect(page.GetByText("Corrigez le champ signalé ci-dessous.")).ToBeVisibleAsync();

        await AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("/register")]
    [InlineData("/register/sent")]
    public async Task Registration_pages_have_no_accessibility_violations(string path)
    {
        await AttendeeSeed.ConferenceOnSaleAsync(_app);
        var page = await browser.NewPageAsync(_baseUrl);
        await page.GotoAsync(path);

        await AssertNoViolationsAsync(page, attendeePage: true);
    }

    [Fact]
    public async Task The_registration_form_showing_its_errors_has_no_accessibility_violations()
    {
        await AttendeeSeed.ConferenceOnSaleAsync(_app);
        var page = await browser.NewPageAsync(_baseUrl);
        await page.GotoAsync("/register");
        await page.GetByRole(AriaRole.Button, new() { Name = "M'inscrire" }).ClickAsync();
        await Expect(page.Locator("#consent-error")).ToContainTextAsync("Votre consentement est nécessaire");

        await AssertNoViolationsAsync(page, attendeePage: true);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?step=cancel")]
    public async Task The_private_link_page_has_no_accessibility_violations(string query)
    {
        await AttendeeSeed.ConferenceOnSaleAsync(_app);
        var token = await AttendeeSeed.RegisterAsync(_app, new AttendeeDetails("Marie", "Tremblay", "marie.tremblay@test.example", "Ville de Québec", "Analyste", "fr"));
        var page = await browser.NewPageAsync(_baseUrl);
        await page.GotoAsync($"/r/{token}{query}");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Mon agenda" })).ToBeVisibleAsync();

        await AssertNoViolationsAsync(page, attendeePage: true);
    }

    [Fact]
    public async Task The_ticket_types_page_with_its_form_open_and_access_codes_has_no_accessibility_violations()
    {
        await AttendeeSeed.ConferenceOnSaleAsync(_app);
        var (eventId, hiddenId) = await HiddenTicketTypeAsync();
        await _app.Services.GetRequiredService<AccessCodeIssue>().IssueBatchAsync(eventId, hiddenId, 3);
        var page = await browser.NewPageAsync(_baseUrl);
        await page.SignInAsync(EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword, "/organizer/tickets");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nouvelle catégorie" }).ClickAsync();
        await Expect(page.GetByLabel("Nom (français)")).ToBeFocusedAsync();

        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_registration_form_a_code_opened_has_no_accessibility_violations()
    {
        await AttendeeSeed.ConferenceOnSaleAsync(_app);
        var (eventId, hiddenId) = await HiddenTicketTypeAsync();
        var code = (await _app.Services.GetRequiredService<AccessCodeIssue>().IssueAsync(eventId, hiddenId, 5)).Value!;
        var page = await browser.NewPageAsync(_baseUrl);
        await page.GotoAsync("/register?code=" + code);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le code donne accès");

        await AssertNoViolationsAsync(page, attendeePage: true);
    }

    [Fact]
    public async Task The_questions_page_with_its_editor_open_on_a_choice_has_no_accessibility_violations()
    {
        await AttendeeSeed.ConferenceOnSaleAsync(_app);
        await QuestionAsync();
        var page = await browser.NewPageAsync(_baseUrl);
        await page.SignInAsync(EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword, "/organizer/questions");
        await Expect(page.GetByText("Végétarien · Sans gluten")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nouvelle question" }).ClickAsync();
        await Expect(page.GetByLabel("Question (français)")).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Plusieurs choix" }).CheckAsync();
        await Expect(page.GetByLabel("Choix 2 (anglais)")).ToBeVisibleAsync();

        await AssertNoViolationsAsync(page);

        // The arrows keep the keyboard on the question moved.
        await page.GetByRole(AriaRole.Button, new() { Name = "Annuler" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Descendre « Besoins d'accessibilité ou alimentaires »" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Monter « Besoins d'accessibilité ou alimentaires »" })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_registration_form_refusing_an_answer_and_the_private_link_with_questions_have_no_accessibility_violations()
    {
        await AttendeeSeed.ConferenceOnSaleAsync(_app);
        // Registered before the questions were added: the private link asks them now.
        var token = await AttendeeSeed.RegisterAsync(_app, new AttendeeDetails("Marie", "Tremblay", "marie.tremblay@test.example", null, null, "fr"));
        var meal = await QuestionAsync();
        var page = await browser.NewPageAsync(_baseUrl);
        await page.GotoAsync("/register");
        await page.GetByRole(AriaRole.Button, new() { Name = "M'inscrire" }).ClickAsync();
        await Expect(page.Locator($"#q-{meal}-error")).ToContainTextAsync("Faites un choix.");

        await AssertNoViolationsAsync(page, attendeePage: true);

        await page.GotoAsync($"/r/{token}");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Questions de l'équipe d'organisation" })).ToBeVisibleAsync();

        await AssertNoViolationsAsync(page, attendeePage: true);
    }

    /// <summary>The conference's needs question (a long text) and a required choice after it; the choice's id.</summary>
    private async Task<int> QuestionAsync()
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var eventId = await db.Events.Select(e => e.Id).SingleAsync();
        var creation = _app.Services.GetRequiredService<QuestionCreation>();
        await creation.CreateAsync(eventId, DefaultQuestions.Needs);
        return (await creation.CreateAsync(eventId, new QuestionDraft(QuestionKind.SingleChoice, "Repas", "Meal", "Pour le dîner", "For lunch", true, [],
            [new OptionDraft(null, "Végétarien", "Vegetarian"), new OptionDraft(null, "Sans gluten", "Gluten-free")]))).Value;
    }

    private async Task<(int EventId, int TicketTypeId)> HiddenTicketTypeAsync()
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var eventId = await db.Events.Select(e => e.Id).SingleAsync();
        var hidden = new TicketType(eventId, "Conférencier", "Speaker", 30, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(30));
        hidden.ShowPublicly(false);
        db.TicketTypes.Add(hidden);
        await db.SaveChangesAsync();
        return (eventId, hidden.Id);
    }

    private static readonly string[] Wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The attendee's pages are also held to WCAG 2.2 AA and to axe's best practices (landmarks, heading order).</summary>
    private static readonly string[] AttendeeRules = ["wcag22aa", "best-practice"];

    private async Task AssertNoViolationsAsync(IPage page, bool attendeePage = false)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag, .. attendeePage ? AttendeeRules : []] },
        });

        foreach (var violation in result.Violations)
        {
            output.WriteLine($"{violation.Id} ({violation.Impact}): {violation.Help} — {string.Join(", ", violation.Nodes.Select(n => n.Html))}");
        }
        Assert.NotEmpty(result.Passes); // axe did run on the page
        Assert.Empty(result.Violations.Select(v => v.Id));
    }
}
