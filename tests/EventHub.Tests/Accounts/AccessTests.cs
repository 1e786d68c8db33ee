using System.Net;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EventHub.Tests.Accounts;

public sealed class AccessTests : IAsyncLifetime
{
    private readonly EventHubApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/organizer")]
    [InlineData("/organizer/staff")]
    [InlineData("/checkin")]
    [InlineData("/dashboard")]
    [InlineData("/badges")]
    public async Task Anonymous_visitor_is_sent_to_sign_in(string page)
    {
        var response = await NewClient().GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task Organizer_signs_in_and_reaches_the_organizer_area()
    {
        var client = NewClient();

        var signIn = await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var area = await client.GetAsync("/organizer");
        Assert.Equal(HttpStatusCode.OK, area.StatusCode);
        Assert.Contains("Espace organisation", await area.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Door_staff_are_refused_the_organizer_area_but_reach_check_in()
    {
        await _app.CreateDoorStaffAsync();
        var client = NewClient();
        await HtmlForms.SignInAsync(client, EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);

        var organizer = await client.GetAsync("/organizer");
        Assert.Equal(HttpStatusCode.Redirect, organizer.StatusCode);
        Assert.StartsWith("/account/access-denied", organizer.Headers.Location!.PathAndQuery());

        foreach (var page in new[] { "/dashboard", "/badges", "/organizer/devices", "/organizer/checkpoints", "/organizer/staff" })
        {
            var refused = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery());
        }

        var checkIn = await client.GetAsync("/checkin");
        Assert.Equal(HttpStatusCode.OK, checkIn.StatusCode);
    }

    [Fact]
    public async Task Organizer_check_in_pages_render()
    {
        var factory = _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var (conference, _) = await TestData.EventWithTicketAsync(db);
            db.Checkpoints.Add(new Checkpoint(conference.Id, "Porte Saint-Jean", CheckpointKind.Door));
            db.Devices.Add(new Device("Lecteur de la porte nord", "hash", TestData.Now));
            await db.SaveChangesAsync();
        }
        var client = NewClient();
        await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        Assert.Contains("Porte Saint-Jean", await client.GetStringAsync("/organizer/checkpoints"));
        Assert.Contains("Lecteur de la porte nord", await client.GetStringAsync("/organizer/devices"));
        Assert.Contains("Porte Saint-Jean", await client.GetStringAsync("/dashboard"));
        Assert.Contains(EventHubApp.OrganizerEmail, await client.GetStringAsync("/organizer/staff"));
        Assert.Contains("Accueil des participants", await client.GetStringAsync("/checkin"));
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_localized_message()
    {
        var response = await HtmlForms.SignInAsync(NewClient(), EventHubApp.OrganizerEmail, "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Adresse courriel ou mot de passe incorrect.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account()
    {
        var client = NewClient();
        for (var i = 0; i < 5; i++)
        {
            await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, "wrong-password-" + i);
        }

        var response = await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        // Refused with the right password, with the answer a wrong password gets (point 19).
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Adresse courriel ou mot de passe incorrect.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/organizer")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_post_without_antiforgery_token_is_refused()
    {
        var response = await NewClient().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = EventHubApp.OrganizerEmail,
            ["Input.Password"] = EventHubApp.OrganizerPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
