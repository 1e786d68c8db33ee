using System.Net;
using EventHub.Core.Domain;
using EventHub.Core.Features.Program;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Program;

public sealed class AgendaPageTests : IAsyncLifetime
{
    private readonly EventHubApp _app = new();
    private TestProgram _program = null!;

    public async Task InitializeAsync() => _program = await TestProgram.CreateAsync(_app.Services);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Agenda_shows_published_sessions_in_the_html_without_a_circuit_and_hides_drafts()
    {
        await _program.PublishedAsync("Données ouvertes à Québec", _program.BigRoom, new TimeOnly(9, 0), 60, _program.Marie);
        await _program.PlacedAsync("Brouillon secret", _program.SmallRoom, new TimeOnly(9, 0));

        var response = await _app.CreateClient().GetAsync("/agenda");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Programme – Conférence</title>", html);
        Assert.Contains("Données ouvertes à Québec", html);
        Assert.Contains("9 h 00", html);
        Assert.Contains("Grande salle", html);
        Assert.Contains("Marie Tremblay", html);
        Assert.DoesNotContain("Brouillon secret", html);
        Assert.DoesNotContain("<!--Blazor:{\"type\":\"server\"", html);
    }

    [Fact]
    public async Task A_first_time_reader_gets_no_cookie_and_the_page_is_served_from_the_cache()
    {
        await _program.PublishedAsync("Ouverture", _program.BigRoom, new TimeOnly(9, 0), 60, _program.Marie);
        var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });

        var first = await client.GetAsync("/agenda");
        var second = await client.GetAsync("/agenda");

        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.NotNull(second.Headers.Age);
        Assert.Contains("Ouverture", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_in_organizer_is_never_served_the_anonymous_cached_page()
    {
        await _program.PublishedAsync("Ouverture", _program.BigRoom, new TimeOnly(9, 0), 60, _program.Marie);
        await _app.CreateClient().GetStringAsync("/agenda");
        var anonymous = await _app.CreateClient().GetAsync("/agenda");
        Assert.NotNull(anonymous.Headers.Age);
        var organizer = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await HtmlForms.SignInAsync(organizer, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        var response = await organizer.GetAsync("/agenda");

        Assert.Null(response.Headers.Age);
        Assert.Contains("href=\"/organizer\"", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("href=\"/organizer\"", await anonymous.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Agenda_speaks_english_when_asked()
    {
        await _program.PublishedAsync("Ouverture", _program.BigRoom, new TimeOnly(13, 0), 60, _program.Marie);

        var html = await _app.CreateClient().GetStringAsync("/agenda?culture=en-CA");

        Assert.Contains("<html lang=\"en-CA\">", html);
        Assert.Contains("Ouverture (EN)", html);
        Assert.Contains("1:00", html);
        Assert.DoesNotContain("13 h 00", html);
    }

    [Fact]
    public async Task Filters_and_search_work_from_the_query_string()
    {
        await _program.PublishedAsync("Intelligence artificielle", _program.BigRoom, new TimeOnly(9, 0), 60, _program.Marie);
        await _program.PublishedAsync("Sécurité des données", _program.SmallRoom, new TimeOnly(9, 0), 60, _program.Jean);
        var client = _app.CreateClient();

        var byRoom = await client.GetStringAsync($"/agenda?room={_program.SmallRoom.Id}");
        var bySearch = await client.GetStringAsync("/agenda?q=securite");
        Assert.Contains("value=\"securite\"", bySearch);
        Assert.DoesNotContain("value=\"Q\"", await client.GetStringAsync("/agenda"));
        var bySpeaker = await client.GetStringAsync("/agenda?q=tremblay");

        Assert.Contains("Sécurité des données", byRoom);
        Assert.DoesNotContain("Intelligence artificielle", byRoom);
        Assert.Contains("Sécurité des données", bySearch);
        Assert.DoesNotContain("Intelligence artificielle", bySearch);
        Assert.Contains("Intelligence artificielle", bySpeaker);
        Assert.DoesNotContain("Sécurité des données", bySpeaker);
        Assert.Contains("Aucune conférence ne correspond", await client.GetStringAsync("/agenda?q=zzzz"));
        var handEdited = await client.GetAsync("/agenda?track=abc&room=%27%3B");
        Assert.Equal(HttpStatusCode.OK, handEdited.StatusCode);
        Assert.Contains("Intelligence artificielle", await handEdited.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_edit_appears_on_the_public_page_at_once()
    {
        var id = await _program.PublishedAsync("Titre initial", _program.BigRoom, new TimeOnly(9, 0), 60, _program.Marie);
        var client = _app.CreateClient();
        Assert.Contains("Titre initial", await client.GetStringAsync("/agenda"));

        var details = (await _program.Sessions.GetAsync(_program.Event.Id, id))!;
        var saved = await _program.Sessions.SaveAsync(_program.Event.Id, id, details with { TitleFr = "Titre corrigé" });
        Assert.True(saved.Succeeded, saved.Error?.Code);

        var html = await client.GetStringAsync("/agenda");
        Assert.Contains("Titre corrigé", html);
        var cached = await client.GetAsync("/agenda");
        Assert.NotNull(cached.Headers.Age);
        Assert.Contains("Titre corrigé", await cached.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Titre initial", html);
    }

    [Fact]
    public async Task Session_and_speaker_pages_show_published_content_with_the_bio_falling_back_to_the_other_language()
    {
        var saved = await _program.Speakers.SaveAsync(_program.Event.Id, _program.Marie.Id,
            new SpeakerDetails("Marie", "Tremblay", "Ville de Québec", "Biographie en français seulement.", "", ["https://example.org/marie"], "marie@secret.example", false));
        Assert.True(saved.Succeeded);
        var id = await _program.PublishedAsync("Villes intelligentes", _program.BigRoom, new TimeOnly(10, 0), 60, _program.Marie);
        var draft = await _program.DraftAsync("Pas publiée", 60, speakers: _program.Jean);
        var client = _app.CreateClient();

        var session = await client.GetStringAsync($"/sessions/{id}?culture=en-CA");
        var speakers = await client.GetStringAsync("/speakers");
        var speaker = await client.GetStringAsync($"/speakers/{_program.Marie.Id}?culture=en-CA");

        Assert.Contains("<h1>Villes intelligentes (EN)</h1>", session);
        Assert.Contains("Marie Tremblay", speakers);
        Assert.DoesNotContain("Jean Gagnon", speakers);
        Assert.Contains("Biographie en français seulement.", speaker);
        Assert.Contains("https://example.org/marie", speaker);
        Assert.DoesNotContain("secret.example", speaker + speakers + session);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sessions/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/speakers/{_program.Jean.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_agenda_issues_the_same_number_of_queries_for_3_or_40_sessions()
    {
        var counter = new CommandCounter();
        await using var host = new EventHubApp();
        await using var app = host.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.ConfigureDbContext<Core.Data.EventHubDbContext>(options => options.AddInterceptors(counter))));
        var published = app.Services.GetRequiredService<PublishedProgram>();
        var program = await TestProgram.CreateAsync(app.Services);
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await program.PublishedAsync($"Petite {i}", program.BigRoom, new TimeOnly(8, 0).AddMinutes(20 * i), 20, program.Marie);
        }
        await client.GetStringAsync("/agenda");

        published.Invalidate();
        counter.Reset();
        var small = await client.GetStringAsync("/agenda");
        var withThree = counter.Count;

        for (var i = 3; i < 40; i++)
        {
            var (room, speaker) = i % 2 == 0 ? (program.SmallRoom, program.Jean) : (program.BigRoom, program.Marie);
            await program.PublishedAsync($"Séance {i}", room, new TimeOnly(9, 0).AddMinutes(15 * (i / 2)), 15, speaker);
        }
        published.Invalidate();
        counter.Reset();
        var large = await client.GetStringAsync("/agenda");
        var withForty = counter.Count;

        Assert.Contains("Petite 2", small);
        Assert.Contains("Séance 39", large);
        Assert.InRange(withThree, 1, 10);
        Assert.Equal(withThree, withForty);
        counter.Reset();
        await client.GetStringAsync("/agenda");
        Assert.Equal(0, counter.Count);
    }
}
