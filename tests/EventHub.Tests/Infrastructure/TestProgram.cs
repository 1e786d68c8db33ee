using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Program;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Infrastructure;

/// <summary>A one-day conference (2027-04-27, 08:00–17:30 in Québec) with two rooms and two speakers, and the real program services over it.</summary>
public sealed class TestProgram : IAsyncDisposable
{
    public static readonly DateOnly Day = new(2027, 4, 27);

    private readonly IDbContextFactory<EventHubDbContext> _factory;
    private TestDatabase? _ownDatabase;

    private TestProgram(IDbContextFactory<EventHubDbContext> factory, DatabaseSettings settings, PublishedProgram? published,
        Event conference, Room bigRoom, Room smallRoom, Speaker marie, Speaker jean, Track track)
    {
        _factory = factory;
        Event = conference;
        BigRoom = bigRoom;
        SmallRoom = smallRoom;
        Marie = marie;
        Jean = jean;
        Track = track;
        Published = published ?? new PublishedProgram(factory);
        Writes = new ScheduleWrites(factory, settings, Published);
        var time = new FakeTimeProvider(TestData.Now);
        Planner = new SchedulePlanner(factory, Writes, time);
        Sessions = new SessionCatalog(factory, Writes, time);
        Speakers = new SpeakerCatalog(factory, Writes, time);
        Venue = new VenueCatalog(factory, Writes);
    }

    public Event Event { get; }
    public Room BigRoom { get; }
    public Room SmallRoom { get; }
    public Speaker Marie { get; }
    public Speaker Jean { get; }
    public Track Track { get; }
    public PublishedProgram Published { get; }
    public ScheduleWrites Writes { get; }
    public SchedulePlanner Planner { get; }
    public SessionCatalog Sessions { get; }
    public SpeakerCatalog Speakers { get; }
    public VenueCatalog Venue { get; }

    public static Task<TestProgram> CreateAsync(TestDatabase database) => CreateAsync(database.Factory, database.Settings);

    /// <summary>On a new database of its own, deleted with the program (tests of the program services alone).</summary>
    public static async Task<TestProgram> OnNewDatabaseAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var program = await CreateAsync(database);
        program._ownDatabase = database;
        return program;
    }

    public EventHubDbContext NewContext() => _factory.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (_ownDatabase is { } database)
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>Over the application's own database and public program cache (HTTP tests).</summary>
    public static Task<TestProgram> CreateAsync(IServiceProvider services) =>
        CreateAsync(services.GetRequiredService<IDbContextFactory<EventHubDbContext>>(), services.GetRequiredService<DatabaseSettings>(),
            services.GetRequiredService<PublishedProgram>());

    public static async Task<TestProgram> CreateAsync(IDbContextFactory<EventHubDbContext> factory, DatabaseSettings settings, PublishedProgram? published = null)
    {
        await using var db = await factory.CreateDbContextAsync();
        var (conference, _) = await TestData.EventWithTicketAsync(db);
        var big = new Room(conference.Id, "Grande salle", 400);
        var small = new Room(conference.Id, "Salle 301", 30);
        var marie = new Speaker(conference.Id, "Marie", "Tremblay");
        var jean = new Speaker(conference.Id, "Jean", "Gagnon");
        var track = new Track(conference.Id, "Données", "Data", "#1565c0");
        db.AddRange(big, small, marie, jean, track);
        await db.SaveChangesAsync();
        return new TestProgram(factory, settings, published, conference, big, small, marie, jean, track);
    }

    /// <summary>Stores an unscheduled draft session and returns its id.</summary>
    public async Task<int> DraftAsync(string title, int minutes = 60, SessionKind kind = SessionKind.Talk, int? seatLimit = null, params Speaker[] speakers)
    {
        await using var db = await _factory.CreateDbContextAsync();
        var session = new Session(Event.Id, kind, title, title + " (EN)", minutes);
        session.Describe("Résumé", "Abstract", kind, Track.Id, seatLimit);
        foreach (var speaker in speakers)
        {
            session.AddSpeaker(speaker.Id);
        }
        session.Touch(TestData.Now);
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    public async Task<int> PlacedAsync(string title, Room room, TimeOnly start, int minutes = 60, params Speaker[] speakers)
    {
        var id = await DraftAsync(title, minutes, SessionKind.Talk, null, speakers);
        var placed = await Planner.PlaceAsync(Event.Id, id, room.Id, Day, start);
        Assert.True(placed.Succeeded, placed.Error?.Code);
        return id;
    }

    public async Task<int> PublishedAsync(string title, Room room, TimeOnly start, int minutes = 60, params Speaker[] speakers)
    {
        var id = await PlacedAsync(title, room, start, minutes, speakers);
        var published = await Planner.SetPublishedAsync(Event.Id, id, true);
        Assert.True(published.Succeeded, published.Error?.Code);
        return id;
    }
}
