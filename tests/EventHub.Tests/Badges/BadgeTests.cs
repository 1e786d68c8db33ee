using System.Net;
using System.Text.RegularExpressions;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Security;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Badges;

public sealed partial class BadgeTests : IAsyncLifetime
{
    private readonly EventHubApp _app = new();
    private Registration _marie = null!;
    private Registration _luc = null!;
    private const string MarieToken = "marie-private-token-0123456789abcdefghijklmnop";

    public async Task InitializeAsync()
    {
        var factory = _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db);
        _marie = TestData.Registration(conference, ticket, "marie.tremblay@test.example", tokenHash: SecureTokens.Hash(MarieToken));
        _luc = TestData.Registration(conference, ticket, "luc.gagnon@test.example");
        db.Registrations.AddRange(_marie, _luc);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient Client() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> OrganizerAsync()
    {
        var client = Client();
        await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);
        return client;
    }

    [Fact]
    public async Task The_badge_png_decodes_to_exactly_the_badge_code_and_nothing_personal()
    {
        var organizer = await OrganizerAsync();

        var png = await organizer.GetByteArrayAsync($"/organizer/badges/{_marie.Id}/qr.png");
        var decoded = await Zbar.DecodeAsync(png);

        Assert.Equal("EH1-" + _marie.BadgeCode, decoded);
        Assert.DoesNotContain("Marie", decoded, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@", decoded);
    }

    [Fact]
    public async Task Every_image_of_the_printed_sheet_decodes_to_its_badge()
    {
        var organizer = await OrganizerAsync();

        var sheet = await organizer.GetStringAsync("/badges?layout=letter");
        var sources = QrSource().Matches(sheet).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(2, sources.Count);
        Assert.Contains("Tremblay", sheet);
        Assert.DoesNotContain("marie.tremblay@test.example", sheet);
        var decoded = new List<string>();
        foreach (var source in sources)
        {
            decoded.Add(await Zbar.DecodeAsync(await organizer.GetByteArrayAsync(source)));
        }
        Assert.Equal(new[] { "EH1-" + _luc.BadgeCode, "EH1-" + _marie.BadgeCode }.Order(), decoded.Order());
    }

    [Fact]
    public async Task The_sheet_filters_by_last_name_range()
    {
        var organizer = await OrganizerAsync();

        var sheet = await organizer.GetStringAsync("/badges?from=S&to=Z&layout=a6");

        Assert.Contains("Tremblay", sheet);
        Assert.DoesNotContain("Gagnon", sheet);
        Assert.Contains("size: 105mm 148mm", sheet);
    }

    [Fact]
    public async Task The_attendee_gets_their_own_badge_through_the_private_link_and_nothing_else()
    {
        var anonymous = Client();

        var own = await anonymous.GetAsync($"/r/{MarieToken}/badge.png");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("EH1-" + _marie.BadgeCode, await Zbar.DecodeAsync(await own.Content.ReadAsByteArrayAsync()));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/r/{SecureTokens.NewToken()}/badge.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/r/{MarieToken}x/badge.png")).StatusCode);
        var other = await anonymous.GetAsync($"/organizer/badges/{_luc.Id}/qr.png");
        Assert.NotEqual(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task The_svg_badge_is_served_too()
    {
        var response = await Client().GetAsync($"/r/{MarieToken}/badge.svg");

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", (await response.Content.ReadAsStringAsync()).TrimStart());
    }

    [Fact]
    public async Task Door_staff_cannot_print_badges()
    {
        await _app.CreateDoorStaffAsync();
        var client = Client();
        await HtmlForms.SignInAsync(client, EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);

        var sheet = await client.GetAsync("/badges");
        var image = await client.GetAsync($"/organizer/badges/{_marie.Id}/qr.png");

        Assert.StartsWith("/account/access-denied", sheet.Headers.Location!.PathAndQuery());
        Assert.NotEqual(HttpStatusCode.OK, image.StatusCode);
    }

    [GeneratedRegex("<img class=\"badge-qr\" src=\"([^\"]+)\"")]
    private static partial Regex QrSource();
}
