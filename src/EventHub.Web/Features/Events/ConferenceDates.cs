using System.Globalization;
using EventHub.Core.Features.Events;

namespace EventHub.Web.Features.Events;

/// <summary>A conference's dates in running text: « 27 avril 2027 » in French, "April 27, 2027" in English.</summary>
public static class ConferenceDates
{
    public static string Day(DateOnly date, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return date.ToString(culture.TwoLetterISOLanguageName == "fr" ? "d MMMM yyyy" : "MMMM d, yyyy", culture);
    }

    public static string Span(ConferenceRef conference) => conference switch
    {
        { FirstDay: { } first, LastDay: { } last } when first == last => Day(first),
        { FirstDay: { } first, LastDay: { } last } => $"{Day(first)} – {Day(last)}",
        _ => "—",
    };
}
