using System.Net;
using System.Text.RegularExpressions;
using EventHub.Core.Domain;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Accounts;

/// <summary>
/// Sign-in tells nothing about an account and cannot be hammered: an unknown address costs the same
/// hashing work, a locked-out account is answered as a wrong password is, and attempts are limited
/// per client address and per account (issue 16, point 19).
/// </summary>
public sealed partial class SignInLimitTests
{
    private const string UnknownEmail = "personne@test.example";

    private static HttpClient NewClient(WebApplicationFactory<global::Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static EventHubApp AppWithLimits(int perAddress, int perAccount) => new(settings: new Dictionary<string, string>
    {
        ["RateLimits:SignIns:PerAddressPerMinute"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:SignIns:PerAccountPerMinute"] = perAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private static async Task<string> AnswerAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(FormError().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value);

    [Fact]
    public async Task An_unknown_address_costs_the_same_password_hashing_as_a_known_one()
    {
        var hasher = new CountingHasher();
        await using var app = new EventHubApp();
        await using var counted = app.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<AppUser>>(hasher)));
        var client = NewClient(counted);

        await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, "not-the-password");
        var known = hasher.Verifications;
        await HtmlForms.SignInAsync(client, UnknownEmail, "not-the-password");
        var unknown = hasher.Verifications - known;

        Assert.Equal(1, known);
        Assert.Equal(known, unknown);
    }

    [Fact]
    public async Task A_locked_out_account_is_answered_exactly_as_a_wrong_password_or_an_unknown_address()
    {
        await using var app = AppWithLimits(perAddress: 1000, perAccount: 1000);
        await app.CreateDoorStaffAsync();
        var client = NewClient(app);
        for (var i = 0; i < 5; i++)
        {
            await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, "wrong-password-" + i);
        }

        var lockedOut = await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);
        var wrongPassword = await HtmlForms.SignInAsync(client, EventHubApp.DoorStaffEmail, "not-the-password");
        var unknown = await HtmlForms.SignInAsync(client, UnknownEmail, "not-the-password");

        Assert.All(new[] { lockedOut, wrongPassword, unknown }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var answer = await AnswerAsync(wrongPassword);
        Assert.StartsWith("Adresse courriel ou mot de passe incorrect.", answer);
        Assert.Equal(answer, await AnswerAsync(lockedOut));
        Assert.Equal(answer, await AnswerAsync(unknown));
        Assert.False(lockedOut.Headers.Contains("Set-Cookie") && lockedOut.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("EventHub.Staff=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Attempts_from_one_address_are_cut_with_a_localized_message_even_for_the_right_password()
    {
        await using var app = AppWithLimits(perAddress: 5, perAccount: 1000);
        var client = NewClient(app);
        for (var i = 0; i < 5; i++)
        {
            var answered = await HtmlForms.SignInAsync(client, $"inconnu{i}@test.example", "not-the-password");
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        var cut = await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, cut.StatusCode);
        Assert.Equal("60", cut.Headers.RetryAfter?.ToString());
        Assert.Contains("Trop de tentatives de connexion", await AnswerAsync(cut));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/organizer")).StatusCode);
    }

    [Fact]
    public async Task Attempts_on_one_account_are_cut_while_another_account_still_signs_in()
    {
        await using var app = AppWithLimits(perAddress: 1000, perAccount: 3);
        await app.CreateDoorStaffAsync();
        var client = NewClient(app);
        for (var i = 0; i < 3; i++)
        {
            await HtmlForms.SignInAsync(client, EventHubApp.DoorStaffEmail, "wrong-password-" + i);
        }

        var cut = await HtmlForms.SignInAsync(client, EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);
        var other = await HtmlForms.SignInAsync(NewClient(app), EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, cut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task Thirty_attempts_at_once_on_one_account_are_not_all_answered()
    {
        await using var app = new EventHubApp();
        var client = NewClient(app);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/account/login"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.Email"] = EventHubApp.OrganizerEmail,
            ["Input.Password"] = "wrong-password-" + i,
        }))));

        Assert.Equal(10, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(20, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
    }

    /// <summary>The real password hasher, counting how many passwords it checks.</summary>
    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [GeneratedRegex(@"<p class=""form-error"" role=""alert"">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex FormError();
}
