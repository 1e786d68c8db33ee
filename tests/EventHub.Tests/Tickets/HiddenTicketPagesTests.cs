using System.Net;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Tickets;
using EventHub.Tests.Infrastructure;
using EventHub.Web.Features.Tickets;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Tickets;

/// <summary>Hidden ticket types and access codes through HTTP, as a browser without JavaScript meets them.</summary>
public abstract class HiddenTicketPagesTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : HiddenTicketPagesTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : HiddenTicketPagesTests(DatabaseProvider.PostgreSql);

    private AppDatabase _database = null!;
    private EventHubApp _app = null!;
    private int _regularId;
    private int _hiddenId;
    private string _code = "";

    public async Task InitializeAsync()
    {
        _database = await AppDatabase.CreateAsync(provider);
        _app = new(settings: _database.With(new Dictionary<string, string>
        {
            ["RateLimits:Registrations:Burst"] = "1000",
            ["EventHub:PublicUrl"] = "https://jiq.example",
        }));
        await using var db = await Factory.CreateDbContextAsync();
        var (regular, _) = await TestData.OnSaleNowAsync(db);
        var hidden = new TicketType(regular.EventId, "Conférencier", "Speaker", 20, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(30));
        hidden.ShowPublicly(false);
        db.TicketTypes.Add(hidden);
        await db.SaveChangesAsync();
        (_regularId, _hiddenId) = (regular.Id, hidden.Id);
        _code = (await _app.Services.GetRequiredService<AccessCodeIssue>().IssueAsync(regular.EventId, hidden.Id, maxUses: 2)).Value!;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IDbContextFactory<EventHubDbContext> Factory => _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Dictionary<string, string> Form(string email, int ticket, string? code = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Hélène",
            ["Input.LastName"] = "Côté",
            ["Input.Email"] = email,
            ["Input.TicketTypeId"] = ticket.ToString(),
            ["Input.PreferredLanguage"] = "fr",
            ["Input.Consent"] = "true",
        };
        if (code is not null)
        {
            fields["Input.AccessCode"] = code;
        }
        return fields;
    }

    [Fact]
    public async Task The_public_form_does_not_offer_the_hidden_type_and_a_code_link_reveals_it()
    {
        var client = NewClient();
        var plain = await client.GetStringAsync("/register");
        var revealed = WebUtility.HtmlDecode(await client.GetStringAsync($"/register?code={AccessCodes.Grouped(_code).ToLowerInvariant()}"));
        var wrong = WebUtility.HtmlDecode(await client.GetStringAsync("/register?code=ZZZZZ-ZZZZZ"));

        Assert.Contains($"value=\"{_regularId}\"", plain);
        Assert.DoesNotContain($"value=\"{_hiddenId}\"", plain);
        Assert.Contains($"value=\"{_hiddenId}\"", revealed);
        Assert.Contains("Le code donne accès à la catégorie «\u00a0Conférencier\u00a0».", revealed);
        Assert.Contains("name=\"Input.AccessCode\"", revealed);
        Assert.DoesNotContain($"value=\"{_hiddenId}\"", wrong);
        Assert.Contains("Ce code d'accès n'est pas valide ou n'a plus d'utilisation disponible.", wrong);
    }

    [Fact]
    public async Task Posting_the_hidden_types_id_without_a_valid_code_is_refused_with_a_localized_message()
    {
        var without = await HtmlForms.PostFormAsync(NewClient(), "/register", "register", Form("sans-code@test.example", _hiddenId));
        var invalid = await HtmlForms.PostFormAsync(NewClient(), "/register", "register", Form("faux-code@test.example", _hiddenId, "ZZZZZZZZZZ"));

        Assert.Equal(HttpStatusCode.OK, without.StatusCode);
        Assert.Contains("Cette catégorie de billet demande un code d'accès valide.", WebUtility.HtmlDecode(await without.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Ce code d'accès n'est pas valide ou n'a plus d'utilisation disponible.", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()));
        await using var db = await Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Registrations.CountAsync());
        Assert.Equal(0, (await db.AccessCodes.SingleAsync()).Uses);
    }

    [Fact]
    public async Task The_code_registers_for_the_hidden_type_and_takes_a_use()
    {
        var response = await HtmlForms.PostFormAsync(NewClient(), $"/register?code={_code}", "register", Form("avec-code@test.example", _hiddenId, _code.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await Factory.CreateDbContextAsync();
        var registration = await db.Registrations.SingleAsync();
        Assert.Equal(_hiddenId, registration.TicketTypeId);
        Assert.Equal(1, (await db.AccessCodes.SingleAsync()).Uses);
    }

    [Fact]
    public async Task The_organizer_downloads_the_codes_with_their_links_and_door_staff_cannot()
    {
        await _app.CreateDoorStaffAsync();
        var organizer = NewClient();
        await HtmlForms.SignInAsync(organizer, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);
        var door = NewClient();
        await HtmlForms.SignInAsync(door, EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);

        var page = WebUtility.HtmlDecode(await organizer.GetStringAsync("/organizer/tickets"));
        var csv = await organizer.GetStringAsync(AccessCodeExportEndpoints.Path);

        Assert.Contains("Conférencier", page);
        Assert.Contains(AccessCodes.Grouped(_code), csv);
        Assert.Contains($"https://jiq.example/jiq-test/register?code={_code}", csv);
        Assert.StartsWith("/account/access-denied", (await door.GetAsync("/organizer/tickets")).Headers.Location!.PathAndQuery());
        Assert.StartsWith("/account/access-denied", (await door.GetAsync(AccessCodeExportEndpoints.Path)).Headers.Location!.PathAndQuery());
    }
}
