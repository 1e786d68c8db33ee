using System.Globalization;
using System.Text;

namespace EventHub.Core.Features.Program;

/// <summary>
/// Writes the published program as an RFC 5545 iCalendar: one VEVENT per session with a stable UID,
/// local times with a TZID and the matching VTIMEZONE, LOCATION = room, SUMMARY in the chosen language.
/// </summary>
public static class AgendaCalendar
{
    public static string Write(ProgramSnapshot program, string language)
    {
        var lines = new List<string> { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//EventHub//Agenda//" + language.ToUpperInvariant(), "CALSCALE:GREGORIAN", "METHOD:PUBLISH" };
        if (program.Event is { } conference)
        {
            lines.Add("X-WR-CALNAME:" + Escape(conference.Name.In(language)));
            lines.Add("X-WR-TIMEZONE:" + conference.TimeZoneId);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(conference.TimeZoneId);
            var years = program.Sessions.Select(s => s.StartsLocal.Year).Concat(conference.Days.Select(d => d.Year)).DefaultIfEmpty(DateTime.UtcNow.Year);
            lines.AddRange(TimeZone(conference.TimeZoneId, zone, years.Min(), years.Max()));
            foreach (var session in program.Sessions)
            {
                lines.Add("BEGIN:VEVENT");
                lines.Add($"UID:{conference.Slug}-session-{session.Id}@eventhub");
                lines.Add("DTSTAMP:" + session.UpdatedAtUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
                lines.Add($"DTSTART;TZID={conference.TimeZoneId}:{Local(session.StartsLocal)}");
                lines.Add($"DTEND;TZID={conference.TimeZoneId}:{Local(session.EndsLocal)}");
                lines.Add("SUMMARY:" + Escape(session.Title.In(language)));
                lines.Add("LOCATION:" + Escape(session.Room.Name));
                var speakers = string.Join(", ", session.Speakers.Select(s => s.FullName));
                var description = speakers.Length > 0 ? speakers + "\n\n" + session.Abstract.In(language) : session.Abstract.In(language);
                if (description.Length > 0)
                {
                    lines.Add("DESCRIPTION:" + Escape(description));
                }
                if (session.Track is { } track)
                {
                    lines.Add("CATEGORIES:" + Escape(track.Name.In(language)));
                }
                lines.Add("END:VEVENT");
            }
        }
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }
        return text.ToString();
    }

    /// <summary>The zone's observances for the years covered, found from .NET's own zone data (no rule table copied here).</summary>
    private static IEnumerable<string> TimeZone(string id, TimeZoneInfo zone, int firstYear, int lastYear)
    {
        yield return "BEGIN:VTIMEZONE";
        yield return "TZID:" + id;
        var from = new DateTime(firstYear, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var to = new DateTime(lastYear + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var offset = zone.GetUtcOffset(from);
        var transitions = 0;
        for (var instant = from; instant < to; instant = instant.AddMinutes(15))
        {
            var next = zone.GetUtcOffset(instant);
            if (next == offset)
            {
                continue;
            }
            foreach (var line in Observance(zone.IsDaylightSavingTime(instant) ? "DAYLIGHT" : "STANDARD", instant + offset, offset, next))
            {
                yield return line;
            }
            offset = next;
            transitions++;
        }
        if (transitions == 0)
        {
            foreach (var line in Observance("STANDARD", new DateTime(1970, 1, 1), offset, offset))
            {
                yield return line;
            }
        }
        yield return "END:VTIMEZONE";
    }

    private static IEnumerable<string> Observance(string kind, DateTime localOnset, TimeSpan from, TimeSpan to)
    {
        yield return "BEGIN:" + kind;
        yield return "DTSTART:" + Local(localOnset);
        yield return "TZOFFSETFROM:" + Offset(from);
        yield return "TZOFFSETTO:" + Offset(to);
        yield return "END:" + kind;
    }

    private static string Local(DateTime local) => local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    internal static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\n").Replace("\n", "\\n");

    /// <summary>Lines end with CRLF and are folded before 75 octets, never inside a UTF-8 sequence.</summary>
    internal static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = 75;
        var i = 0;
        while (i < line.Length)
        {
            var length = char.IsSurrogatePair(line, i) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = 74;
            }
            text.Append(line, i, length);
            octets += size;
            i += length;
        }
        text.Append("\r\n");
    }
}
