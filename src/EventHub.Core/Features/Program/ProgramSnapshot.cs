using EventHub.Core.Domain;

namespace EventHub.Core.Features.Program;

/// <summary>The published program as the public reads it, built once per change and kept in memory.</summary>
public sealed record ProgramSnapshot(
    PublicEvent? Event,
    IReadOnlyList<PublicRoom> Rooms,
    IReadOnlyList<PublicTrack> Tracks,
    IReadOnlyList<PublicSession> Sessions,
    IReadOnlyList<PublicSpeaker> Speakers)
{
    public static readonly ProgramSnapshot Empty = new(null, [], [], [], []);

    public PublicSession? Session(int id) => Sessions.FirstOrDefault(s => s.Id == id);

    public PublicSpeaker? Speaker(int id) => Speakers.FirstOrDefault(s => s.Id == id);
}

public sealed record PublicEvent(int Id, string Slug, LocalizedText Name, string Venue, string TimeZoneId, IReadOnlyList<DateOnly> Days);

public sealed record PublicRoom(int Id, string Name);

public sealed record PublicTrack(int Id, LocalizedText Name, string Color);

public sealed record SpeakerName(int Id, string FullName);

/// <summary>A published session; times are given both as UTC instants and in the event's time zone.</summary>
public sealed record PublicSession(
    int Id,
    SessionKind Kind,
    LocalizedText Title,
    LocalizedText Abstract,
    PublicRoom Room,
    PublicTrack? Track,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    DateTime StartsLocal,
    DateTime EndsLocal,
    DateTime UpdatedAtUtc,
    IReadOnlyList<SpeakerName> Speakers,
    string SearchKey)
{
    public DateOnly Day => DateOnly.FromDateTime(StartsLocal);
}

/// <summary>A speaker of at least one published session. Never carries the e-mail address.</summary>
public sealed record PublicSpeaker(
    int Id,
    string FirstName,
    string LastName,
    string? Organization,
    LocalizedText Bio,
    IReadOnlyList<string> Links,
    bool HasPhoto,
    IReadOnlyList<int> SessionIds)
{
    public string FullName => $"{FirstName} {LastName}";
}
