namespace EventHub.Web.Components;

/// <summary>Shows stored UTC instants in the venue's time zone (America/Toronto, Québec City's zone).</summary>
public static class VenueTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
