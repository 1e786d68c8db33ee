using System.Globalization;
using System.Text;
using EventHub.Core.Features.Program;

namespace EventHub.Core.Features.Registrations;

/// <summary>The event itself as an iCalendar file (one VEVENT per day, in UTC), attached to confirmation e-mails.</summary>
public static class EventCalendar
{
    public static string Write(MailEvent conference, string language)
    {
        var lines = new List<string> { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//EventHub//Event//" + language.ToUpperInvariant(), "CALSCALE:GREGORIAN", "METHOD:PUBLISH" };
        var zone = TimeZoneInfo.FindSystemTimeZoneById(conference.TimeZoneId);
        foreach (var day in conference.Days)
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(day.Date.ToDateTime(day.OpensAt, DateTimeKind.Unspecified), zone);
            var end = TimeZoneInfo.ConvertTimeToUtc(day.Date.ToDateTime(day.ClosesAt, DateTimeKind.Unspecified), zone);
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:{conference.Slug}-day-{day.Date:yyyyMMdd}@eventhub");
            lines.Add("DTSTAMP:" + Utc(start));
            lines.Add("DTSTART:" + Utc(start));
            lines.Add("DTEND:" + Utc(end));
            lines.Add("SUMMARY:" + AgendaCalendar.Escape(conference.Name.In(language)));
            lines.Add("LOCATION:" + AgendaCalendar.Escape(conference.Venue));
            lines.Add("END:VEVENT");
        }
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            AgendaCalendar.Fold(text, line);
        }
        return text.ToString();
    }

    private static string Utc(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
