using System.Globalization;
using CsvHelper;
using EventHub.Core.Domain;
using EventHub.Core.Features.Events;
using EventHub.Core.Features.Mail;
using EventHub.Core.Features.Tickets;
using EventHub.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EventHub.Web.Features.Tickets;

/// <summary>
/// The chosen conference's access codes as CSV, to hand out by mail merge: the code as people read it,
/// its ticket type, its uses, and the registration link that brings it (<c>/{slug}/register?code=…</c>).
/// Written as the registrations' export is (UTF-8 with a byte order mark, the reader's list separator,
/// formula-looking cells escaped).
/// </summary>
public static class AccessCodeExportEndpoints
{
    public const string Path = "/organizer/tickets/codes.csv";

    public static void MapAccessCodeExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, ExportAsync).RequireAuthorization(policy => policy.RequireRole(Roles.Organizer));

    private static async Task<IResult> ExportAsync(HttpContext http, ConferenceDirectory conferences, AccessCodeList codes,
        IOptions<MailOptions> mail, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        if (await Events.OrganizerConference.OfAsync(http.User, conferences, ct) is not { } conference)
        {
            return Results.NotFound();
        }
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{L["AccessCodes.FileName"]}.csv\"";
        http.Response.Headers.CacheControl = "private, no-store";
        var options = new CsvWriterOptions
        {
            Separator = CultureInfo.CurrentCulture.TextInfo.ListSeparator is [var separator] && separator is ';' or ',' ? separator : ',',
            WriteByteOrderMark = true,
            Injection = CsvInjection.Escape,
        };
        var site = mail.Value.PublicUrl.TrimEnd('/');
        await using var csv = CsvWriter.Create(http.Response.Body, options, leaveOpen: true);
        await csv.WriteRecordAsync([L["AccessCodes.Code"], L["AccessCodes.TicketType"], L["AccessCodes.MaxUses"], L["AccessCodes.UsesTaken"], L["AccessCodes.Link"]], ct);
        foreach (var row in await codes.ListAsync(conference.Id, ct: ct))
        {
            await csv.WriteRecordAsync(
                [AccessCodes.Grouped(row.Code), row.TicketType.In(language), row.MaxUses.ToString(CultureInfo.InvariantCulture),
                 row.Uses.ToString(CultureInfo.InvariantCulture), $"{site}/{conference.Slug}/register?code={row.Code}"], ct);
        }
        await csv.FlushAsync(ct);
        return Results.Empty;
    }
}
