using System.Text.Json;
using EventHub.Core.Features.Program;
using EventHub.Core.Features.Registrations;

namespace EventHub.Web.Features.Registrations;

/// <summary>Downloads behind the private link: the personal agenda as iCalendar, and all of the attendee's data as JSON.</summary>
public static class AttendeeEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Accented names stay readable in the file; characters that matter to HTML are still escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static void MapAttendeeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var link = endpoints.MapGroup("/r/{token}").AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "private, no-store";
            context.HttpContext.Response.Headers["Referrer-Policy"] = "no-referrer";
            return await next(context);
        });

        link.MapGet("/agenda.ics", async (string token, string? lang, RegistrationPortal portal, PublishedProgram published, CancellationToken ct) =>
        {
            if (await portal.FindAsync(token, ct) is not { } attendee)
            {
                return Results.NotFound();
            }
            var language = lang is "fr" or "en" ? lang : attendee.Details.PreferredLanguage;
            var program = await published.GetAsync(attendee.EventId);
            var mine = program with { Sessions = program.Sessions.Where(s => attendee.SessionIds.Contains(s.Id)).ToList() };
            return Results.Text(AgendaCalendar.Write(mine, language), "text/calendar; charset=utf-8");
        });

        link.MapGet("/data.json", async (string token, RegistrationPortal portal, CancellationToken ct) =>
            await portal.ExportAsync(token, ct) is { } data
                ? Results.File(JsonSerializer.SerializeToUtf8Bytes(data, Json), "application/json", "eventhub-data.json")
                : Results.NotFound());
    }
}
