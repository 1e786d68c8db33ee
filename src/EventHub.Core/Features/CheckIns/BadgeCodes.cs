using EventHub.Core.Security;

namespace EventHub.Core.Features.CheckIns;

/// <summary>What a QR badge holds, and how a scanned or typed code is read back.</summary>
public static class BadgeCodes
{
    /// <summary>Prefix that tells an EventHub badge from any other QR code; the rest is the random code.</summary>
    public const string QrPrefix = "EH1-";

    public static string QrPayload(string badgeCode) => QrPrefix + badgeCode;

    /// <summary>
    /// The code as a person reads it: groups of four symbols separated by spaces, which <see cref="Normalize"/>
    /// ignores, so it can be typed as written at the door (and a line only ever breaks between groups).
    /// </summary>
    public static string Grouped(string badgeCode) => string.Join(' ', badgeCode.Chunk(4).Select(group => new string(group)));

    /// <summary>
    /// The badge code in a scan or a typed entry: prefix optional, case, spaces and dashes ignored.
    /// Null when the text cannot be a badge code (wrong length, or a symbol outside the alphabet).
    /// </summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        var text = input.Trim();
        if (text.StartsWith(QrPrefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text[QrPrefix.Length..];
        }
        Span<char> code = stackalloc char[SecureTokens.BadgeCodeLength];
        var length = 0;
        foreach (var raw in text)
        {
            if (raw is ' ' or '-')
            {
                continue;
            }
            var c = char.ToUpperInvariant(raw);
            if (length == code.Length || !SecureTokens.BadgeAlphabet.Contains(c))
            {
                return null;
            }
            code[length++] = c;
        }
        return length == code.Length ? new string(code) : null;
    }
}
