using System.Security.Cryptography;
using System.Text;

namespace EventHub.Core.Security;

/// <summary>Random codes and tokens, and the hashes kept in their place.</summary>
public static class SecureTokens
{
    /// <summary>32 symbols without look-alikes (no 0/O, no 1/I): each one carries 5 bits.</summary>
    public const string BadgeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>26 symbols × 5 bits = 130 random bits.</summary>
    public const int BadgeCodeLength = 26;

    public static string NewBadgeCode()
    {
        Span<byte> bytes = stackalloc byte[BadgeCodeLength];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[BadgeCodeLength];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = BadgeAlphabet[bytes[i] & 31];
        }
        return new string(chars);
    }

    /// <summary>A 256-bit token for a URL or a bearer header.</summary>
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>Hex SHA-256 of a token: what the database keeps instead of the token.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A password that satisfies Identity's default rules, for one-time use.</summary>
    public static string NewOneTimePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        const string symbols = "!#%+-=?@";
        var all = lower + upper + digits + symbols;
        var chars = new char[16];
        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[1] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
