using System.Net;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EventHub.Tests.Program;

/// <summary>The organizer's program pages are for organizers only and render (prerendered) with the program's data.</summary>
public sealed class OrganizerProgramPagesTests : IAsyncLifetime
{
    private readonly EventHubApp _app = new();
    private TestProgram _program = null!;

    public async Task InitializeAsync() => _program = await TestProgram.CreateAsync(_app.Services);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/organizer/board")]
    [InlineData("/organizer/sessions")]
    [InlineData("/organizer/speakers")]
    [InlineData("/organizer/venue")]
    public async Task Anonymous_visitors_and_door_staff_are_kept_out(string page)
    {
        await _app.CreateDoorStaffAsync();
        var door = NewClient();
        await HtmlForms.SignInAsync(door, EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);

        Assert.StartsWith("/account/login", (await NewClient().GetAsync(page)).Headers.Location!.PathAndQuery());
        Assert.StartsWith("/account/access-denied", (await door.GetAsync(page)).Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task Organizer_pages_render_the_program()
    {
        var id = await _program.PlacedAsync("Villes intelligentes", _program.BigRoom, new TimeOnly(9, 0), 60, _program.Marie);
        var client = NewClient();
        await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        var board = await client.GetStringAsync("/organizer/board");
        var sessions = await client.GetStringAsync("/organizer/sessions");
        var session = await client.GetStringAsync($"/organizer/sessions/{id}");
        var speakers = await client.GetStringAsync("/organizer/speakers");
        var speaker = await client.GetStringAsync($"/organizer/speakers/{_program.Marie.Id}");
        var venue = await client.GetStringAsync("/organizer/venue");

        Assert.Contains("Villes intelligentes", board);
        Assert.Contains("Grande salle", board);
        Assert.Contains("Villes intelligentes", sessions);
        Assert.Contains("Villes intelligentes", session);
        Assert.Contains("Marie Tremblay", speakers);
        Assert.Contains("Tremblay", speaker);
        Assert.Contains("Salle 301", venue);
        Assert.Contains("Données", venue);
    }
}
