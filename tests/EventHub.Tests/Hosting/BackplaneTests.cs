using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.CheckIns;
using EventHub.Core.Features.Devices;
using EventHub.Core.Features.Program;
using EventHub.Testing;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Hosting;

/// <summary>
/// Two EventHub instances on one database, as behind a load balancer, with a real Redis server as
/// their backplane: what happens on one is seen on the other at once.
/// </summary>
public sealed class BackplaneTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eventhub-instances-").FullName;
    private RedisServer _redis = null!;
    private EventHubApp _first = null!;
    private EventHubApp _second = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string> { ["Backplane:Redis"] = _redis.Configuration, ["RateLimits:Registrations:Burst"] = "3" };
        _first = new EventHubApp(dataFolder: _folder, settings: settings, time: new FakeTimeProvider(TestData.Now));
        // The first instance creates the database; the second finds it.
        _ = _first.Services;
        _second = new EventHubApp(dataFolder: _folder, settings: settings, time: new FakeTimeProvider(TestData.Now));
        _ = _second.Services;
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
        await _redis.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static TaskCompletionSource<T> Signal<T>() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>An attendee with a seat and a door to arrive through, in the app's database.</summary>
    private static async Task<(Registration Attendee, Checkpoint Door)> ArrivalAsync(EventHubApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db);
        var attendee = TestData.Registration(conference, ticket, "marie@test.example");
        var door = new Checkpoint(conference.Id, "Porte A", CheckpointKind.Door);
        db.AddRange(attendee, door);
        await db.SaveChangesAsync();
        return (attendee, door);
    }

    [Fact]
    public async Task A_scan_at_one_instance_reaches_the_dashboards_of_both()
    {
        var (marie, door) = await ArrivalAsync(_first);
        var heardThere = Signal<CheckInNotice>();
        var heardHere = Signal<CheckInNotice>();
        using var there = _second.Services.GetRequiredService<ICheckInFeed>().Subscribe(n => Task.FromResult(heardThere.TrySetResult(n)));
        using var here = _first.Services.GetRequiredService<ICheckInFeed>().Subscribe(n => Task.FromResult(heardHere.TrySetResult(n)));

        var answer = await _first.Services.GetRequiredService<CheckInDesk>().ScanAsync(marie.BadgeCode, door.Id, CheckInActor.Staff("staff"));

        Assert.Equal(CheckInOutcome.CheckedIn, answer.Value!.Outcome);
        var notice = await heardThere.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((door.Id, CheckInOutcome.CheckedIn), (notice.CheckpointId, notice.Outcome));
        Assert.Equal(notice, await heardHere.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Without_its_redis_server_an_instance_starts_and_its_own_dashboards_still_hear_its_scans()
    {
        var folder = Directory.CreateTempSubdirectory("eventhub-alone-").FullName;
        try
        {
            // A port nobody listens on: Redis is down when the instance starts.
            await using var alone = new EventHubApp(dataFolder: folder, time: new FakeTimeProvider(TestData.Now),
                settings: new Dictionary<string, string> { ["Backplane:Redis"] = $"127.0.0.1:{EventHubApp.FreeLoopbackPort()},connectTimeout=500" });
            var (marie, door) = await ArrivalAsync(alone);
            var heard = Signal<CheckInNotice>();
            using var dashboard = alone.Services.GetRequiredService<ICheckInFeed>().Subscribe(n => Task.FromResult(heard.TrySetResult(n)));

            var answer = await alone.Services.GetRequiredService<CheckInDesk>().ScanAsync(marie.BadgeCode, door.Id, CheckInActor.Staff("staff"));

            Assert.Equal(CheckInOutcome.CheckedIn, answer.Value!.Outcome);
            Assert.Equal(door.Id, (await heard.Task.WaitAsync(TimeSpan.FromSeconds(10))).CheckpointId);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task One_address_gets_one_registration_limit_across_the_instances()
    {
        int ticketId;
        await using (var db = await _first.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync())
        {
            ticketId = (await TestData.EventWithTicketAsync(db)).Ticket.Id;
        }
        var (here, there) = (_first.CreateClient(new() { AllowAutoRedirect = false }), _second.CreateClient(new() { AllowAutoRedirect = false }));
        Task<HttpResponseMessage> RegisterAsync(HttpClient client, int n) => HtmlForms.PostFormAsync(client, "/register", "register", new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Léa",
            ["Input.LastName"] = "Côté",
            ["Input.Email"] = $"personne{n}@test.example",
            ["Input.TicketTypeId"] = ticketId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.PreferredLanguage"] = "fr",
            ["Input.Consent"] = "true",
        });

        // A burst of three per address: two here and one there use it up, wherever the balancer sends the fourth.
        var allowed = new[] { await RegisterAsync(here, 1), await RegisterAsync(here, 2), await RegisterAsync(there, 3) };
        var fourth = await RegisterAsync(there, 4);

        Assert.All(allowed, response => Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode));
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, fourth.StatusCode);
    }

    [Fact]
    public async Task A_scanner_revoked_on_one_instance_is_refused_by_the_other_at_once()
    {
        var issued = (await _first.Services.GetRequiredService<DeviceTokens>().IssueAsync("Lecteur 1")).Value!;
        var elsewhere = _second.Services.GetRequiredService<DeviceTokens>();
        // The other instance has just seen this scanner and remembers it for 30 seconds; its clock does not move.
        Assert.NotNull(await elsewhere.AuthenticateAsync(issued.Token));
        var forgotten = Signal<bool>();
        elsewhere.Forgotten += () => forgotten.TrySetResult(true);

        Assert.True(await _first.Services.GetRequiredService<DeviceTokens>().RevokeAsync(issued.Id));

        await forgotten.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Null(await elsewhere.AuthenticateAsync(issued.Token));
    }

    [Fact]
    public async Task A_session_published_on_one_instance_is_on_the_others_agenda_at_once()
    {
        var program = await TestProgram.CreateAsync(_first.Services);
        var reader = _second.CreateClient();
        var before = await reader.GetStringAsync("/agenda");
        var changed = Signal<bool>();
        _second.Services.GetRequiredService<PublishedProgram>().Changed += () => changed.TrySetResult(true);

        await program.PublishedAsync("Villes intelligentes et données ouvertes", program.BigRoom, new TimeOnly(10, 0));

        await changed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("Villes intelligentes et données ouvertes", before);
        Assert.Contains("Villes intelligentes et données ouvertes", await reader.GetStringAsync("/agenda"));
    }
}
