using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace EventHub.Core.Features.Program;

/// <summary>
/// Writes the published program as an RFC 5545 iCalendar through Ical.Net: one VEVENT per session with a
/// stable UID, local times with a TZID and the matching VTIMEZONE, LOCATION = room, SUMMARY in the chosen
/// language. Ical.Net escapes the text and folds the lines (ADR 9).
/// </summary>
public static class AgendaCalendar
{
    public static string Write(ProgramSnapshot program, string language)
    {
        var calendar = NewCalendar("Agenda", language);
        if (program.Event is { } conference)
        {
            calendar.AddProperty("X-WR-CALNAME", conference.Name.In(language));
            calendar.AddProperty("X-WR-TIMEZONE", conference.TimeZoneId);
            var years = program.Sessions.Select(s => s.StartsLocal.Year).Concat(conference.Days.Select(d => d.Year));
            calendar.AddTimeZone(TimeZone(conference.TimeZoneId, years.DefaultIfEmpty(DateTime.UtcNow.Year).Min()));
            foreach (var session in program.Sessions)
            {
                calendar.Events.Add(Event(conference, session, language));
            }
        }
        return Text(calendar);
    }

    private static CalendarEvent Event(PublicEvent conference, PublicSession session, string language)
    {
        var item = new CalendarEvent
        {
            Uid = $"{conference.Slug}-session-{session.Id}@eventhub",
            DtStamp = new CalDateTime(DateTime.SpecifyKind(session.UpdatedAtUtc, DateTimeKind.Utc)),
            DtStart = new CalDateTime(DateTime.SpecifyKind(session.StartsLocal, DateTimeKind.Unspecified), conference.TimeZoneId),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(session.EndsLocal, DateTimeKind.Unspecified), conference.TimeZoneId),
            Summary = session.Title.In(language),
            Location = session.Room.Name,
        };
        var speakers = string.Join(", ", session.Speakers.Select(s => s.FullName));
        var description = speakers.Length > 0 ? speakers + "\n\n" + session.Abstract.In(language) : session.Abstract.In(language);
        if (description.Length > 0)
        {
            item.Description = description;
        }
        if (session.Track is { } track)
        {
            item.Categories = [track.Name.In(language)];
        }
        return item;
    }

    /// <summary>
    /// The zone's rules from the first year the calendar covers, earlier rules included, so that a past
    /// event's times still convert as they were. Ical.Net reads the zone's changes from that year up to
    /// the machine's present and throws for a start after it, hence a start no later than this year.
    /// </summary>
    private static VTimeZone TimeZone(string id, int firstYear) =>
        VTimeZone.FromDateTimeZone(id, new DateTime(Math.Min(firstYear, DateTime.UtcNow.Year), 1, 1), includeHistoricalData: true);

    internal static Calendar NewCalendar(string kind, string language) => new()
    {
        ProductId = $"-//EventHub//{kind}//{language.ToUpperInvariant()}",
        Scale = "GREGORIAN",
        Method = "PUBLISH",
    };

    internal static string Text(Calendar calendar) => new CalendarSerializer().SerializeToString(calendar)!;
}
