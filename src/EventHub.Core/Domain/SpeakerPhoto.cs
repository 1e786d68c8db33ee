namespace EventHub.Core.Domain;

/// <summary>A speaker's portrait, kept apart so that lists of speakers never load image bytes.</summary>
public sealed class SpeakerPhoto
{
    private SpeakerPhoto() { }

    internal SpeakerPhoto(string contentType, byte[] content, DateTime updatedAtUtc) =>
        Replace(contentType, content, updatedAtUtc);

    public int SpeakerId { get; private set; }
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public DateTime UpdatedAt { get; private set; }

    internal void Replace(string contentType, byte[] content, DateTime updatedAtUtc)
    {
        ContentType = contentType;
        Content = content;
        UpdatedAt = updatedAtUtc;
    }
}
