using System.Globalization;
using System.Text;

namespace EventHub.Core.Text;

/// <summary>
/// Search keys stored beside names so that "helene" finds "Hélène" the same way on SQLite
/// (whose NOCASE folds only ASCII) and on SQL Server.
/// </summary>
public static class SearchText
{
    /// <summary>Lower-cases, strips diacritics and folds runs of spaces and punctuation to one space.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c) || c is '@' or '.' or '_' or '+')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>How many words a search uses, and how long each may be: enough for any name, and a bound on the query's size.</summary>
    public const int MaxTerms = 6;
    public const int MaxTermLength = 64;

    /// <summary>The folded words of a search typed by someone, at most <see cref="MaxTerms"/> of at most <see cref="MaxTermLength"/> characters.</summary>
    public static string[] Terms(string? text) =>
        [.. Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MaxTerms).Select(t => t.Length > MaxTermLength ? t[..MaxTermLength] : t)];

    /// <summary>The escape character of every LIKE pattern built from typed text.</summary>
    public const string LikeEscape = "\\";

    /// <summary>Typed text made literal inside a LIKE pattern: its % and _ match themselves, not anything.</summary>
    public static string LikeLiteral(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>The search key of a person: folded first name, last name and organization.</summary>
    public static string Key(string firstName, string lastName, string? organization) =>
        Fold($"{firstName} {lastName} {organization}");

    /// <summary>An e-mail address as compared for uniqueness.</summary>
    public static string Email(string email) => email.Trim().ToLowerInvariant();
}
