using System.Net;
using System.Text;
using System.Text.Json;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Questions;
using EventHub.Core.Security;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Questions;

/// <summary>Answers where the organizer and the attendee read them: the registration page, the CSV export, the attendee's JSON download.</summary>
public sealed class QuestionExportTests : IAsyncLifetime
{
    private readonly EventHubApp _app = new();
    private readonly string _token = SecureTokens.NewToken();
    private int _heleneId;

    public async Task InitializeAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db);
        var creation = _app.Services.GetRequiredService<QuestionCreation>();
        var meal = (await creation.CreateAsync(conference.Id, TestQuestions.Choice("Repas"))).Value;
        var guests = (await creation.CreateAsync(conference.Id, TestQuestions.Text("Invités", kind: QuestionKind.Number))).Value;
        var options = (await _app.Services.GetRequiredService<QuestionList>().ListAsync(conference.Id))[0].Question.Options;
        var helene = TestData.Registration(conference, ticket, "helene@test.example", tokenHash: SecureTokens.Hash(_token));
        helene.Correct(new AttendeeDetails("Hélène", "Côté", "helene@test.example", null, null, "fr"), TestData.Now);
        var paul = TestData.Registration(conference, ticket, "paul@test.example");
        db.Registrations.AddRange(helene, paul);
        await db.SaveChangesAsync();
        _heleneId = helene.Id;
        db.Answers.AddRange(new Answer(helene.Id, meal, null, null, null, [options[1].Id]), new Answer(helene.Id, guests, null, 1.5m, null, null));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private IDbContextFactory<EventHubDbContext> Factory => _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();

    private async Task<HttpClient> OrganizerAsync()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);
        return client;
    }

    [Fact]
    public async Task The_csv_export_has_a_column_per_question_with_the_answers_as_read()
    {
        var bytes = await (await OrganizerAsync()).GetByteArrayAsync("/organizer/registrations.csv");

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(";Inscrit le (heure de Québec);Repas;Invités", lines[0]);
        Assert.EndsWith(";2027-03-01 09:00;Sans gluten;1,5", Assert.Single(lines, l => l.StartsWith("Hélène;")));
        Assert.EndsWith(";2027-03-01 09:00;;", Assert.Single(lines, l => l.StartsWith("Marie;")));
    }

    [Fact]
    public async Task The_organizers_registration_page_shows_the_answers()
    {
        var html = WebUtility.HtmlDecode(await (await OrganizerAsync()).GetStringAsync($"/organizer/registrations/{_heleneId}"));

        Assert.Contains("Réponses aux questions d'inscription", html);
        Assert.Contains("Sans gluten", html);
        Assert.Contains("1,5", html);
    }

    [Fact]
    public async Task The_attendees_data_download_holds_the_answers_in_their_language()
    {
        var json = await _app.CreateClient().GetStringAsync($"/r/{_token}/data.json");

        using var document = JsonDocument.Parse(json);
        var answers = document.RootElement.EnumerateObject().Single(p => p.Name.Equals("answers", StringComparison.OrdinalIgnoreCase)).Value;
        Assert.Equal(["Repas=Sans gluten", "Invités=1,5"], answers.EnumerateArray()
            .Select(a => $"{a.EnumerateObject().First().Value.GetString()}={a.EnumerateObject().Last().Value.GetString()}"));
    }
}
