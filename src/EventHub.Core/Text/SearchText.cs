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

    /// <summary>The search key of a person: folded first name, last name and organization.</summary>
    public static string Key(string firstName, string lastName, string? organization) =>
        Fold($"{firstName} {lastName} {organization}");

    /// <summary>An e-mail address as compared for uniqueness.</summary>
    public static string Email(string email) => email.Trim().ToLowerInvariant();
}
