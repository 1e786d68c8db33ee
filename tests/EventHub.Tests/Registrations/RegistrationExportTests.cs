using System.Net;
using System.Text;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Registrations;

public sealed class RegistrationExportTests : IAsyncLifetime
{
    private readonly EventHubApp _app = new();

    public async Task InitializeAsync()
    {
        var factory = _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db);
        var helene = TestData.Registration(conference, ticket, "helene@test.example");
        helene.Correct(new AttendeeDetails("Hélène", "Côté", "helene@test.example", "=HYPERLINK(\"http://evil.example\")", null, "fr"), TestData.Now);
        var formula = TestData.Registration(conference, ticket, "formule@test.example");
        formula.Correct(new AttendeeDetails("+SUM(A1)", "-Tremblay", "formule@test.example", "@Société", null, "fr"), TestData.Now);
        db.Registrations.AddRange(helene, formula);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Organizer_gets_utf8_with_bom_accents_and_neutralized_formulas()
    {
        var client = NewClient();
        await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        var response = await client.GetAsync("/organizer/registrations.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Prénom;Nom;Adresse courriel;Organisation;Catégorie de billet;Statut;Rang sur la liste d'attente;Inscrit le (heure de Québec)", lines[0]);
        Assert.Equal(3, lines.Length);
        var helene = Assert.Single(lines, l => l.StartsWith("Hélène;Côté;helene@test.example;"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", helene);
        Assert.EndsWith(";Régulier;Confirmée;;2027-03-01 09:00", helene);
        Assert.Single(lines, l => l.StartsWith("\"'+SUM(A1)\";\"'-Tremblay\";formule@test.example;\"'@Société\""));
    }

    [Fact]
    public async Task The_grid_filter_applies_to_the_export_and_a_bad_status_is_refused()
    {
        var client = NewClient();
        await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        var filtered = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/organizer/registrations.csv?q=helene&status=Confirmed"));
        var none = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/organizer/registrations.csv?status=cancelled"));
        var bad = await client.GetAsync("/organizer/registrations.csv?status=perdu");

        Assert.Equal(2, filtered.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("Hélène", filtered);
        Assert.Single(none.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Organizer_registration_pages_render()
    {
        var client = NewClient();
        await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);
        var factory = _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var id = await db.Registrations.Where(r => r.FirstName == "Hélène").Select(r => r.Id).SingleAsync();

        Assert.Contains("Télécharger en CSV", await client.GetStringAsync("/organizer/registrations"));
        var details = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/organizer/registrations/{id}"));
        Assert.Contains("helene@test.example", details);
        Assert.Contains("Consentement donné par la personne dans le formulaire d'inscription", details);
        Assert.Contains("Régulier", await client.GetStringAsync("/organizer/registrations/waitlist"));
        Assert.Contains("Choisir un fichier CSV", await client.GetStringAsync("/organizer/registrations/import"));
        Assert.Contains("EFFACER", await client.GetStringAsync("/organizer/registrations/purge"));
    }

    [Fact]
    public async Task Door_staff_and_anonymous_visitors_are_refused()
    {
        await _app.CreateDoorStaffAsync();
        var staff = NewClient();
        await HtmlForms.SignInAsync(staff, EventHubApp.DoorStaffEmail, EventHubApp.DoorStaffPassword);

        var refused = await staff.GetAsync("/organizer/registrations.csv");
        var anonymous = await NewClient().GetAsync("/organizer/registrations.csv");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery());
        Assert.DoesNotContain("helene", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.PathAndQuery());
    }
}
