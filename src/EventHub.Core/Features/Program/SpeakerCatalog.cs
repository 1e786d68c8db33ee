using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Program;

public sealed record SpeakerRow(int Id, string FullName, string? Organization, string? Email, bool HasPhoto, int Sessions);

public sealed record SpeakerDetails(
    string FirstName, string LastName, string? Organization, string BioFr, string BioEn, IReadOnlyList<string> Links, string? Email, bool HasPhoto);

public sealed record PhotoContent(int EventId, string ContentType, byte[] Content, DateTime UpdatedAt);

/// <summary>Speakers as organizers manage them (with e-mail), and their photos.</summary>
public sealed class SpeakerCatalog(IDbContextFactory<EventHubDbContext> factory, ScheduleWrites writes, TimeProvider time)
{
    public async Task<IReadOnlyList<SpeakerRow>> ListAsync(int eventId, string? search = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Speakers.AsNoTracking().Where(s => s.EventId == eventId);
        foreach (var word in SearchText.Terms(search))
        {
            query = query.Where(s => s.SearchKey.Contains(word));
        }
        return await query.OrderBy(s => s.LastName).ThenBy(s => s.FirstName)
            .Select(s => new SpeakerRow(s.Id, s.FirstName + " " + s.LastName, s.Organization, s.Email, s.Photo != null,
                db.SessionSpeakers.Count(l => l.SpeakerId == s.Id)))
            .ToListAsync(ct);
    }

    public async Task<SpeakerDetails?> GetAsync(int eventId, int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Speakers.AsNoTracking().Where(s => s.Id == id && s.EventId == eventId)
            .Select(s => new SpeakerDetails(s.FirstName, s.LastName, s.Organization, s.BioFr, s.BioEn, s.Links, s.Email, s.Photo != null))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Creates (id null) or changes a speaker; returns the speaker's id.</summary>
    public Task<Result<int>> SaveAsync(int eventId, int? id, SpeakerDetails details, CancellationToken ct = default) =>
        writes.RunAsync<int>(async db =>
        {
            if (PrintableText.FirstWithControlCharacters((nameof(details.FirstName), details.FirstName, false),
                    (nameof(details.LastName), details.LastName, false), (nameof(details.Organization), details.Organization, false)) is { } field)
            {
                return new ValidationError(field, "Validation.ControlCharacters");
            }
            if (PrintableText.IsInvisible(details.FirstName))
            {
                return new ValidationError(nameof(details.FirstName), "Validation.Invisible");
            }
            if (PrintableText.IsInvisible(details.LastName))
            {
                return new ValidationError(nameof(details.LastName), "Validation.Invisible");
            }
            if (string.IsNullOrWhiteSpace(details.FirstName))
            {
                return new ValidationError(nameof(details.FirstName), "Validation.Required");
            }
            if (string.IsNullOrWhiteSpace(details.LastName))
            {
                return new ValidationError(nameof(details.LastName), "Validation.Required");
            }
            if (details.Links.FirstOrDefault(l => !Uri.TryCreate(l.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) is { } bad)
            {
                return new ValidationError(nameof(details.Links), "Speaker.BadLink", bad);
            }
            Speaker? speaker;
            if (id is null)
            {
                speaker = new Speaker(eventId, details.FirstName, details.LastName);
                db.Speakers.Add(speaker);
            }
            else
            {
                speaker = await db.Speakers.FirstOrDefaultAsync(s => s.Id == id && s.EventId == eventId, ct);
                if (speaker is null)
                {
                    return new NotFoundError("Speaker.NotFound");
                }
                speaker.Rename(details.FirstName, details.LastName);
            }
            speaker.Describe(details.Organization, details.BioFr, details.BioEn, details.Links, details.Email);
            await db.SaveChangesAsync(ct);
            return speaker.Id;
        }, ct);

    /// <summary>Stores a photo whose type is read from its bytes: JPEG, PNG or WebP, at most 2 MB.</summary>
    public Task<Result<string>> SetPhotoAsync(int eventId, int id, byte[] content, CancellationToken ct = default) =>
        writes.RunAsync<string>(async db =>
        {
            if (content.Length > PhotoFormat.MaxBytes)
            {
                return new ValidationError("Photo", "Photo.TooLarge", PhotoFormat.MaxBytes / 1024 / 1024);
            }
            if (PhotoFormat.Detect(content) is not { } contentType)
            {
                return new ValidationError("Photo", "Photo.UnsupportedType");
            }
            var speaker = await db.Speakers.Include(s => s.Photo).FirstOrDefaultAsync(s => s.Id == id && s.EventId == eventId, ct);
            if (speaker is null)
            {
                return new NotFoundError("Speaker.NotFound");
            }
            speaker.SetPhoto(contentType, content, time.GetUtcNow().UtcDateTime);
            return contentType;
        }, ct);

    public async Task<PhotoContent?> PhotoAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.SpeakerPhotos.AsNoTracking().Where(p => p.SpeakerId == id)
            .Select(p => new PhotoContent(db.Speakers.Where(s => s.Id == p.SpeakerId).Select(s => s.EventId).First(), p.ContentType, p.Content, p.UpdatedAt)).FirstOrDefaultAsync(ct);
    }
}
