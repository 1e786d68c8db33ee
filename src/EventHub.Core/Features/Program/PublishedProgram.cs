using System.Collections.Concurrent;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Program;

/// <summary>
/// The public program, read from the database once after each change and then served from memory:
/// the agenda is the most-read page and only changes when an organizer edits or publishes. Every write
/// path calls <see cref="Invalidate"/> after its commit, so the next reader sees the change at once.
/// The snapshot is built with a fixed number of queries, whatever the number of sessions.
/// </summary>
public sealed class PublishedProgram(IDbContextFactory<EventHubDbContext> factory)
{
    // One snapshot per conference: an installation holds every edition, and each is read on its own addresses.
    private readonly ConcurrentDictionary<int, Lazy<Task<ProgramSnapshot>>> _snapshots = new();
    private long _version;

    /// <summary>Grows at every invalidation; a cache of rendered pages keys on it so that no page rendered before a change is served after it.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Raised after every invalidation (for caches of rendered pages).</summary>
    public event Action? Changed;

    public Task<ProgramSnapshot> GetAsync(int eventId)
    {
        var lazy = _snapshots.GetOrAdd(eventId, id => new Lazy<Task<ProgramSnapshot>>(() => BuildAsync(id)));
        var snapshot = lazy.Value;
        if (snapshot is { IsFaulted: true } or { IsCanceled: true })
        {
            // A failed build is not kept: the next reader tries again.
            _snapshots.TryRemove(new KeyValuePair<int, Lazy<Task<ProgramSnapshot>>>(eventId, lazy));
            return GetAsync(eventId);
        }
        return snapshot;
    }

    /// <summary>
    /// Forgets a conference's snapshot (or every one, when a peer instance or a change of the current
    /// conference says so); the next reader rebuilds it from the committed data.
    /// </summary>
    public void Invalidate(int? eventId = null)
    {
        if (eventId is { } id)
        {
            _snapshots.TryRemove(id, out _);
        }
        else
        {
            _snapshots.Clear();
        }
        Interlocked.Increment(ref _version);
        Changed?.Invoke();
    }

    private async Task<ProgramSnapshot> BuildAsync(int eventId)
    {
        await Task.Yield();
        await using var db = await factory.CreateDbContextAsync();
        var conference = await db.Events.AsNoTracking().Include(e => e.Days).FirstOrDefaultAsync(e => e.Id == eventId);
        if (conference is null)
        {
            return ProgramSnapshot.Empty;
        }
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EventId == conference.Id).OrderBy(r => r.Name)
            .Select(r => new PublicRoom(r.Id, r.Name)).ToListAsync();
        var tracks = await db.Tracks.AsNoTracking().Where(t => t.EventId == conference.Id).OrderBy(t => t.NameFr)
            .Select(t => new { t.Id, t.NameFr, t.NameEn, t.Color }).ToListAsync();
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.EventId == conference.Id && s.Status == SessionStatus.Published && s.RoomId != null && s.StartsAt != null)
            .OrderBy(s => s.StartsAt)
            .Select(s => new
            {
                s.Id, s.Kind, s.TitleFr, s.TitleEn, s.AbstractFr, s.AbstractEn, s.RoomId, s.TrackId, s.StartsAt, s.EndsAt, s.UpdatedAt,
                Speakers = s.Speakers.OrderBy(l => l.Order).Select(l => l.SpeakerId).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync();
        var speakerIds = sessions.SelectMany(s => s.Speakers).ToHashSet();
        var speakers = await db.Speakers.AsNoTracking()
            .Where(s => s.EventId == conference.Id && speakerIds.Contains(s.Id))
            .OrderBy(s => s.LastName).ThenBy(s => s.FirstName)
            .Select(s => new { s.Id, s.FirstName, s.LastName, s.Organization, s.BioFr, s.BioEn, s.Links, HasPhoto = s.Photo != null })
            .ToListAsync();

        var roomById = rooms.ToDictionary(r => r.Id);
        var trackById = tracks.ToDictionary(t => t.Id, t => new PublicTrack(t.Id, new LocalizedText(t.NameFr, t.NameEn), t.Color));
        var nameById = speakers.ToDictionary(s => s.Id, s => new SpeakerName(s.Id, $"{s.FirstName} {s.LastName}"));
        var publicSessions = sessions.Select(s =>
        {
            var track = s.TrackId is { } id ? trackById[id] : null;
            var names = s.Speakers.Select(id => nameById[id]).ToList();
            var search = SearchText.Fold(string.Join(' ', new[] { s.TitleFr, s.TitleEn, track?.Name.French, track?.Name.English }
                .Concat(names.Select(n => n.FullName))));
            return new PublicSession(s.Id, s.Kind, new LocalizedText(s.TitleFr, s.TitleEn), new LocalizedText(s.AbstractFr, s.AbstractEn),
                roomById[s.RoomId!.Value], track, s.StartsAt!.Value, s.EndsAt!.Value,
                conference.ToLocal(s.StartsAt.Value), conference.ToLocal(s.EndsAt!.Value), s.UpdatedAt, names, search);
        }).ToList();
        var publicSpeakers = speakers.Select(s => new PublicSpeaker(s.Id, s.FirstName, s.LastName, s.Organization,
                new LocalizedText(s.BioFr, s.BioEn), s.Links, s.HasPhoto,
                publicSessions.Where(p => p.Speakers.Any(n => n.Id == s.Id)).Select(p => p.Id).ToList()))
            .ToList();
        var publicEvent = new PublicEvent(conference.Id, conference.Slug, conference.Name, conference.Venue, conference.TimeZoneId,
            conference.Days.OrderBy(d => d.Date).Select(d => d.Date).ToList());
        return new ProgramSnapshot(publicEvent, rooms, trackById.Values.OrderBy(t => t.Name.French).ToList(), publicSessions, publicSpeakers);
    }
}
