using EventHub.Core.Features.Events;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Events;

/// <summary>The conference set-up pages are for organizers only, and render for them through the real app.</summary>
public sealed class ConferencePagesAccessTests : IAsyncLifetime
{
    private readonly EventHubApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/organizer/conferences")]
    [InlineData("/organizer/conferences/new")]
    [InlineData("/organizer/conference")]
    [InlineData("/organizer/conferences/1/new-edition")]
    public async Task Anonymous_visitors_and_door_staff_are_kept_out(string page)
    {
        await _app.CreateDoorStaffAsync();
        var door = NewClient();
        await HtmlForms.SignInAsync(door, EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);

        Assert.StartsWith("/account/login", (await NewClient().GetAsync(page)).Headers.Location!.PathAndQuery());
        Assert.StartsWith("/account/access-denied", (await door.GetAsync(page)).Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task Organizers_see_the_pages_with_the_conference()
    {
        var created = await _app.Services.GetRequiredService<ConferenceCreation>().CreateAsync(TestConferences.Details("sommet-2027"));
        Assert.True(created.Succeeded, created.Error?.Code);
        var client = NewClient();
        await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        var list = await client.GetStringAsync("/organizer/conferences");
        var edit = await client.GetStringAsync("/organizer/conference");
        var copy = await client.GetStringAsync($"/organizer/conferences/{created.Value}/new-edition");
        var form = await client.GetStringAsync("/organizer/conferences/new");

        Assert.Contains("sommet-2027", list);
        Assert.Contains("Centre de congrès de Lévis", edit);
        Assert.Contains("2028-05-10", copy);
        Assert.Contains("Nouvelle conférence", form);
    }
}
