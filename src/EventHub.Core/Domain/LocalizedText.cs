using System.Globalization;

namespace EventHub.Core.Domain;

/// <summary>Text an organizer writes in both of the product's languages.</summary>
public sealed record LocalizedText(string French, string English)
{
    /// <summary>The text in <paramref name="language"/> ("fr" or "en"), falling back to the other language when empty.</summary>
    public string In(string language)
    {
        var (preferred, other) = language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? (English, French)
            : (French, English);
        return string.IsNullOrWhiteSpace(preferred) ? other : preferred;
    }

    /// <summary>The text in the current UI language, so that a message's placeholders show the reader's language.</summary>
    public override string ToString() => In(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
}
