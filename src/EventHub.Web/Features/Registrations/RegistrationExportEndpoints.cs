using System.Globalization;
using CsvHelper;
using EventHub.Core.Domain;
using EventHub.Core.Features.Events;
using EventHub.Core.Features.Registrations;
using EventHub.Web.Components;
using EventHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EventHub.Web.Features.Registrations;

/// <summary>
/// The organizer's CSV export of registrations, with the grid's filter in the query string
/// (<c>q</c>, <c>status</c>, <c>ticket</c>). Rows are streamed from the database to the response.
/// UTF-8 with a byte order mark so that Excel reads accents; the separator is the reader's list
/// separator (";" in French, "," in English), as Excel expects it when opening the file; a cell that
/// starts with = + - @ (or a tab or CR) is prefixed with ' so that a spreadsheet never runs it.
/// Each of the conference's questions (hidden ones too: their answers stay) adds a column named by its label,
/// its answers read as the organizer's page reads them; they are read once before the rows (a few per registration).
/// </summary>
public static class RegistrationExportEndpoints
{
    public static void MapRegistrationExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/organizer/registrations.csv", ExportAsync).RequireAuthorization(policy => policy.RequireRole(Roles.Organizer));

    private static async Task<IResult> ExportAsync(string? q, string? status, int? ticket, HttpContext http, ConferenceDirectory conferences,
        RegistrationList registrations, Core.Features.Questions.RegistrationAnswers answers, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        RegistrationStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<RegistrationStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Results.Problem(L["Export.BadStatus"], statusCode: StatusCodes.Status400BadRequest);
            }
            wanted = parsed;
        }
        if (await Events.OrganizerConference.OfAsync(http.User, conferences, ct) is not { } conference)
        {
            return Results.NotFound();
        }
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var table = await answers.OfEventAsync(conference.Id, ct);
        string Answer(int registrationId, Core.Features.Questions.FormQuestion question) =>
            table.Of(registrationId, question.Id) is { } answer
                ? Core.Features.Questions.AnswerRules.Display(question, answer, language, CultureInfo.CurrentCulture, L["Answers.Yes"], L["Answers.No"])
                : "";
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{L["Export.FileName"]}.csv\"";
        http.Response.Headers.CacheControl = "private, no-store";
        var options = new CsvWriterOptions
        {
            Separator = CultureInfo.CurrentCulture.TextInfo.ListSeparator is [var separator] && separator is ';' or ',' ? separator : ',',
            WriteByteOrderMark = true,
            Injection = CsvInjection.Escape,
        };
        await using var csv = CsvWriter.Create(http.Response.Body, options, leaveOpen: true);
        await csv.WriteRecordAsync(
            [L["Export.FirstName"], L["Export.LastName"], L["Export.Email"], L["Export.Organization"], L["Export.TicketType"],
             L["Export.Status"], L["Export.WaitlistRank"], L["Export.RegisteredAt"], .. table.Questions.Select(q => q.Label.In(language))], ct);
        await foreach (var row in registrations.StreamAsync(conference.Id, new RegistrationFilter(q, wanted, ticket), ct))
        {
            await csv.WriteRecordAsync(
                [row.FirstName, row.LastName, row.Email, row.Organization ?? "", row.TicketType.In(language), L[$"Status.{row.Status}"],
                 row.WaitlistRank?.ToString(CultureInfo.InvariantCulture) ?? "", VenueTime.Local(row.RegisteredAtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                 .. table.Questions.Select(question => Answer(row.Id, question))], ct);
        }
        await csv.FlushAsync(ct);
        return Results.Empty;
    }
}
