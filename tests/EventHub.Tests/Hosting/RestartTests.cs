using System.Net;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EventHub.Tests.Hosting;

/// <summary>Data Protection keys live in the database, so a sign-in made on one instance is honoured by the next.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_sign_in_survives_a_restart_and_another_instance()
    {
        var folder = Directory.CreateTempSubdirectory("eventhub-restart-").FullName;
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        string cookie;
        await using (var first = new EventHubApp(dataFolder: folder))
        {
            var client = first.CreateClient(options);
            var signIn = await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);
            cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("EventHub.Staff=", StringComparison.Ordinal)).Split(';')[0];
        }

        await using var second = new EventHubApp(dataFolder: folder);
        var request = new HttpRequestMessage(HttpMethod.Get, "/organizer");
        request.Headers.Add("Cookie", cookie);
        var response = await second.CreateClient(options).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_cookie_from_another_install_is_not_honoured()
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        await using var first = new EventHubApp();
        var signIn = await HtmlForms.SignInAsync(first.CreateClient(options), EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("EventHub.Staff=", StringComparison.Ordinal)).Split(';')[0];

        await using var other = new EventHubApp();
        var request = new HttpRequestMessage(HttpMethod.Get, "/organizer");
        request.Headers.Add("Cookie", cookie);
        var response = await other.CreateClient(options).SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
