using Bunit;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Tickets;
using EventHub.Tests.Infrastructure;
using EventHub.Web.Features.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Tickets;

/// <summary>The organizer's ticket-types page, rendered with its real services over a test database.</summary>
public sealed class TicketTypesPageTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private readonly BunitContext _context = ComponentTestContext.Create();
    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;
    private TestRegistrations _registrations = null!;
    private TestTickets _tickets = null!;
    private Event _event = null!;
    private TicketType _regular = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var gate = new WriteGate(_database.Settings);
        _registrations = new TestRegistrations(_database, _time, gate);
        _tickets = new TestTickets(_database, _time, gate);
        await using (var db = _database.NewContext())
        {
            (_event, _regular) = await TestData.EventWithTicketAsync(db, quota: 100, capacity: 120);
        }
        _context.WithConferences(_database);
        _context.Services.AddSingleton<TimeProvider>(_time);
        _context.Services.AddSingleton(_tickets.List);
        _context.Services.AddSingleton(_tickets.Creation);
        _context.Services.AddSingleton(_tickets.Edit);
        _context.Services.AddSingleton(_tickets.Reorder);
        _context.Services.AddSingleton(_tickets.Closing);
        _context.Services.AddSingleton(_tickets.Deletion);
        _context.Services.AddSingleton(_tickets.Codes);
        _context.Services.AddSingleton(_tickets.CodeList);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _registrations.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_quota_below_the_seats_sold_is_refused_under_the_quota_field_and_nothing_changes()
    {
        for (var i = 0; i < 3; i++)
        {
            await _registrations.Registrar.RegisteredAsync(_regular.Id, new AttendeeDetails("Léa", "Côté", $"p{i}@test.example", null, null, "fr"));
        }
        var page = _context.Render<TicketTypesPage>();
        page.WaitForAssertion(() => Assert.Contains("3 sur 100", page.Markup), Wait);

        await page.InvokeAsync(() => Button(page, "Modifier").Click());
        var quota = page.WaitForElement("input[inputmode=numeric], input[type=number]", Wait);
        await page.InvokeAsync(() => quota.Change("2"));
        await page.InvokeAsync(() => Button(page, "Enregistrer").Click());

        page.WaitForAssertion(() => Assert.Contains("Le quota ne peut pas descendre sous les 3 places déjà vendues.", page.Markup), Wait);
        await using var db = _database.NewContext();
        Assert.Equal(100, (await db.TicketTypes.AsNoTracking().SingleAsync()).Quota);
    }

    [Fact]
    public async Task The_page_says_when_quotas_exceed_the_capacity_and_the_arrows_reorder_the_form()
    {
        await _tickets.Creation.CreateAsync(_event.Id, TestTickets.Draft("Étudiant", quota: 40));
        var page = _context.Render<TicketTypesPage>();
        page.WaitForAssertion(() => Assert.Contains("dépasse la capacité de la conférence (120\u00a0places)", page.Find("[data-testid=capacity-note]").TextContent), Wait);

        await page.InvokeAsync(() => page.Find("button[aria-label='Monter «\u00a0Étudiant\u00a0»']").Click());

        page.WaitForAssertion(() => Assert.Contains("«\u00a0Étudiant\u00a0» est maintenant en position 1.", page.Markup), Wait);
        var board = (await _tickets.List.ListAsync(_event.Id))!;
        Assert.Equal(["Étudiant", "Régulier"], board.Types.Select(t => t.NameFr));
        // The first row's up arrow is disabled now; the other arrows are not.
        Assert.True(page.Find("button[aria-label='Monter «\u00a0Étudiant\u00a0»']").HasAttribute("disabled"));
        Assert.False(page.Find("button[aria-label='Monter «\u00a0Régulier\u00a0»']").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_type_with_registrations_offers_closing_not_deleting()
    {
        var empty = (await _tickets.Creation.CreateAsync(_event.Id, TestTickets.Draft("Vide"))).Value;
        await _registrations.Registrar.RegisteredAsync(_regular.Id, new AttendeeDetails("Léa", "Côté", "garde@test.example", null, null, "fr"));
        var page = _context.Render<TicketTypesPage>();
        page.WaitForAssertion(() => Assert.Contains("Vide", page.Markup), Wait);

        Assert.Empty(page.FindAll("button[aria-label='Supprimer «\u00a0Régulier\u00a0»']"));
        await page.InvokeAsync(() => page.Find("button[aria-label='Fermer «\u00a0Régulier\u00a0»']").Click());
        await page.InvokeAsync(() => page.Find("button[aria-label='Supprimer «\u00a0Vide\u00a0»']").Click());

        page.WaitForAssertion(() => Assert.Contains("La catégorie «\u00a0Vide\u00a0» est supprimée.", page.Markup), Wait);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("button[aria-label='Rouvrir «\u00a0Régulier\u00a0»']")), Wait);
        await using var db = _database.NewContext();
        Assert.False(await db.TicketTypes.AnyAsync(t => t.Id == empty));
        Assert.True((await db.TicketTypes.SingleAsync()).IsClosed);
    }

    [Fact]
    public async Task A_batch_of_single_use_codes_for_a_hidden_type_is_listed_with_its_download()
    {
        await _tickets.Creation.CreateAsync(_event.Id, TestTickets.Draft("Bénévole", isPublic: false));
        var page = _context.Render<TicketTypesPage>();
        page.WaitForAssertion(() => Assert.Contains("Codes d'accès", page.Markup), Wait);

        await page.InvokeAsync(() => page.FindAll("input[type=radio]")[1].Click());
        await page.InvokeAsync(() => Button(page, "Créer").Click());

        page.WaitForAssertion(() => Assert.Contains("Codes créés\u00a0: 10", page.Find("[data-testid=codes-status]").TextContent), Wait);
        Assert.Equal(10, page.FindAll("td code").Count);
        Assert.Contains(AccessCodeExportEndpoints.Path, page.Markup);
        Assert.Equal(10, (await _tickets.CodeList.ListAsync(_event.Id)).Count(c => c.MaxUses == 1));
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<TicketTypesPage> page, string text) =>
        page.FindAll("button").First(b => b.TextContent.Trim() == text);
}
