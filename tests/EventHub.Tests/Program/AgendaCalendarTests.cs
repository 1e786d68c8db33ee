using System.Diagnostics;
using System.Net;
using System.Text.Json;
using EventHub.Core.Domain;
using EventHub.Core.Features.Program;
using EventHub.Tests.Infrastructure;

namespace EventHub.Tests.Program;

/// <summary>The iCalendar feed, read back by an independent parser: Debian's python3-icalendar (installed by tests/run.sh).</summary>
public sealed class AgendaCalendarTests : IAsyncLifetime
{
    private const string Parser = """
        import sys, json, datetime, icalendar
        cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
        zone = cal.walk('VTIMEZONE')[0].to_tz()
        events = []
        for ev in cal.walk('VEVENT'):
            start, end = ev.decoded('DTSTART'), ev.decoded('DTEND')
            utc = start.astimezone(datetime.timezone.utc)
            events.append({
                'uid': str(ev['UID']), 'summary': str(ev['SUMMARY']), 'location': str(ev['LOCATION']),
                'tzid': ev['DTSTART'].params['TZID'],
                'start': start.strftime('%Y-%m-%dT%H:%M'), 'end': end.strftime('%Y-%m-%dT%H:%M'),
                'utc': utc.strftime('%Y-%m-%dT%H:%MZ'),
                'viaVtimezone': utc.astimezone(zone).strftime('%Y-%m-%dT%H:%M'),
            })
        print(json.dumps(events))
        """;

    private readonly EventHubApp _app = new();
    private TestProgram _program = null!;

    public async Task InitializeAsync() => _program = await TestProgram.CreateAsync(_app.Services);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Feed_is_text_calendar_with_one_event_per_published_session_in_local_time()
    {
        var first = await _program.PublishedAsync("Données; ouvertes, à Québec", _program.BigRoom, new TimeOnly(9, 0), 60, _program.Marie);
        var second = await _program.PublishedAsync("Sécurité", _program.SmallRoom, new TimeOnly(16, 15), 75, _program.Jean);
        await _program.PlacedAsync("Brouillon", _program.SmallRoom, new TimeOnly(9, 0));

        var response = await _app.CreateClient().GetAsync("/agenda.ics?lang=fr");
        var events = await ParseAsync(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, events.Count);
        var opening = events.Single(e => e.GetProperty("summary").GetString() == "Données; ouvertes, à Québec");
        Assert.Equal("America/Toronto", opening.GetProperty("tzid").GetString());
        Assert.Equal("2027-04-27T09:00", opening.GetProperty("start").GetString());
        Assert.Equal("2027-04-27T10:00", opening.GetProperty("end").GetString());
        Assert.Equal("2027-04-27T13:00Z", opening.GetProperty("utc").GetString());
        Assert.Equal("2027-04-27T09:00", opening.GetProperty("viaVtimezone").GetString());
        Assert.Equal("Grande salle", opening.GetProperty("location").GetString());
        var late = events.Single(e => e.GetProperty("summary").GetString() == "Sécurité");
        Assert.Equal("2027-04-27T17:30", late.GetProperty("end").GetString());
        Assert.Equal("Salle 301", late.GetProperty("location").GetString());
        Assert.Equal(2, events.Select(e => e.GetProperty("uid").GetString()).Distinct().Count());
        Assert.Contains(events, e => e.GetProperty("uid").GetString()!.Contains($"session-{first}@"));
        Assert.Contains(events, e => e.GetProperty("uid").GetString()!.Contains($"session-{second}@"));
    }

    [Fact]
    public async Task Summary_follows_the_requested_language_and_uids_stay_stable()
    {
        await _program.PublishedAsync("Ouverture", _program.BigRoom, new TimeOnly(9, 0), 60, _program.Marie);
        var client = _app.CreateClient();

        var english = await ParseAsync(await client.GetByteArrayAsync("/agenda.ics?lang=en"));
        var french = await ParseAsync(await client.GetByteArrayAsync("/agenda.ics?lang=fr"));

        Assert.Equal("Ouverture (EN)", english.Single().GetProperty("summary").GetString());
        Assert.Equal("Ouverture", french.Single().GetProperty("summary").GetString());
        Assert.Equal(english.Single().GetProperty("uid").GetString(), french.Single().GetProperty("uid").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/agenda.ics?lang=de")).StatusCode);
    }

    [Theory]
    [InlineData(2005, 3, 20)] // before Canada's 2007 rules: still standard time (the current rules would say daylight)
    [InlineData(2005, 4, 5)]
    [InlineData(2031, 3, 8)] // years ahead of the machine's clock
    [InlineData(2031, 3, 10)]
    public async Task Each_session_converts_through_the_calendars_own_VTIMEZONE_whatever_its_year(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
        var local = date.ToDateTime(new TimeOnly(10, 0));
        var utc = TimeZoneInfo.ConvertTimeToUtc(local, zone);
        var room = new PublicRoom(1, "Grande salle");
        var session = new PublicSession(7, SessionKind.Talk, new LocalizedText("Ouverture", "Opening"), new LocalizedText("", ""), room, null,
            utc, utc.AddHours(1), local, local.AddHours(1), TestData.Now, [], "ouverture");
        var program = new ProgramSnapshot(new PublicEvent(1, "archive", new LocalizedText("Archive", "Archive"), "Québec", "America/Toronto", [date]),
            [room], [], [session], []);

        var parsed = (await ParseAsync(System.Text.Encoding.UTF8.GetBytes(AgendaCalendar.Write(program, "fr")))).Single();

        Assert.Equal(utc.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture), parsed.GetProperty("utc").GetString());
        Assert.Equal(local.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture), parsed.GetProperty("viaVtimezone").GetString());
    }

    private static async Task<List<JsonElement>> ParseAsync(byte[] calendar)
    {
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", Parser])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var python = Process.Start(start)!;
        await python.StandardInput.BaseStream.WriteAsync(calendar);
        python.StandardInput.Close();
        var output = python.StandardOutput.ReadToEndAsync();
        var errors = python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, "python3-icalendar refused the feed: " + await errors);
        return JsonSerializer.Deserialize<List<JsonElement>>(await output)!;
    }
}
