using System.Globalization;
using System.Text.Json;
using EventHub.Core.Features.CheckIns;
using EventHub.Web.Features.Devices;

namespace EventHub.Web.Features.CheckIns;

/// <summary>
/// POST /api/checkin/batch: the scans a device queued while offline, for a device token. Each item is decided as a
/// live scan would be (<see cref="OfflineScanBatch"/>); an item that cannot be read is refused with a reason and the
/// others are recorded. The answer lists every item's outcome, in the order sent.
/// </summary>
public static class CheckInBatchApi
{
    public const string Path = "/api/checkin/batch";

    /// <summary>A long outage at a busy door: a thousand scans of about a hundred bytes each.</summary>
    public const int MaxItems = 1_000;

    public const long MaxBodyBytes = 256 * 1024;

    public sealed record BatchItemResponse(
        int Index,
        Guid? ScanId,
        string Result,
        string? Reason = null,
        string? FirstName = null,
        string? LastName = null,
        string? TicketType = null,
        DateTimeOffset? FirstCheckedInAt = null,
        string? FirstCheckpoint = null,
        bool? AlreadyRecorded = null);

    public sealed record BatchResponse(IReadOnlyList<BatchItemResponse> Items);

    public static void MapCheckInBatchApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, BatchAsync)
            .RequireAuthorization(DeviceTokenAuthentication.Policy)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.SkipStatusCodePagesAttribute())
            .AddEndpointFilter(CheckInApi.LimitBody(MaxBodyBytes));

    private static async Task<IResult> BatchAsync(HttpContext http, OfflineScanBatch batch, CheckpointDirectory checkpoints, ScanLimiter limiter, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: "The body must be JSON: { \"checkpoint\": \"…\", \"items\": [{ \"scanId\": \"…\", \"code\": \"…\", \"scannedAt\": \"…\" }] }.");
        }
        using (document)
        {
            var root = document.RootElement;
            var checkpoint = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("checkpoint", out var c)
                ? c.ValueKind switch { JsonValueKind.String => c.GetString(), JsonValueKind.Number => c.GetRawText(), _ => null }
                : null;
            var items = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var i) && i.ValueKind == JsonValueKind.Array ? i : (JsonElement?)null;
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(checkpoint))
            {
                errors["checkpoint"] = ["A checkpoint id or name is required."];
            }
            if (items is null)
            {
                errors["items"] = ["A list of scans is required."];
            }
            else if (items.Value.GetArrayLength() > MaxItems)
            {
                errors["items"] = [$"At most {MaxItems} scans per batch; send the rest in another."];
            }
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors);
            }
            if (await checkpoints.ResolveCheckpointAsync(checkpoint!, ct) is not { } checkpointId)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["checkpoint"] = ["Unknown checkpoint."] });
            }
            var actor = CheckInActor.Device(CheckInApi.DeviceId(http));
            if (!limiter.TryAcquire(actor))
            {
                http.Response.Headers.RetryAfter = "1";
                return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests from this device.");
            }

            var responses = new BatchItemResponse?[items!.Value.GetArrayLength()];
            var scans = new List<(int Index, OfflineScan Scan)>();
            foreach (var (index, item) in items.Value.EnumerateArray().Index())
            {
                var (scan, reason) = Read(item);
                if (scan is null)
                {
                    responses[index] = new BatchItemResponse(index, ScanIdOf(item), "refused", reason);
                }
                else
                {
                    scans.Add((index, scan));
                }
            }
            if ((await batch.RecordAsync(checkpointId, actor, scans.Select(s => s.Scan).ToList(), ct)).Value is not { } recorded)
            {
                // Deleted by an organizer a moment ago.
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["checkpoint"] = ["Unknown checkpoint."] });
            }
            foreach (var ((index, _), result) in scans.Zip(recorded))
            {
                responses[index] = result.Answer is { } answer
                    ? Answered(index, result.ScanId, answer)
                    : new BatchItemResponse(index, result.ScanId, "refused", result.Refusal);
            }
            return Results.Ok(new BatchResponse(responses!));
        }
    }

    private static BatchItemResponse Answered(int index, Guid scanId, ScanAnswer answer)
    {
        var said = CheckInApi.Describe(answer);
        return new BatchItemResponse(index, scanId, said.Result, said.Reason, said.FirstName, said.LastName, said.TicketType,
            said.FirstCheckedInAt, said.FirstCheckpoint, answer.AlreadyRecorded ? true : null);
    }

    /// <summary>One item, or the reason it cannot be read.</summary>
    private static (OfflineScan? Scan, string? Reason) Read(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return (null, "not_an_object");
        }
        if (ScanIdOf(item) is not { } scanId)
        {
            return (null, "scan_id_missing_or_not_a_uuid");
        }
        if (!item.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(code.GetString()))
        {
            return (null, "code_missing");
        }
        // An instant with its offset (ISO 8601, "2027-04-27T08:42:05-04:00" or "…Z"); without one, UTC is assumed.
        if (!item.TryGetProperty("scannedAt", out var at) || at.ValueKind != JsonValueKind.String
            || !DateTimeOffset.TryParse(at.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var scannedAt))
        {
            return (null, "scanned_at_missing_or_not_a_date");
        }
        return (new OfflineScan(scanId, code.GetString()!, scannedAt.UtcDateTime), null);
    }

    private static Guid? ScanIdOf(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("scanId", out var id) && id.ValueKind == JsonValueKind.String
        && Guid.TryParse(id.GetString(), out var scanId) && scanId != Guid.Empty
            ? scanId
            : null;
}
