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
        // The iCalendar feed of every published session; built once per published version and language.
        endpoints.MapGet("/agenda.ics", async (string? lang, PublishedProgram published, Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource> localizer) =>
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
            var program = await published.GetAsync();
            var text = Calendars.GetOrCreateValue(program).GetOrAdd(language, l => AgendaCalendar.Write(program, l));
            return Results.Text(text, "text/calendar; charset=utf-8");
        });

        // A speaker's photo, as stored (its type was decided from its bytes on upload). Public for the
        // speakers of published sessions, visible to organizers for everyone.
        endpoints.MapGet("/speakers/{id:int}/photo", async (int id, HttpContext http, PublishedProgram published, SpeakerCatalog speakers) =>
        {
            var isPublic = (await published.GetAsync()).Speaker(id) is not null;
            if (!isPublic && !http.User.IsInRole(Roles.Organizer))
            {
                return Results.NotFound();
            }
            var photo = await speakers.PhotoAsync(id);
            if (photo is null)
            {
                return Results.NotFound();
            }
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = isPublic ? "public, max-age=300" : "private, no-store";
            return Results.Bytes(photo.Content, photo.ContentType, lastModified: photo.UpdatedAt);
        });
    }
}
