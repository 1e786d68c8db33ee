namespace EventHub.Core.Features.Program;

/// <summary>Decides an uploaded image's type from its first bytes, never from its name or the browser's claim.</summary>
public static class PhotoFormat
{
    public const int MaxBytes = 2 * 1024 * 1024;

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <returns>"image/jpeg", "image/png" or "image/webp"; null for anything else (SVG, text, GIF...).</returns>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
        {
            return "image/jpeg";
        }
        if (content.StartsWith(Png))
        {
            return "image/png";
        }
        if (content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }
        return null;
    }
}
