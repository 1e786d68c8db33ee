using System.Security.Cryptography;
using EventHub.Core.Security;

namespace EventHub.Core.Features.Tickets;

/// <summary>
/// How an access code is written and read back. It uses the badge-code alphabet (no 0/O, no 1/I), so
/// a code read aloud or printed on a sponsor's letter can be typed without a doubt; case, spaces and
/// dashes are ignored.
/// </summary>
public static class AccessCodes
{
    /// <summary>10 symbols × 5 bits = 50 random bits: too many to guess through the registration form's rate limit, short enough to type.</summary>
    public const int Length = 10;

    public static string New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = SecureTokens.BadgeAlphabet[RandomNumberGenerator.GetInt32(SecureTokens.BadgeAlphabet.Length)];
        }
        return new string(chars);
    }

    /// <summary>The code as people read it: groups of five ("ABCDE-FGHJK").</summary>
    public static string Grouped(string code) => string.Join('-', code.Chunk(5).Select(group => new string(group)));

    /// <summary>The code in what someone typed, or null when it cannot be one (wrong length, a symbol outside the alphabet).</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        Span<char> code = stackalloc char[Length];
        var length = 0;
        foreach (var raw in input.Trim())
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
