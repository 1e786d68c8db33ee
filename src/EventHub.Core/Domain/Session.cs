namespace EventHub.Core.Domain;

/// <summary>A talk, workshop or keynote; it is on the schedule once it has a room and a start.</summary>
public sealed class Session
{
    private readonly List<SessionSpeaker> _speakers = [];

    private Session() { }

    public Session(int eventId, SessionKind kind, string titleFr, string titleEn, int durationMinutes)
    {
        EventId = eventId;
        Kind = kind;
        Retitle(titleFr, titleEn);
        ChangeDuration(durationMinutes);
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public SessionKind Kind { get; private set; }
    public string TitleFr { get; private set; } = "";
    public string TitleEn { get; private set; } = "";
    public string AbstractFr { get; private set; } = "";
    public string AbstractEn { get; private set; } = "";
    public int? TrackId { get; private set; }
    public int? RoomId { get; private set; }

    /// <summary>UTC start, or null while the session is not on the schedule.</summary>
    public DateTime? StartsAt { get; private set; }

    /// <summary>UTC end, or null while the session is not on the schedule.</summary>
    public DateTime? EndsAt { get; private set; }

    public int DurationMinutes { get; private set; }

    /// <summary>Seats for a workshop; null means the room's seats.</summary>
    public int? SeatLimit { get; private set; }

    /// <summary>Seats taken in personal agendas; changed only by a conditional database update.</summary>
    public int SeatsTaken { get; private set; }

    public SessionStatus Status { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<SessionSpeaker> Speakers => _speakers;

    public LocalizedText Title => new(TitleFr, TitleEn);
    public LocalizedText Abstract => new(AbstractFr, AbstractEn);
    public bool IsScheduled => RoomId is not null && StartsAt is not null;

    public void Retitle(string titleFr, string titleEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(titleFr);
        TitleFr = titleFr.Trim();
        TitleEn = string.IsNullOrWhiteSpace(titleEn) ? TitleFr : titleEn.Trim();
    }

    public void Describe(string abstractFr, string abstractEn, SessionKind kind, int? trackId, int? seatLimit)
    {
        AbstractFr = abstractFr.Trim();
        AbstractEn = abstractEn.Trim();
        Kind = kind;
        TrackId = trackId;
        if (seatLimit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(seatLimit));
        }
        SeatLimit = seatLimit;
    }

    public void ChangeDuration(int minutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minutes);
        DurationMinutes = minutes;
        if (StartsAt is { } start)
        {
            EndsAt = start.AddMinutes(minutes);
        }
    }

    public void PlaceAt(int roomId, DateTime startsAtUtc)
    {
        RoomId = roomId;
        StartsAt = DateTime.SpecifyKind(startsAtUtc, DateTimeKind.Utc);
        EndsAt = StartsAt.Value.AddMinutes(DurationMinutes);
    }

    public void Unschedule()
    {
        RoomId = null;
        StartsAt = null;
        EndsAt = null;
        Status = SessionStatus.Draft;
    }

    public void Publish() => Status = SessionStatus.Published;

    public void Unpublish() => Status = SessionStatus.Draft;

    public void AddSpeaker(int speakerId)
    {
        if (_speakers.All(s => s.SpeakerId != speakerId))
        {
            _speakers.Add(new SessionSpeaker(speakerId, _speakers.Count));
        }
    }

    public void AddSpeaker(Speaker speaker)
    {
        if (_speakers.All(s => s.Speaker != speaker))
        {
            _speakers.Add(new SessionSpeaker(speaker, _speakers.Count));
        }
    }

    /// <summary>Makes <paramref name="speakerIds"/> the session's speakers, in that order.</summary>
    public void ReplaceSpeakers(IReadOnlyList<int> speakerIds)
    {
        _speakers.RemoveAll(l => !speakerIds.Contains(l.SpeakerId));
        foreach (var id in speakerIds.Distinct())
        {
            if (_speakers.All(l => l.SpeakerId != id))
            {
                _speakers.Add(new SessionSpeaker(id, 0));
            }
        }
        foreach (var link in _speakers)
        {
            link.MoveTo(speakerIds.ToList().IndexOf(link.SpeakerId));
        }
    }

    public void Touch(DateTime utcNow) => UpdatedAt = utcNow;
}
