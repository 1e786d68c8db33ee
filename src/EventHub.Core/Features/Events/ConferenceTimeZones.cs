namespace EventHub.Core.Features.Events;

/// <summary>The IANA time zones an organizer can choose for a venue, as the machine knows them.</summary>
public static class ConferenceTimeZones
{
    private static readonly Lazy<IReadOnlyList<string>> Zones = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones()
            .Select(z => z.HasIanaId ? z.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : null)
            .OfType<string>()
            // "Etc/GMT+5" and the like have no place or daylight rules: nobody holds a conference there.
            .Where(id => id.Contains('/') && !id.StartsWith("Etc/", StringComparison.Ordinal))
            .Append(ConferenceDetails.DefaultTimeZone)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)]);

    public static IReadOnlyList<string> All => Zones.Value;
}
