using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.CheckIns;
using EventHub.Testing;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.CheckIns;

public abstract class CheckInTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : CheckInTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : CheckInTests(DatabaseProvider.PostgreSql);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 4, 27, 12, 30, 0, TimeSpan.Zero));
    private readonly InProcessCheckInFeed _feed = new();
    private WriteGate _gate = null!;
    private TestDatabase _database = null!;
    private TestCheckIns _service = null!;
    private Event _event = null!;
    private TicketType _ticket = null!;
    private Checkpoint _door = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _gate = new WriteGate(_database.Settings);
        _service = new TestCheckIns(_database, _time, _gate, _feed);
        await using var db = _database.NewContext();
        (_event, _ticket) = await TestData.EventWithTicketAsync(db);
        _door = new Checkpoint(_event.Id, "Porte A", CheckpointKind.Door);
        db.Checkpoints.Add(_door);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        _service?.Dispose();
        _feed.Dispose();
        await _database.DisposeAsync();
    }

    private async Task<Registration> RegisterAsync(string email, Action<Registration>? change = null)
    {
        await using var db = _database.NewContext();
        var registration = TestData.Registration(_event, _ticket, email);
        change?.Invoke(registration);
        db.Registrations.Add(registration);
        await db.SaveChangesAsync();
        return registration;
    }

    [Fact]
    public async Task Ten_doors_scanning_one_badge_at_once_check_it_in_exactly_once()
    {
        var marie = await RegisterAsync("marie@test.example");

        var answers = await AllAtOnce.RunAsync(10, i => _service.Desk.ScanAsync(BadgeCodes.QrPayload(marie.BadgeCode), _door.Id, CheckInActor.Staff($"staff-{i}")));

        Assert.Single(answers, a => a.Value!.Outcome == CheckInOutcome.CheckedIn);
        Assert.Equal(9, answers.Count(a => a.Value!.Outcome == CheckInOutcome.AlreadyCheckedIn));
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.CheckIns.CountAsync(c => c.RegistrationId == marie.Id));
        Assert.Equal(10, await db.CheckInAttempts.CountAsync(a => a.RegistrationId == marie.Id));
    }

    [Fact]
    public async Task Two_instances_scanning_the_same_badges_at_once_check_each_in_exactly_once()
    {
        // A second app server on the same database: its own write gate and its own batch writer.
        var otherGate = new WriteGate(_database.Settings);
        using var other = new TestCheckIns(_database, _time, otherGate, _feed);
        var people = new List<Registration>();
        for (var i = 0; i < 20; i++)
        {
            people.Add(await RegisterAsync($"personne-{i}@test.example"));
        }

        var answers = await AllAtOnce.RunAsync(8, async door =>
        {
            var service = door % 2 == 0 ? _service : other;
            var outcomes = new List<CheckInOutcome>();
            foreach (var person in people)
            {
                outcomes.Add((await service.Desk.ScanAsync(person.BadgeCode, _door.Id, CheckInActor.Staff($"staff-{door}"))).Value!.Outcome);
            }
            return outcomes;
        });

        Assert.Equal(20, answers.SelectMany(a => a).Count(o => o == CheckInOutcome.CheckedIn));
        Assert.Equal(20 * 7, answers.SelectMany(a => a).Count(o => o == CheckInOutcome.AlreadyCheckedIn));
        await using var db = _database.NewContext();
        Assert.Equal(20, await db.CheckIns.CountAsync());
        Assert.Equal(20 * 8, await db.CheckInAttempts.CountAsync());
    }

    [Fact]
    public async Task A_scan_that_cannot_be_written_fails_alone_and_the_rest_of_its_batch_is_written()
    {
        var people = new List<Registration>();
        for (var i = 0; i < 3; i++)
        {
            people.Add(await RegisterAsync($"personne-{i}@test.example"));
        }
        var door = new ScanPlace(_door.Id, _event.Id, _door.Name, CheckIn.EventAttendance);
        var gone = door with { CheckpointId = _door.Id + 1_000 };
        var at = _time.GetUtcNow().UtcDateTime;
        Task<ScanAnswer>[] scans;
        // While the gate is held the writer cannot write, so the scans queue up and share a batch.
        using (await _gate.EnterAsync())
        {
            scans =
            [
                _service.Recorder.DecideAsync(new ScanRequest(door, CheckInActor.Staff("staff"), at, Code: people[0].BadgeCode)),
                _service.Recorder.DecideAsync(new ScanRequest(gone, CheckInActor.Staff("staff"), at, Refused: CheckInOutcome.RateLimited)),
                _service.Recorder.DecideAsync(new ScanRequest(door, CheckInActor.Staff("staff"), at, Code: people[1].BadgeCode)),
                _service.Recorder.DecideAsync(new ScanRequest(door, CheckInActor.Staff("staff"), at, Code: people[2].BadgeCode)),
            ];
        }

        await Assert.ThrowsAnyAsync<Exception>(() => scans[1]);
        var written = await Task.WhenAll(scans[0], scans[2], scans[3]);
        Assert.All(written, answer => Assert.Equal(CheckInOutcome.CheckedIn, answer.Outcome));
        await using var db = _database.NewContext();
        Assert.Equal(3, await db.CheckIns.CountAsync());
        Assert.Equal(3, await db.CheckInAttempts.CountAsync());
    }

    [Fact]
    public async Task A_second_scan_reports_the_first_entry_time_and_door()
    {
        var marie = await RegisterAsync("marie@test.example");
        var first = await _service.Desk.ScanAsync(marie.BadgeCode, _door.Id, CheckInActor.Staff("staff"));
        _time.Advance(TimeSpan.FromMinutes(5));

        var second = await _service.Desk.ScanAsync(marie.BadgeCode.ToLowerInvariant(), _door.Id, CheckInActor.Staff("staff"));

        Assert.Equal(CheckInOutcome.CheckedIn, first.Value!.Outcome);
        Assert.Equal("Marie", first.Value.FirstName);
        Assert.Equal(CheckInOutcome.AlreadyCheckedIn, second.Value!.Outcome);
        Assert.Equal(first.Value.FirstCheckedInAt, second.Value.FirstCheckedInAt);
        Assert.Equal("Porte A", second.Value.FirstCheckpoint);
    }

    [Fact]
    public async Task Unknown_cancelled_and_waitlisted_badges_are_not_valid_are_logged_and_only_a_known_person_is_named()
    {
        var cancelled = await RegisterAsync("annule@test.example", r => r.Cancel(TestData.Now));
        var waiting = await RegisterAsync("attente@test.example", r => r.Waitlist(1, TestData.Now));

        var unknown = await _service.Desk.ScanAsync(EventHub.Core.Security.SecureTokens.NewBadgeCode(), _door.Id, CheckInActor.Staff("staff"));
        var garbage = await _service.Desk.ScanAsync("https://example.org/not-a-badge", _door.Id, CheckInActor.Staff("staff"));
        var cancelledAnswer = await _service.Desk.ScanAsync(cancelled.BadgeCode, _door.Id, CheckInActor.Staff("staff"));
        var waitingAnswer = await _service.Desk.ScanAsync(waiting.BadgeCode, _door.Id, CheckInActor.Staff("staff"));

        Assert.Equal(CheckInOutcome.Invalid, unknown.Value!.Outcome);
        Assert.Equal(CheckInOutcome.Invalid, garbage.Value!.Outcome);
        Assert.Equal(CheckInOutcome.Cancelled, cancelledAnswer.Value!.Outcome);
        Assert.Equal(CheckInOutcome.Waitlisted, waitingAnswer.Value!.Outcome);
        // Staff send a cancelled or waitlisted person to the desk by name; an unknown code belongs to no one.
        Assert.Equal(("Marie", "Tremblay"), (cancelledAnswer.Value.FirstName, cancelledAnswer.Value.LastName));
        Assert.Equal(("Marie", "Tremblay"), (waitingAnswer.Value.FirstName, waitingAnswer.Value.LastName));
        Assert.Null(unknown.Value.FirstName);
        Assert.Null(garbage.Value.FirstName);
        await using var db = _database.NewContext();
        Assert.Equal(4, await db.CheckInAttempts.CountAsync());
        Assert.Equal(0, await db.CheckIns.CountAsync());
    }

    [Fact]
    public async Task An_unknown_checkpoint_is_an_error_not_a_crash()
    {
        var result = await _service.Desk.ScanAsync("whatever", 9_999, CheckInActor.Staff("staff"));

        Assert.IsType<EventHub.Core.NotFoundError>(result.Error);
    }

    [Fact]
    public async Task A_check_in_is_announced_to_live_views_after_its_commit()
    {
        var marie = await RegisterAsync("marie@test.example");
        var heard = new TaskCompletionSource<CheckInNotice>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = _feed.Subscribe(notice =>
        {
            heard.TrySetResult(notice);
            return Task.CompletedTask;
        });

        await _service.Desk.ScanAsync(marie.BadgeCode, _door.Id, CheckInActor.Staff("staff"));
        var notice = await heard.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(CheckInOutcome.CheckedIn, notice.Outcome);
        Assert.Equal(_door.Id, notice.CheckpointId);
    }

    [Fact]
    public async Task The_one_who_checked_in_can_undo_within_five_minutes_and_nobody_else()
    {
        var marie = await RegisterAsync("marie@test.example");
        var first = (await _service.Desk.ScanAsync(marie.BadgeCode, _door.Id, CheckInActor.Staff("door-a"))).Value!;

        Assert.False(await _service.Undo.UndoAsync(first.CheckInId!.Value, CheckInActor.Staff("door-b")));
        Assert.True(await _service.Undo.UndoAsync(first.CheckInId!.Value, CheckInActor.Staff("door-a")));
        Assert.False(await _service.Undo.UndoAsync(first.CheckInId!.Value, CheckInActor.Staff("door-a")));

        var again = (await _service.Desk.ScanAsync(marie.BadgeCode, _door.Id, CheckInActor.Staff("door-a"))).Value!;
        Assert.Equal(CheckInOutcome.CheckedIn, again.Outcome);
        _time.Advance(TimeSpan.FromMinutes(6));
        Assert.False(await _service.Undo.UndoAsync(again.CheckInId!.Value, CheckInActor.Staff("door-a")));
    }

    [Fact]
    public async Task Undos_of_one_check_in_at_once_on_several_instances_undo_it_once()
    {
        var marie = await RegisterAsync("marie@test.example");
        var checkIn = (await _service.Desk.ScanAsync(marie.BadgeCode, _door.Id, CheckInActor.Staff("door-a"))).Value!.CheckInId!.Value;
        // Each undo on an app server of its own (own write gate), so that they truly race in the database.
        var instances = Enumerable.Range(0, 4).Select(_ => new TestCheckIns(_database, _time, new WriteGate(_database.Settings), _feed)).ToList();

        var undone = await AllAtOnce.RunAsync(instances, i => i.Undo.UndoAsync(checkIn, CheckInActor.Staff("door-a")));

        instances.ForEach(i => i.Dispose());
        Assert.Single(undone, u => u);
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.CheckInAttempts.CountAsync(a => a.Outcome == CheckInOutcome.Undone));
        Assert.NotNull((await db.CheckIns.SingleAsync()).UndoneAt);
    }

    [Fact]
    public async Task Search_ignores_accents_and_case_and_never_returns_e_mails()
    {
        await RegisterAsync("helene.cote@ville.example", r => r.Correct(new AttendeeDetails("Hélène", "Côté", "helene.cote@ville.example", "Ville de Québec", null, "fr"), TestData.Now));
        await RegisterAsync("marc.roy@ville.example", r => r.Correct(new AttendeeDetails("Marc", "Roy", "marc.roy@ville.example", "Desjardins", null, "fr"), TestData.Now));

        var byName = await _service.Search.SearchAsync(_event.Id, "helene");
        var byLastName = await _service.Search.SearchAsync(_event.Id, "COTE h");
        var byEmail = await _service.Search.SearchAsync(_event.Id, "marc.r");
        var tooShort = await _service.Search.SearchAsync(_event.Id, "h");

        Assert.Equal("Hélène", Assert.Single(byName).FirstName);
        Assert.Equal("Côté", Assert.Single(byLastName).LastName);
        Assert.Equal("Roy", Assert.Single(byEmail).LastName);
        Assert.Empty(tooShort);
        Assert.DoesNotContain(typeof(AttendeeMatch).GetProperties(), p => p.Name.Contains("Mail", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_returns_at_most_twenty_people()
    {
        for (var i = 0; i < 25; i++)
        {
            var n = i;
            await RegisterAsync($"tremblay{n}@test.example");
        }

        Assert.Equal(CheckInSearch.SearchLimit, (await _service.Search.SearchAsync(_event.Id, "tremblay")).Count);
    }

    [Fact]
    public async Task Typed_wildcards_match_only_themselves_and_a_thousand_words_answer_at_once()
    {
        await RegisterAsync("helene.cote@ville.example", r => r.Correct(new AttendeeDetails("Hélène", "Côté", "helene.cote@ville.example", null, null, "fr"), TestData.Now));
        await RegisterAsync("marc.roy@ville.example");

        var underscores = await _service.Search.SearchAsync(_event.Id, "__");
        var percentDomain = await _service.Search.SearchAsync(_event.Id, "%@ville.example");
        var thousandWords = await _service.Search.SearchAsync(_event.Id, string.Join(' ', Enumerable.Repeat("helene", 1_000)));
        var longWord = await _service.Search.SearchAsync(_event.Id, new string('h', 10_000));

        // Before escaping, "__" listed everyone and "%@…" matched a domain inside the address.
        Assert.Empty(underscores);
        Assert.Empty(percentDomain);
        Assert.Equal("Hélène", Assert.Single(thousandWords).FirstName);
        Assert.Empty(longWord);
    }

    [Fact]
    public async Task A_session_room_counts_attendance_per_session_apart_from_the_door()
    {
        var marie = await RegisterAsync("marie@test.example");
        await RegisterAsync("attente@test.example", r => r.Waitlist(1, TestData.Now));
        Checkpoint roomCheckpoint;
        await using (var db = _database.NewContext())
        {
            var room = new Room(_event.Id, "Salle 301A", 120);
            db.Rooms.Add(room);
            await db.SaveChangesAsync();
            var session = new Session(_event.Id, SessionKind.Talk, "Infonuagique", "Cloud", 50);
            session.PlaceAt(room.Id, _time.GetUtcNow().UtcDateTime.AddMinutes(10));
            roomCheckpoint = new Checkpoint(_event.Id, "Salle 301A", CheckpointKind.SessionRoom, room.Id);
            db.AddRange(session, roomCheckpoint);
            await db.SaveChangesAsync();
        }

        var atDoor = await _service.Desk.ScanAsync(marie.BadgeCode, _door.Id, CheckInActor.Staff("staff"));
        var inRoom = await _service.Desk.ScanAsync(marie.BadgeCode, roomCheckpoint.Id, CheckInActor.Staff("staff"));
        var inRoomAgain = await _service.Desk.ScanAsync(marie.BadgeCode, roomCheckpoint.Id, CheckInActor.Staff("staff"));
        using var dashboards = new CheckInDashboard(_database.Factory, _time, _feed);
        var snapshot = await dashboards.GetAsync(_event.Id);

        Assert.Equal(CheckInOutcome.CheckedIn, atDoor.Value!.Outcome);
        Assert.Equal(CheckInOutcome.CheckedIn, inRoom.Value!.Outcome);
        Assert.Equal(CheckInOutcome.AlreadyCheckedIn, inRoomAgain.Value!.Outcome);
        Assert.Equal(1, snapshot.CheckedIn);
        Assert.Equal(1, snapshot.Waitlisted);
        var occupancy = Assert.Single(snapshot.Rooms);
        Assert.Equal((1, 120), (occupancy.Present, occupancy.Seats));
        Assert.Equal("Cloud", occupancy.Session!.English);
        Assert.Equal(1, snapshot.PerCheckpoint.Single(c => c.CheckpointId == _door.Id).Buckets[^1].Count);
        Assert.Equal("Marie", snapshot.Latest[0].FirstName);
    }

    [Fact]
    public async Task The_dashboard_counts_arrivals_per_door_per_minute_over_the_last_hour()
    {
        var marie = await RegisterAsync("marie@test.example");
        await _service.Desk.ScanAsync(marie.BadgeCode, _door.Id, CheckInActor.Staff("staff"));
        using var dashboard = new CheckInDashboard(_database.Factory, _time, _feed);

        _time.Advance(TimeSpan.FromSeconds(90));
        var soon = (await dashboard.GetAsync(_event.Id)).PerCheckpoint.Single(c => c.CheckpointId == _door.Id).Buckets;
        _time.Advance(TimeSpan.FromMinutes(60));
        var later = (await dashboard.GetAsync(_event.Id)).PerCheckpoint.Single(c => c.CheckpointId == _door.Id).Buckets;

        Assert.Equal(60, soon.Count);
        Assert.All(soon.Zip(soon.Skip(1)), pair => Assert.Equal(TimeSpan.FromMinutes(1), pair.Second.Start - pair.First.Start));
        Assert.Equal((0, 1, 1), (soon[^1].Count, soon[^2].Count, soon.Sum(b => b.Count)));
        Assert.Equal(0, later.Sum(b => b.Count));
    }

    [Fact]
    public async Task Open_dashboards_share_one_snapshot_until_a_scan_or_a_second_passes()
    {
        var marie = await RegisterAsync("marie@test.example");
        var builds = new CountingFactory(_database.Factory);
        using var dashboard = new CheckInDashboard(builds, _time, _feed);
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var page = _feed.Subscribe(_ => Task.FromResult(heard.TrySetResult()));

        var together = await AllAtOnce.RunAsync(5, _ => dashboard.GetAsync(_event.Id));
        Assert.Equal(1, builds.Created);
        Assert.All(together, snapshot => Assert.Same(together[0], snapshot));

        await _service.Desk.ScanAsync(marie.BadgeCode, _door.Id, CheckInActor.Staff("staff"));
        await heard.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, (await dashboard.GetAsync(_event.Id)).CheckedIn);
        Assert.Equal(2, builds.Created);

        await dashboard.GetAsync(_event.Id);
        _time.Advance(CheckInDashboard.SharedFor);
        await dashboard.GetAsync(_event.Id);
        Assert.Equal(3, builds.Created);
    }

    /// <summary>Counts the contexts handed out: the dashboard opens one per snapshot it builds.</summary>
    private sealed class CountingFactory(IDbContextFactory<EventHubDbContext> inner) : IDbContextFactory<EventHubDbContext>
    {
        private int _created;

        public int Created => Volatile.Read(ref _created);

        public EventHubDbContext CreateDbContext()
        {
            Interlocked.Increment(ref _created);
            return inner.CreateDbContext();
        }
    }

    [Theory]
    [InlineData("eh1-abcd efgh-jkmn-pqrs-tuvw-xyz234", "ABCDEFGHJKMNPQRSTUVWXYZ234")]
    [InlineData("ABCDEFGHJKMNPQRSTUVWXYZ234", "ABCDEFGHJKMNPQRSTUVWXYZ234")]
    [InlineData("ABCDEFGHJKMNPQRSTUVWXYZ23", null)]
    [InlineData("ABCDEFGHJKMNPQRSTUVWXYZ2340", null)]
    [InlineData("0BCDEFGHJKMNPQRSTUVWXYZ234", null)]
    [InlineData("", null)]
    public void Badge_codes_are_read_from_scans_and_typing(string input, string? expected) =>
        Assert.Equal(expected, BadgeCodes.Normalize(input));
}
