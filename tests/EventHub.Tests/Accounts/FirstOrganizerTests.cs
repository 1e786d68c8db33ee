using System.Net;
using System.Text.RegularExpressions;
using EventHub.Core.Domain;
using EventHub.Core.Features.Accounts;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

using EventHub.Tests.Hosting;

namespace EventHub.Tests.Accounts;

[Collection(ConsoleCollection.Name)]
public sealed class FirstOrganizerTests
{
    [Fact]
    public async Task Without_a_configured_password_the_first_organizer_gets_a_one_time_password()
    {
        await using var app = new EventHubApp(configureOrganizerPassword: false);
        _ = app.Server;

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var organizers = await users.GetUsersInRoleAsync(Roles.Organizer);

        var organizer = Assert.Single(organizers);
        Assert.Equal(EventHubApp.OrganizerEmail, organizer.Email);
        Assert.True(organizer.MustChangePassword);
    }

    [Fact]
    public async Task With_a_configured_password_the_first_organizer_is_created_once()
    {
        await using var app = new EventHubApp();
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();

        var members = await accounts.ListAsync();

        var organizer = Assert.Single(members);
        Assert.False(organizer.MustChangePassword);
    }

    [Fact]
    public async Task A_one_time_password_must_be_changed_before_anything_else()
    {
        await using var app = new EventHubApp();
        string oneTimePassword;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
                .CreateAsync("nouvelle@test.example", "Nouvelle", Roles.Organizer);
            oneTimePassword = created.Value!.OneTimePassword!;
        }
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await HtmlForms.SignInAsync(client, "nouvelle@test.example", oneTimePassword);

        var blocked = await client.GetAsync("/organizer");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.StartsWith("/account/change-password", blocked.Headers.Location!.OriginalString);

        var changed = await HtmlForms.PostFormAsync(client, "/account/change-password", "change-password", new Dictionary<string, string>
        {
            ["Input.Current"] = oneTimePassword,
            ["Input.New"] = "Un-nouveau-mot-2027!",
            ["Input.Confirm"] = "Un-nouveau-mot-2027!",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var area = await client.GetAsync("/organizer");
        Assert.Equal(HttpStatusCode.OK, area.StatusCode);
    }

    [Fact]
    public void Generated_passwords_differ_and_meet_the_rules()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => EventHub.Core.Security.SecureTokens.NewOneTimePassword()).ToList();

        Assert.Equal(passwords.Count, passwords.Distinct().Count());
        Assert.All(passwords, p =>
        {
            Assert.Equal(16, p.Length);
            Assert.Matches(new Regex("[a-z]"), p);
            Assert.Matches(new Regex("[A-Z]"), p);
            Assert.Matches(new Regex("[0-9]"), p);
            Assert.Matches(new Regex("[^a-zA-Z0-9]"), p);
        });
    }
}
