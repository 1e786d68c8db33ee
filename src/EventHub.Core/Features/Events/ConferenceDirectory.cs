using System.Collections.Concurrent;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Events;

/// <summary>One conference as a list, a switcher or an address names it.</summary>
public sealed record ConferenceRef(int Id, string Slug, LocalizedText Name, string TimeZoneId, bool IsCurrent, DateOnly? FirstDay, DateOnly? LastDay)
{
    /// <summary>A past conference is an archive: its last day is over at the venue.</summary>
    public bool IsPast(DateOnly venueToday) => LastDay is { } last && last < venueToday;
}

/// <summary>
/// The conferences of the installation: which one the short addresses serve, which one an organizer works on,
/// and the lookup of a public address's short name. Nothing here picks "the first event": an installation holds
/// every edition of a conference, and the choice is always someone's.
/// </summary>
public sealed class ConferenceDirectory(IDbContextFactory<EventHubDbContext> factory, WriteGate gate, TimeProvider clock)
{
    /// <summary>
    /// How long an answer about a public address is kept. Every write to a conference calls <see cref="Forget"/>,
    /// here and (through the backplane) on the other instances, so the limit only matters for an instance that
    /// missed a notice: it sees the change within this time.
    /// </summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Kept> _bySlug = new();
    private volatile Kept? _current;

    public async Task<IReadOnlyList<ConferenceRef>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await Project(db.Events.AsNoTracking()).ToListAsync(ct);
        // Newest edition first: the one an organizer most likely works on.
        return [.. rows.OrderByDescending(c => c.FirstDay ?? DateOnly.MaxValue).ThenByDescending(c => c.Id)];
    }

    public async Task<ConferenceRef?> FindAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Project(db.Events.AsNoTracking().Where(e => e.Id == eventId)).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// The conference of a public address. Every public page and every registration post asks, so answers are
    /// kept for <see cref="KeptFor"/>: a conference's short name and dates change rarely, and a rush of
    /// registrations then costs no extra query.
    /// </summary>
    public async Task<ConferenceRef?> BySlugAsync(string slug, CancellationToken ct = default)
    {
        var normalized = slug.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow();
        if (_bySlug.TryGetValue(normalized, out var kept) && now < kept.Until)
        {
            return kept.Conference;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var found = await Project(db.Events.AsNoTracking().Where(e => e.Slug == normalized)).FirstOrDefaultAsync(ct);
        _bySlug[normalized] = new Kept(found, now + KeptFor);
        return found;
    }

    /// <summary>
    /// The conference the short public addresses serve: the one marked current, or, while none is marked,
    /// the only one there is. With several and none marked, the public home lists them instead.
    /// </summary>
    public async Task<ConferenceRef?> CurrentAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (_current is { } kept && now < kept.Until)
        {
            return kept.Conference;
        }
        var current = await ReadCurrentAsync(ct);
        _current = new Kept(current, now + KeptFor);
        return current;
    }

    /// <summary>Forgets the kept answers; called after every write to a conference (created, edited, copied, marked current).</summary>
    public void Forget()
    {
        _current = null;
        _bySlug.Clear();
        Changed?.Invoke();
    }

    /// <summary>Raised when the kept answers are forgotten (for caches of rendered public pages).</summary>
    public event Action? Changed;

    private async Task<ConferenceRef?> ReadCurrentAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var marked = await Project(db.Events.AsNoTracking().Where(e => e.IsCurrent)).FirstOrDefaultAsync(ct);
        if (marked is not null)
        {
            return marked;
        }
        var firstTwo = await Project(db.Events.AsNoTracking()).Take(2).ToListAsync(ct);
        return firstTwo.Count == 1 ? firstTwo[0] : null;
    }

    /// <summary>The conference an organizer works on: the one they last chose, else the current one, else the newest.</summary>
    public async Task<ConferenceRef?> ChosenByAsync(string userId, CancellationToken ct = default)
    {
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var chosen = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SelectedEventId).FirstOrDefaultAsync(ct);
            if (chosen is { } id && await FindAsync(id, ct) is { } found)
            {
                return found;
            }
        }
        return await CurrentAsync(ct) ?? (await ListAsync(ct)).FirstOrDefault();
    }

    /// <summary>Remembers the organizer's choice on their account, so the next sign-in opens the same conference.</summary>
    public async Task<Result<int>> ChooseAsync(string userId, int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Events.AnyAsync(e => e.Id == eventId, ct))
        {
            return new NotFoundError("Conference.NotFound");
        }
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.SelectedEventId, eventId), ct);
        return eventId;
    }

    /// <summary>
    /// Marks the conference the short addresses serve. The mark moves in one transaction, so no reader ever sees
    /// two conferences marked (the filtered unique index would refuse it). Two statements, not one: SQLite and
    /// PostgreSQL check a unique index row by row, so setting the new mark before clearing the old one would fail.
    /// </summary>
    public async Task<Result<int>> MakeCurrentAsync(int eventId, CancellationToken ct = default)
    {
        Result<int> result;
        using (await gate.EnterAsync(ct))
        {
            result = await factory.RunAsync<int>(async db =>
            {
                if (!await db.Events.AnyAsync(e => e.Id == eventId, ct))
                {
                    return new NotFoundError("Conference.NotFound");
                }
                await db.Events.Where(e => e.IsCurrent && e.Id != eventId).ExecuteUpdateAsync(e => e.SetProperty(x => x.IsCurrent, false), ct);
                await db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(e => e.SetProperty(x => x.IsCurrent, true), ct);
                return eventId;
            }, ct);
        }
        Forget();
        return result;
    }

    /// <summary>Today's date at a conference's venue, which decides whether it is past.</summary>
    public DateOnly VenueToday(ConferenceRef conference) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime,
            TimeZoneInfo.FindSystemTimeZoneById(conference.TimeZoneId)));

    private sealed record Kept(ConferenceRef? Conference, DateTimeOffset Until);

    private static IQueryable<ConferenceRef> Project(IQueryable<Event> events) =>
        events.Select(e => new ConferenceRef(
            e.Id, e.Slug, new LocalizedText(e.NameFr, e.NameEn), e.TimeZoneId, e.IsCurrent,
            e.Days.Min(d => (DateOnly?)d.Date), e.Days.Max(d => (DateOnly?)d.Date)));
}
