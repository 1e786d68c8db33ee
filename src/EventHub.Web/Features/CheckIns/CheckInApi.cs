using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using EventHub.Core.Domain;
using EventHub.Core.Features.Events;
using EventHub.Core.Features.CheckIns;
using EventHub.Web.Features.Devices;

namespace EventHub.Web.Features.CheckIns;

/// <summary>
/// The scanner API: POST /api/checkin and GET /api/checkin/search, for devices with a bearer token.
/// It calls the same <see cref="CheckInDesk"/> as the check-in page.
/// </summary>
public static class CheckInApi
{
    public sealed record CheckInRequest(string? Code, JsonElement? Checkpoint);

    public sealed record CheckInResponse(
        string Result,
        string? Reason = null,
        string? FirstName = null,
        string? LastName = null,
        string? TicketType = null,
        DateTimeOffset? FirstCheckedInAt = null,
        string? FirstCheckpoint = null);

    public sealed record SearchMatch(int RegistrationId, string FirstName, string LastName, string? Organization, string TicketType, string Status);

    public static void MapCheckInApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/checkin")
            .RequireAuthorization(DeviceTokenAuthentication.Policy)
            .DisableAntiforgery()
            // Machines get JSON problems and bare status codes, not the HTML error pages people see.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.SkipStatusCodePagesAttribute());
        api.AddEndpointFilter(LimitBody(MaxBodyBytes));
        api.MapPost("", CheckInAsync);
        api.MapGet("/search", SearchAsync);
    }

    /// <summary>A scan or a search is a few hundred bytes; anything far larger is refused before it is read.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// Refuses a body over <paramref name="maxBytes"/> with 413 as problem details: at once when its length is
    /// announced (a client that sent "Expect: 100-continue" never sends it), else when reading passes the limit.
    /// </summary>
    internal static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> LimitBody(long maxBytes) => async (context, next) =>
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBytes;
        }
        try
        {
            return await next(context);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxBytes);
        }
    };

    private static IResult TooLarge(long maxBytes) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The body is larger than {maxBytes / 1024} KB.");

    private static async Task<IResult> CheckInAsync(HttpContext http, CheckInDesk checkIns, CheckpointDirectory checkpoints, ScanLimiter limiter, CancellationToken ct)
    {
        CheckInRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<CheckInRequest>(ct);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Not JSON, or not the expected shape: say so rather than fail.
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body must be JSON: { \"code\": \"…\", \"checkpoint\": \"…\" }.");
        }
        var checkpointText = request?.Checkpoint switch
        {
            { ValueKind: JsonValueKind.String } text => text.GetString(),
            { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
            _ => null,
        };
        if (request is null || string.IsNullOrWhiteSpace(request.Code) || string.IsNullOrWhiteSpace(checkpointText))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["code"] = string.IsNullOrWhiteSpace(request?.Code) ? ["A badge code is required."] : [],
                ["checkpoint"] = string.IsNullOrWhiteSpace(checkpointText) ? ["A checkpoint id or name is required."] : [],
            }.Where(e => e.Value.Length > 0).ToDictionary());
        }
        if (await checkpoints.ResolveCheckpointAsync(checkpointText, ct) is not { } checkpointId)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["checkpoint"] = ["Unknown checkpoint."] });
        }
        var actor = CheckInActor.Device(DeviceId(http));
        if (!await limiter.AdmitScanAsync(actor, checkpointId, ct))
        {
            http.Response.Headers.RetryAfter = "1";
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many scans from this device.");
        }
        var answer = (await checkIns.ScanAsync(request.Code, checkpointId, actor, ct)).Value!;
        return Results.Ok(Describe(answer));
    }

    /// <summary>The answer as the API says it, for a live scan or one sent in a batch.</summary>
    internal static CheckInResponse Describe(ScanAnswer answer) =>
        answer.Outcome switch
        {
            CheckInOutcome.CheckedIn => Person("checked_in", answer),
            CheckInOutcome.AlreadyCheckedIn => First(Person("already_checked_in", answer), answer),
            // Only a scan sent in a batch: let in offline while another door or device had already checked the person in.
            CheckInOutcome.OfflineDuplicate => First(Person("offline_duplicate", answer), answer),
            // Named so that staff can send the person to the desk (never with an e-mail); an unknown code names no one.
            CheckInOutcome.Cancelled => Person("cancelled", answer),
            CheckInOutcome.Waitlisted => Person("invalid", answer) with { Reason = "waitlisted" },
            CheckInOutcome.OtherEdition => new CheckInResponse("invalid", Reason: "other_edition"),
            _ => new CheckInResponse("invalid", Reason: "unknown"),
        };

    private static CheckInResponse First(CheckInResponse response, ScanAnswer answer) => response with
    {
        FirstCheckedInAt = answer.FirstCheckedInAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null,
        FirstCheckpoint = answer.FirstCheckpoint,
    };

    /// <summary>
    /// Searches the people of the conference of <paramref name="checkpoint"/> (an id or a name, as for a scan);
    /// without one, of the installation's current conference.
    /// </summary>
    private static async Task<IResult> SearchAsync(string? q, string? checkpoint, HttpContext http, CheckInSearch search, CheckpointDirectory checkpoints,
        ConferenceDirectory conferences, ScanLimiter limiter, CancellationToken ct)
    {
        if (!limiter.TryAcquire(CheckInActor.Device(DeviceId(http))))
        {
            http.Response.Headers.RetryAfter = "1";
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests from this device.");
        }
        int? eventId;
        if (!string.IsNullOrWhiteSpace(checkpoint))
        {
            if (await checkpoints.ResolveCheckpointAsync(checkpoint, ct) is not { } checkpointId)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["checkpoint"] = ["Unknown checkpoint."] });
            }
            eventId = await checkpoints.EventOfAsync(checkpointId, ct);
        }
        else
        {
            eventId = (await conferences.CurrentAsync(ct))?.Id;
        }
        var matches = eventId is { } id ? await search.SearchAsync(id, q, ct) : [];
        return Results.Ok(matches.Select(m => new SearchMatch(m.RegistrationId, m.FirstName, m.LastName, m.Organization,
            m.TicketType.In(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), m.Status.ToString().ToLowerInvariant())));
    }

    private static CheckInResponse Person(string result, ScanAnswer answer) =>
        new(result, FirstName: answer.FirstName, LastName: answer.LastName, TicketType: answer.TicketType?.In(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));

    internal static int DeviceId(HttpContext http) =>
        int.Parse(http.User.FindFirst(DeviceTokenAuthentication.DeviceIdClaim)!.Value, CultureInfo.InvariantCulture);
}
