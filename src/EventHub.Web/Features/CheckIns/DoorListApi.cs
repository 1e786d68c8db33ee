using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EventHub.Core;
using EventHub.Core.Domain;
using EventHub.Core.Features.CheckIns;
using EventHub.Web.Features.Devices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace EventHub.Web.Features.CheckIns;

/// <summary>
/// GET /api/checkin/list: the door list (<see cref="DoorList"/>) for a scanner's token or a door-staff or organizer
/// cookie, with a weak ETag (304 when nothing changed), a delta (<c>?since=</c>) and Brotli or gzip compression.
/// </summary>
public static class DoorListApi
{
    public const string Path = "/api/checkin/list";
    public const string Policy = "DoorList";

    public sealed record Row(
        string BadgeCode,
        string FirstName,
        string LastName,
        string? Organization,
        string TicketType,
        string Status,
        DateTimeOffset? CheckedInAt,
        string? CheckedInAtCheckpoint);

    /// <summary>A scanner device, or a signed-in member of the door staff or the organization.</summary>
    public static void AddDoorListPolicy(this AuthorizationBuilder authorization) =>
        authorization.AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(DeviceTokenAuthentication.SchemeName, IdentityConstants.ApplicationScheme)
            .RequireAssertion(context => context.User.HasClaim(c => c.Type == DeviceTokenAuthentication.DeviceIdClaim)
                || context.User.IsInRole(Roles.Organizer) || context.User.IsInRole(Roles.DoorStaff)));

    public static void MapDoorListApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, GetAsync)
            .RequireAuthorization(Policy)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.SkipStatusCodePagesAttribute());

    /// <summary>Compresses this endpoint's answers only: the rest of the site keeps its own (precompressed static assets).</summary>
    public static void UseDoorListCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Path), branch => branch.UseResponseCompression());

    private static async Task<IResult> GetAsync(string? checkpoint, string? since, HttpContext http, DoorList list, CheckpointDirectory checkpoints,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(checkpoint) || await checkpoints.ResolveCheckpointAsync(checkpoint, ct) is not { } checkpointId)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["checkpoint"] = [string.IsNullOrWhiteSpace(checkpoint) ? "A checkpoint id or name is required." : "Unknown checkpoint."],
            });
        }
        var version = DoorListVersion.Parse(since);
        if (!string.IsNullOrEmpty(since) && version is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["since"] = ["Send back the version of an earlier answer."] });
        }
        var result = await list.GetAsync(checkpointId, version, ct);
        if (result.Error is { } error)
        {
            return error is NotFoundError
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["checkpoint"] = ["Unknown checkpoint."] })
                : Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The checkpoint's conference is over: its door list is no longer served.");
        }
        var page = result.Value!;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var rows = JsonSerializer.SerializeToUtf8Bytes(page.Rows.Select(r => new Row(r.BadgeCode, r.FirstName, r.LastName, r.Organization,
            r.TicketType.In(language), r.Status.ToString().ToLowerInvariant(),
            r.CheckedInAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null, r.CheckedInAtCheckpoint)), json.Value.SerializerOptions);

        // The tag covers what the rows say, not the version (which moves at every read): unchanged rows give 304.
        // Weak, because the bytes on the wire differ with the compression.
        var tag = new EntityTagHeaderValue(Tag(rows, page), isWeak: true);
        http.Response.Headers.ETag = tag.ToString();
        // Names of people: kept by the door's own copy, not by shared caches.
        http.Response.Headers.CacheControl = "private, no-cache";
        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } matches
            && matches.Any(m => m.Equals(EntityTagHeaderValue.Any) || m.Compare(tag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(Body(page, rows), "application/json; charset=utf-8");
    }

    private static string Tag(byte[] rows, DoorListPage page)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{page.CheckpointId}|{page.Attendance}|{page.Full}|"));
        hash.AppendData(rows);
        return $"\"{Convert.ToBase64String(hash.GetHashAndReset(), 0, 18).Replace('+', '-').Replace('/', '_')}\"";
    }

    private static byte[] Body(DoorListPage page, byte[] rows)
    {
        using var buffer = new MemoryStream(rows.Length + 200);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("checkpointId", page.CheckpointId);
            writer.WriteString("attendance", page.Attendance);
            writer.WriteBoolean("full", page.Full);
            writer.WriteString("version", page.Version.ToString());
            writer.WritePropertyName("rows");
            writer.WriteRawValue(rows, skipInputValidation: true);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
