using EventHub.Core.Features.Program;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace EventHub.Core.Features.Registrations;

/// <summary>The event itself as an iCalendar file (one VEVENT per day, in UTC), attached to confirmation e-mails.</summary>
public static class EventCalendar
{
    public static string Write(MailEvent conference, string language)
    {
        var calendar = AgendaCalendar.NewCalendar("Event", language);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(conference.TimeZoneId);
        foreach (var day in conference.Days)
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(day.Date.ToDateTime(day.OpensAt, DateTimeKind.Unspecified), zone);
            var end = TimeZoneInfo.ConvertTimeToUtc(day.Date.ToDateTime(day.ClosesAt, DateTimeKind.Unspecified), zone);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{conference.Slug}-day-{day.Date:yyyyMMdd}@eventhub",
                DtStamp = new CalDateTime(start),
                DtStart = new CalDateTime(start),
                DtEnd = new CalDateTime(end),
                Summary = conference.Name.In(language),
                Location = conference.Venue,
            });
        }
        return AgendaCalendar.Text(calendar);
    }
}
