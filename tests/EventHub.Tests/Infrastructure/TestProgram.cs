using EventHub.Core.Domain;
using EventHub.Core.Features.Program;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Infrastructure;

/// <summary>A one-day conference (2027-04-27, 08:00–17:30 in Québec) with two rooms and two speakers, and the real program services over it.</summary>
public sealed class TestProgram
{
    public static readonly DateOnly Day = new(2027, 4, 27);

    private TestProgram(TestDatabase database, Event conference, Room bigRoom, Room smallRoom, Speaker marie, Speaker jean, Track track)
    {
        Database = database;
        Event = conference;
        BigRoom = bigRoom;
        SmallRoom = smallRoom;
        Marie = marie;
        Jean = jean;
        Track = track;
        Published = new PublishedProgram(database.Factory);
        Writes = new ScheduleWrites(database.Factory, database.Settings, Published);
        var time = new FakeTimeProvider(TestData.Now);
        Planner = new SchedulePlanner(database.Factory, Writes, time);
        Sessions = new SessionCatalog(database.Factory, Writes, time);
        Speakers = new SpeakerCatalog(database.Factory, Writes, time);
        Venue = new VenueCatalog(database.Factory, Writes);
    }

    public TestDatabase Database { get; }
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

    public static async Task<TestProgram> CreateAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var (conference, _) = await TestData.EventWithTicketAsync(db);
        var big = new Room(conference.Id, "Grande salle", 400);
        var small = new Room(conference.Id, "Salle 301", 30);
        var marie = new Speaker(conference.Id, "Marie", "Tremblay");
        var jean = new Speaker(conference.Id, "Jean", "Gagnon");
        var track = new Track(conference.Id, "Données", "Data", "#1565c0");
        db.AddRange(big, small, marie, jean, track);
        await db.SaveChangesAsync();
        return new TestProgram(database, conference, big, small, marie, jean, track);
    }

    /// <summary>Stores an unscheduled draft session and returns its id.</summary>
    public async Task<int> DraftAsync(string title, int minutes = 60, SessionKind kind = SessionKind.Talk, int? seatLimit = null, params Speaker[] speakers)
    {
        await using var db = Database.NewContext();
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
        var placed = await Planner.PlaceAsync(id, room.Id, Day, start);
        Assert.True(placed.Succeeded, placed.Error?.Code);
        return id;
    }
}
