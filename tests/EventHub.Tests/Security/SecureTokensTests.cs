using EventHub.Core.Security;
using EventHub.Core.Text;

namespace EventHub.Tests.Security;

public sealed class SecureTokensTests
{
    [Fact]
    public void Badge_codes_carry_at_least_128_bits_in_an_alphabet_without_look_alikes()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => SecureTokens.NewBadgeCode()).ToList();

        Assert.True(SecureTokens.BadgeCodeLength * Math.Log2(SecureTokens.BadgeAlphabet.Length) >= 128);
        Assert.Equal(32, SecureTokens.BadgeAlphabet.Distinct().Count());
        Assert.DoesNotContain(SecureTokens.BadgeAlphabet, c => c is '0' or 'O' or '1' or 'I');
        Assert.All(codes, c => Assert.Equal(SecureTokens.BadgeCodeLength, c.Length));
        Assert.All(codes, c => Assert.All(c, ch => Assert.Contains(ch, SecureTokens.BadgeAlphabet)));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Every_symbol_of_the_alphabet_is_used_evenly()
    {
        var counts = Enumerable.Range(0, 4_000).SelectMany(_ => SecureTokens.NewBadgeCode())
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(32, counts.Count);
        var expected = 4_000 * SecureTokens.BadgeCodeLength / 32.0;
        Assert.All(counts.Values, n => Assert.InRange(n, expected * 0.85, expected * 1.15));
    }

    [Fact]
    public void Tokens_are_hashed_and_the_hash_is_stable()
    {
        var token = SecureTokens.NewToken();

        Assert.True(token.Length >= 43);
        Assert.Equal(SecureTokens.Hash(token), SecureTokens.Hash(token));
        Assert.NotEqual(SecureTokens.Hash(token), SecureTokens.Hash(SecureTokens.NewToken()));
        Assert.Equal(64, SecureTokens.Hash(token).Length);
    }

    [Theory]
    [InlineData("Hélène Côté", "helene cote")]
    [InlineData("  JEAN-FRANÇOIS   St-Pierre ", "jean francois st pierre")]
    [InlineData("Zoë O'Brien", "zoe o brien")]
    [InlineData("", "")]
    public void Search_text_folds_case_and_accents(string input, string expected) =>
        Assert.Equal(expected, SearchText.Fold(input));
}
