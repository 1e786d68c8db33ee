using System.Globalization;

namespace EventHub.Core.Text;

/// <summary>
/// What typed text may hold. Letters of every script, accents, apostrophes and hyphens are welcome; control
/// characters are not (a NUL or an escape code in a name breaks badges, CSV files and e-mails), nor is a name
/// made only of invisible characters (U+200B, U+FEFF…), which would print as nothing.
/// </summary>
public static class PrintableText
{
    /// <summary>Whether <paramref name="text"/> holds a C0 or C1 control character; a long text may keep its line breaks and tabs.</summary>
    public static bool HasControlCharacters(string? text, bool multiline = false) =>
        text is not null && text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'));

    /// <summary>
    /// Whether <paramref name="text"/> holds invisible formatting characters and nothing else but spaces; a text of
    /// spaces alone is merely empty, and is said so.
    /// </summary>
    public static bool IsInvisible(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && text.All(c => char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);

    /// <summary>The first of <paramref name="fields"/> that holds a control character, by its name, or null; a long text keeps its line breaks.</summary>
    public static string? FirstWithControlCharacters(params (string Field, string? Text, bool Multiline)[] fields) =>
        fields.FirstOrDefault(f => HasControlCharacters(f.Text, f.Multiline)).Field;
}
