using System.Net;
using EventHub.Core.Domain;
using EventHub.Core.Features.Accounts;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Accounts;

/// <summary>
/// Sign-out, a password change, a role change and disabling an account end every session of that account:
/// a sign-in cookie copied before is refused at its next request (issue 16, point 18).
/// </summary>
public sealed class SessionEndTests : IAsyncLifetime
{
    private const string CookieName = "EventHub.Staff";
    private readonly EventHubApp _app = new();

    public Task InitializeAsync() => _app.CreateDoorStaffAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Signs in and returns the browser's client and a second client holding a copy of the sign-in cookie.</summary>
    private async Task<(HttpClient Browser, HttpClient Copy)> SignInAsync(string email, string password)
    {
        var browser = NewClient();
        var signIn = await HtmlForms.SignInAsync(browser, email, password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal)).Split(';')[0];
        var copy = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return (browser, copy);
    }

    private static async Task AssertSignedInAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertSentToSignInAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery());
    }

    private async Task<string> IdOfAsync(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        var (browser, copy) = await SignInAsync(EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);
        await AssertSignedInAsync(copy, "/organizer");
        var page = await browser.GetStringAsync("/organizer");

        var signOut = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(page),
        }));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        await AssertSentToSignInAsync(browser, "/organizer");
        await AssertSentToSignInAsync(copy, "/organizer");
        await AssertSentToSignInAsync(copy, "/organizer/registrations.csv");
    }

    [Fact]
    public async Task Sign_out_without_the_antiforgery_token_is_refused_and_the_session_goes_on()
    {
        var (browser, _) = await SignInAsync(EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        var signOut = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        await AssertSignedInAsync(browser, "/organizer");
    }

    [Fact]
    public async Task A_cookie_copied_before_a_password_change_is_refused_after_it_and_the_changing_browser_stays_signed_in()
    {
        var (browser, copy) = await SignInAsync(EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);
        await AssertSignedInAsync(copy, "/checkin");

        var change = await HtmlForms.PostFormAsync(browser, "/account/change-password", "change-password", new Dictionary<string, string>
        {
            ["Input.Current"] = EventHubApp.DoorStaffPassword,
            ["Input.New"] = "Un-Nouveau-Mot-De-Passe-2027!",
            ["Input.Confirm"] = "Un-Nouveau-Mot-De-Passe-2027!",
        });

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        await AssertSignedInAsync(browser, "/checkin");
        await AssertSentToSignInAsync(copy, "/checkin");
    }

    [Fact]
    public async Task A_cookie_copied_before_a_role_change_is_refused_after_it()
    {
        var (_, copy) = await SignInAsync(EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);
        await AssertSignedInAsync(copy, "/checkin");

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ChangeStaffRole>()
                .ChangeAsync(await IdOfAsync(EventHubApp.OrganizerEmail), EventHubApp.DoorStaffEmail, Roles.Organizer);
            Assert.True(result.Succeeded, result.Error?.Code);
        }

        await AssertSentToSignInAsync(copy, "/checkin");
        var (again, _) = await SignInAsync(EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);
        await AssertSignedInAsync(again, "/organizer");
    }

    [Fact]
    public async Task A_cookie_copied_before_the_account_is_disabled_is_refused_after_it_and_sign_in_is_refused()
    {
        var (_, copy) = await SignInAsync(EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);
        await AssertSignedInAsync(copy, "/checkin");

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<DisableStaffAccount>()
                .DisableAsync(await IdOfAsync(EventHubApp.OrganizerEmail), EventHubApp.DoorStaffEmail);
            Assert.True(result.Succeeded, result.Error?.Code);
        }

        await AssertSentToSignInAsync(copy, "/checkin");
        var refused = await HtmlForms.SignInAsync(NewClient(), EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task An_organizer_cannot_disable_or_demote_themselves()
    {
        var me = await IdOfAsync(EventHubApp.OrganizerEmail);
        await using var scope = _app.Services.CreateAsyncScope();

        var demoted = await scope.ServiceProvider.GetRequiredService<ChangeStaffRole>().ChangeAsync(me, EventHubApp.OrganizerEmail, Roles.DoorStaff);
        var disabled = await scope.ServiceProvider.GetRequiredService<DisableStaffAccount>().DisableAsync(me, EventHubApp.OrganizerEmail);

        Assert.Equal("Account.CannotChangeOwnRole", demoted.Error?.Code);
        Assert.Equal("Account.CannotDisableSelf", disabled.Error?.Code);
        var members = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().ListAsync();
        var organizer = Assert.Single(members, m => m.Email == EventHubApp.OrganizerEmail);
        Assert.Equal(Roles.Organizer, organizer.Role);
        Assert.False(organizer.Disabled);
    }

    [Fact]
    public async Task A_disabled_account_is_listed_as_disabled_and_can_be_enabled_again()
    {
        var me = await IdOfAsync(EventHubApp.OrganizerEmail);
        await using var scope = _app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<DisableStaffAccount>();

        await accounts.DisableAsync(me, EventHubApp.DoorStaffEmail);
        var listed = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().ListAsync();
        Assert.True(Assert.Single(listed, m => m.Email == EventHubApp.DoorStaffEmail).Disabled);

        await accounts.EnableAsync(me, EventHubApp.DoorStaffEmail);
        var (browser, _) = await SignInAsync(EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);
        await AssertSignedInAsync(browser, "/checkin");
    }

    [Fact]
    public async Task The_staff_page_offers_role_and_disable_buttons_for_others_but_not_for_oneself()
    {
        var (browser, _) = await SignInAsync(EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/organizer/staff"));

        Assert.Contains("<button", page);
        Assert.Contains("Passer Porte A à l’organisation", page);
        Assert.Contains("Désactiver Porte A", page);
        Assert.Contains("Votre compte", page);
        Assert.DoesNotContain("Désactiver " + EventHubApp.OrganizerEmail, page);
    }
}
