using EventHub.Core.Data;
using EventHub.Core;
using EventHub.Core.Features.Events;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Events;

/// <summary>Creating a conference from nothing: what it stores, and the short-name rules.</summary>
public abstract class ConferenceCreationTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : ConferenceCreationTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ConferenceCreationTests(DatabaseProvider.PostgreSql);

    private TestDatabase _database = null!;
    private TestConferences _conferences = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _conferences = new TestConferences(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_new_conference_stores_everything_the_form_describes()
    {
        var result = await _conferences.Creation.CreateAsync(TestConferences.Details() with { NameEn = "" });

        Assert.True(result.Succeeded, result.Error?.Code);
        await using var db = _database.NewContext();
        var stored = await db.Events.Include(e => e.Days).SingleAsync(e => e.Id == result.Value);
        Assert.Equal(("sommet-levis-2027", "Sommet numérique de Lévis", "Sommet numérique de Lévis"), (stored.Slug, stored.NameFr, stored.NameEn));
        Assert.Equal(("Centre de congrès de Lévis", "5750, rue J.-B.-Michaud, Lévis (Québec)"), (stored.Venue, stored.VenueAddress));
        Assert.Equal(("America/Toronto", 400, 0, "info@sommet.example"), (stored.TimeZoneId, stored.Capacity, stored.ConfirmedCount, stored.ContactEmail));
        Assert.Equal([(new DateOnly(2027, 5, 12), new TimeOnly(8, 30), new TimeOnly(17, 0)), (new DateOnly(2027, 5, 13), new TimeOnly(9, 0), new TimeOnly(16, 0))],
            stored.Days.OrderBy(d => d.Date).Select(d => (d.Date, d.OpensAt, d.ClosesAt)));
        Assert.False(stored.IsCurrent);
    }

    [Theory]
    [InlineData("Sommet-2027", "Conference.SlugInvalid")]
    [InlineData("sommet 2027", "Conference.SlugInvalid")]
    [InlineData("sommet--2027", "Conference.SlugInvalid")]
    [InlineData("-sommet", "Conference.SlugInvalid")]
    [InlineData("sommet-", "Conference.SlugInvalid")]
    [InlineData("lévis", "Conference.SlugInvalid")]
    [InlineData("a", "Conference.SlugInvalid")]
    [InlineData("", "Validation.Required")]
    [InlineData("agenda", "Conference.SlugReserved")]
    [InlineData("organizer", "Conference.SlugReserved")]
    public async Task A_short_name_must_be_lowercase_letters_digits_and_single_hyphens(string slug, string code)
    {
        var result = await _conferences.Creation.CreateAsync(TestConferences.Details(slug));

        var error = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal(("Slug", code), (error.Field, error.Code));
        await using var db = _database.NewContext();
        Assert.Equal(0, await db.Events.CountAsync());
    }

    [Fact]
    public async Task A_short_name_already_taken_is_refused_under_its_field()
    {
        Assert.True((await _conferences.Creation.CreateAsync(TestConferences.Details("jiq-2028"))).Succeeded);

        var second = await _conferences.Creation.CreateAsync(TestConferences.Details("jiq-2028") with { NameFr = "Autre" });

        var error = Assert.IsType<ValidationError>(second.Error);
        Assert.Equal(("Slug", "Conference.SlugTaken", "jiq-2028"), (error.Field, error.Code, error.Arguments[0]));
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Events.CountAsync());
    }

    [Fact]
    public async Task Two_creations_racing_for_one_short_name_make_one_conference()
    {
        // Separate gates, as two instances on one database would be: the unique index decides.
        var results = await EventHub.Testing.AllAtOnce.RunAsync(8, _ => new TestConferences(_database).Creation.CreateAsync(TestConferences.Details("course")));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("Conference.SlugTaken", r.Error!.Code));
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Events.CountAsync(e => e.Slug == "course"));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons", "TimeZoneId", "Conference.TimeZoneUnknown")]
    [InlineData("UTC", "TimeZoneId", "Conference.TimeZoneUnknown")]
    public async Task The_time_zone_comes_from_the_IANA_list(string zone, string field, string code)
    {
        var result = await _conferences.Creation.CreateAsync(TestConferences.Details() with { TimeZoneId = zone });

        var error = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal((field, code), (error.Field, error.Code));
        Assert.Contains("America/Toronto", ConferenceTimeZones.All);
        Assert.Contains("Europe/Paris", ConferenceTimeZones.All);
        Assert.DoesNotContain(zone, ConferenceTimeZones.All);
    }

    [Fact]
    public async Task Days_capacity_and_contact_are_checked()
    {
        var day = new DayHours(new DateOnly(2027, 5, 12), new TimeOnly(9, 0), new TimeOnly(17, 0));
        var cases = new (ConferenceDetails Details, string Field, string Code)[]
        {
            (TestConferences.Details() with { Days = [] }, "Days", "Conference.DaysRequired"),
            (TestConferences.Details() with { Days = [day, day] }, "Days", "Conference.DayTwice"),
            (TestConferences.Details() with { Days = [day with { ClosesAt = new TimeOnly(8, 0) }] }, "Days", "Conference.DayHoursBackwards"),
            (TestConferences.Details() with { Capacity = 0 }, "Capacity", "Conference.CapacityPositive"),
            (TestConferences.Details() with { ContactEmail = "pas-un-courriel" }, "ContactEmail", "Conference.ContactEmailInvalid"),
            (TestConferences.Details() with { NameFr = " " }, "NameFr", "Validation.Required"),
            (TestConferences.Details() with { Venue = "" }, "Venue", "Validation.Required"),
        };

        foreach (var (details, field, code) in cases)
        {
            var error = Assert.IsType<ValidationError>((await _conferences.Creation.CreateAsync(details)).Error);
            Assert.Equal((field, code), (error.Field, error.Code));
        }
        await using var db = _database.NewContext();
        Assert.Equal(0, await db.Events.CountAsync());
    }
}
