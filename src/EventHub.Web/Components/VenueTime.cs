using System.Globalization;

namespace EventHub.Web.Components;

/// <summary>Shows stored UTC instants in the venue's time zone (America/Toronto, Québec City's zone).</summary>
public static class VenueTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>
    /// A time of day in running text, in the venue's zone. French follows the OQLF (« 8 h 42 », « 9 h »):
    /// the fr-CA short time pattern would give « 08 h 42 » and « 09 h 00 ». Other languages keep their culture's pattern.
    /// </summary>
    public static string Clock(DateTime utc, CultureInfo? culture = null) => LocalClock(Local(utc), culture);

    /// <summary>The same for a time already at the venue (a conference's own zone, say).</summary>
    public static string LocalClock(DateTime local, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        if (culture.TwoLetterISOLanguageName != "fr")
        {
            return local.ToString("t", culture);
        }
        return local.Minute == 0
            ? local.ToString("H' h'", culture)
            : local.ToString("H' h 'mm", culture);
    }
}
