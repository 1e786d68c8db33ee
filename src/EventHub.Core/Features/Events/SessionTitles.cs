using System.Globalization;
using EventHub.Core.Domain;

namespace EventHub.Core.Features.Events;

/// <summary>
/// Session titles named by a refusal, written in the reader's language when the message is shown (not when Core
/// decides), with that language's quotation marks.
/// </summary>
public sealed record SessionTitles(IReadOnlyList<LocalizedText> Titles)
{
    public override string ToString()
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        return string.Join(", ", Titles.Select(t => english ? $"“{t}”" : $"«\u00a0{t}\u00a0»"));
    }
}
