using Bunit;
using EventHub.Core.Features.CheckIns;
using EventHub.Core.Features.Devices;
using EventHub.Tests.Infrastructure;
using EventHub.Web.Features.CheckIns;
using EventHub.Web.Features.Devices;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.CheckIns;

/// <summary>
/// A button enabled by a typed name is enabled by the first keystroke: the field binds on input, so one
/// click (not a click to leave the field and a second one) does the work.
/// </summary>
public sealed class TypedNameEnablesButtonTests : IAsyncLifetime
{
    private readonly BunitContext _context = ComponentTestContext.Create();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using (var db = _database.NewContext())
        {
            // The checkpoints page works on a conference; without one it offers to create it instead.
            await TestData.EventWithTicketAsync(db);
        }
        _context.WithConferences(_database);
        _context.Services.AddSingleton(new CheckpointAdmin(_database.Factory, new CheckpointDirectory(_database.Factory, TimeProvider.System)));
        _context.Services.AddSingleton(new DeviceTokens(_database.Factory, TimeProvider.System));
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public Task One_keystroke_enables_Add_the_door() => OneKeystrokeEnables<CheckpointsPage>("Ajouter la porte");

    [Fact]
    public Task One_keystroke_enables_Create_a_token() => OneKeystrokeEnables<DevicesPage>("Créer un jeton");

    private async Task OneKeystrokeEnables<TPage>(string buttonText) where TPage : IComponent
    {
        var page = _context.Render<TPage>();
        var button = () => page.FindAll("button").Single(b => b.TextContent.Contains(buttonText, StringComparison.Ordinal));
        page.WaitForAssertion(() => Assert.True(button().HasAttribute("disabled")), TimeSpan.FromSeconds(5));

        // An input event only, as a keystroke sends: no change event, the focus stays in the field.
        await page.InvokeAsync(() => page.Find("input").Input("P"));

        page.WaitForAssertion(() => Assert.False(button().HasAttribute("disabled")), TimeSpan.FromSeconds(5));
    }
}
