using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using EventHub.Core.Domain;
using EventHub.Core.Features.Program;

namespace EventHub.Web.Features.Program;

public static class ProgramEndpoints
{
    private static readonly ConditionalWeakTable<ProgramSnapshot, ConcurrentDictionary<string, string>> Calendars = new();

    public static void MapProgramEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The iCalendar feed of every published session of a conference; built once per published version and language.
        endpoints.MapGet("/agenda.ics", CalendarAsync);
        endpoints.MapGet("/{slug}/agenda.ics", CalendarAsync);

        // A speaker's photo, as stored (its type was decided from its bytes on upload). Public for the
        // speakers of published sessions, visible to organizers for everyone.
        endpoints.MapGet("/speakers/{id:int}/photo", async (int id, HttpContext http, PublishedProgram published, SpeakerCatalog speakers) =>
        {
            var photo = await speakers.PhotoAsync(id);
            var isPublic = photo is not null && (await published.GetAsync(photo.EventId)).Speaker(id) is not null;
            if (photo is null || (!isPublic && !http.User.IsInRole(Roles.Organizer)))
            {
                return Results.NotFound();
            }
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = isPublic ? "public, max-age=300" : "private, no-store";
            return Results.Bytes(photo.Content, photo.ContentType, lastModified: photo.UpdatedAt);
        });
    }

    private static async Task<IResult> CalendarAsync(string? slug, string? lang, PublicProgramSource programs,
        Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource> localizer)
    {
        var language = lang?.ToLowerInvariant() switch
        {
            "fr" or "en" => lang.ToLowerInvariant(),
            null or "" => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            _ => null,
        };
        if (language is null)
        {
            return Results.Text(localizer["Agenda.BadLanguage"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        if (await programs.GetAsync(slug) is not { } program)
        {
            return Results.NotFound();
        }
        var text = Calendars.GetOrCreateValue(program).GetOrAdd(language, l => AgendaCalendar.Write(program, l));
        return Results.Text(text, "text/calendar; charset=utf-8");
    }
}
