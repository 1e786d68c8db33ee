using System.Globalization;
using Bunit;
using EventHub.Tests.Infrastructure;
using EventHub.Core.Domain;
using EventHub.Web.Components.Layout;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace EventHub.Tests.Components;

public sealed class NavMenuTests : IAsyncLifetime
{
    private readonly BunitContext _context = ComponentTestContext.Create();

    public Task InitializeAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("fr-CA");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public void Organizers_see_the_organizer_area_and_check_in()
    {
        _context.AddAuthorization().SetAuthorized("Organisation").SetRoles(Roles.Organizer);

        var links = Links(_context.Render<NavMenu>());

        Assert.Contains("/organizer", links);
        Assert.Contains("/organizer/staff", links);
        Assert.Contains("/checkin", links);
    }

    [Fact]
    public void Door_staff_see_only_check_in()
    {
        _context.AddAuthorization().SetAuthorized("Porte A").SetRoles(Roles.DoorStaff);

        var links = Links(_context.Render<NavMenu>());

        Assert.Contains("/checkin", links);
        Assert.DoesNotContain(links, l => l.StartsWith("/organizer", StringComparison.Ordinal));
    }

    [Fact]
    public void Anonymous_visitors_see_only_the_public_site()
    {
        _context.AddAuthorization();

        var links = Links(_context.Render<NavMenu>());

        Assert.Equal(["/"], links);
    }

    [Fact]
    public void Links_are_labelled_in_french()
    {
        _context.AddAuthorization().SetAuthorized("Porte A").SetRoles(Roles.DoorStaff);

        var menu = _context.Render<NavMenu>();

        Assert.Contains("Accueil des participants", menu.Markup);
    }

    private static List<string> Links(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
}
