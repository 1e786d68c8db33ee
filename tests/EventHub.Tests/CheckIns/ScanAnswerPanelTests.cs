using System.Globalization;
using Bunit;
using EventHub.Tests.Infrastructure;
using EventHub.Core.Domain;
using EventHub.Core.Features.CheckIns;
using EventHub.Web.Features.CheckIns;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace EventHub.Tests.CheckIns;

public sealed class ScanAnswerPanelTests : IAsyncLifetime
{
    private readonly BunitContext _context = ComponentTestContext.Create();

    public Task InitializeAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("fr-CA");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    private IRenderedComponent<ScanAnswerPanel> Render(ScanAnswer answer) =>
        _context.Render<ScanAnswerPanel>(p => p.Add(x => x.Answer, answer));

    [Fact]
    public void Welcome_shows_the_name_and_ticket_type_with_an_icon_and_words()
    {
        var panel = Render(new ScanAnswer(CheckInOutcome.CheckedIn, "Marie", "Tremblay", new LocalizedText("Étudiant", "Student")));

        Assert.Contains("Bienvenue", panel.Find(".scan-title").TextContent);
        Assert.Equal("Marie Tremblay", panel.Find(".scan-name").TextContent);
        Assert.Contains("Étudiant", panel.Markup);
        Assert.Equal("✔", panel.Find(".scan-icon").TextContent);
        Assert.Equal("assertive", panel.Find("[role=status]").GetAttribute("aria-live"));
    }

    [Fact]
    public void Already_checked_in_shows_the_time_and_door_of_the_first_entry()
    {
        var first = new DateTime(2027, 4, 27, 12, 42, 0, DateTimeKind.Utc);

        var panel = Render(new ScanAnswer(CheckInOutcome.AlreadyCheckedIn, "Marie", "Tremblay", new LocalizedText("Régulier", "Regular"), first, "Porte B"));

        Assert.Contains("Arrivée déjà enregistrée", panel.Find(".scan-title").TextContent);
        Assert.Contains("8 h 42", panel.Markup);
        Assert.Contains("Porte B", panel.Markup);
        Assert.Equal("⟲", panel.Find(".scan-icon").TextContent);
    }

    [Theory]
    [InlineData(CheckInOutcome.Invalid, "Code inconnu.")]
    [InlineData(CheckInOutcome.Cancelled, "Inscription annulée.")]
    [InlineData(CheckInOutcome.Waitlisted, "liste d'attente")]
    public void Not_valid_says_why_and_shows_no_name(CheckInOutcome outcome, string reason)
    {
        var panel = Render(new ScanAnswer(outcome));

        Assert.Contains("Porte-nom non valide", panel.Find(".scan-title").TextContent);
        Assert.Contains(reason, panel.Markup);
        Assert.Empty(panel.FindAll(".scan-name"));
        Assert.Equal("✖", panel.Find(".scan-icon").TextContent);
    }
}
