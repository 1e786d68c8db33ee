using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Benchmarks;

/// <summary>
/// Opening day of registration: N clients each open the form once (cookie and antiforgery token), then
/// post real registration forms as fast as the server answers, against a Release server on 127.0.0.1
/// with SQLite at synchronous=FULL, while the outbox writes the e-mails to the pickup folder. More
/// people try than there are seats, so quotas, the event's capacity and the waitlists are all exercised.
/// Prints throughput, latency percentiles, oversold seats and how far the outbox kept up.
/// </summary>
internal static partial class RegistrationBenchmark
{
    private const int Attempts = 6_000;

    /// <summary>
    /// Registrations made before the clock starts. On two cores the runtime keeps recompiling hot code
    /// (tiered compilation with PGO) for the first ten thousand or so registrations; a server that has
    /// been up for days before registration opens is past that, so the warm-up is too.
    /// </summary>
    private const int WarmUps = 12_000;

    public static async Task<int> RunAsync(DatabaseProvider provider, int clientCount)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(provider);
        var (folder, factory) = (database.Folder, database.Factory);
        var (regular, student, warmUp) = await OpeningDayAsync(factory);

        await using var server = await ServerProcess.StartAsync(folder, database.ServerSettings(new Dictionary<string, string>
        {
            ["RateLimits__Registrations__Burst"] = "1000000",
            ["RateLimits__Registrations__PerMinute"] = "1000000",
        }));
        var clients = new List<FormClient>();
        for (var i = 0; i < clientCount; i++)
        {
            clients.Add(await FormClient.OpenAsync(server.Address));
        }

        // Warm-up on a ticket type of its own, so the JIT, the connection pool and SQLite's cache are ready before the clock starts.
        Console.Error.WriteLine($"Warming up with {WarmUps:N0} registrations…");
        await ClosedLoop.RunAsync(clients, WarmUps, (client, n) => client.RegisterAsync($"echauffement-{n}@bench.example", warmUp));
        await server.WaitUntilQuietAsync(TimeSpan.FromSeconds(30));

        var serverCpu = server.CpuTime;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var run = await ClosedLoop.RunAsync(clients, Attempts, (client, n) => client.RegisterAsync($"personne-{n}@bench.example", n % 4 == 0 ? student : regular));
        serverCpu = server.CpuTime - serverCpu;
        clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpu;
        var outboxAtEnd = await OutboxAsync(factory);
        var drain = Stopwatch.StartNew();
        await MailFilesAsync(Path.Combine(folder, "mail"), outboxAtEnd.Sent + outboxAtEnd.Pending, TimeSpan.FromMinutes(2));
        drain.Stop();

        await using var db = factory.CreateDbContext();
        var tickets = await db.TicketTypes.AsNoTracking().ToListAsync();
        var measured = tickets.Where(t => t.Id != warmUp).Select(t => t.Id).ToList();
        var confirmed = await db.Registrations.Where(r => r.Status == RegistrationStatus.Confirmed).GroupBy(r => r.TicketTypeId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var conference = await db.Events.AsNoTracking().SingleAsync();
        var oversold = tickets.Sum(t => Math.Max(0, confirmed.GetValueOrDefault(t.Id) - t.Quota))
            + Math.Max(0, confirmed.Values.Sum() - conference.Capacity);
        var counterDrift = tickets.Sum(t => Math.Abs(confirmed.GetValueOrDefault(t.Id) - t.Sold)) + Math.Abs(confirmed.Values.Sum() - conference.ConfirmedCount);
        var waitlisted = await db.Registrations.CountAsync(r => r.Status == RegistrationStatus.Waitlisted);
        var measuredConfirmed = measured.Sum(id => confirmed.GetValueOrDefault(id));
        var rows = await db.Registrations.CountAsync(r => r.Email.StartsWith("personne-"));
        var mailFiles = Directory.Exists(Path.Combine(folder, "mail")) ? Directory.GetFiles(Path.Combine(folder, "mail"), "*.eml").Length : 0;
        var durability = await database.DurabilityAsync();

        Console.WriteLine($"Registration benchmark: {Attempts:N0} form posts (after {WarmUps:N0} warm-up), {clients.Count} clients, antiforgery on, {durability}");
        Console.WriteLine($"  throughput {run.PerSecond:N0} registrations/s over {run.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"  latency    {run.Latencies.Summary()}");
        Console.WriteLine($"  server CPU {serverCpu.TotalMilliseconds / Attempts:F2} ms per registration (the clients: {clientCpu.TotalMilliseconds / Attempts:F2} ms)");
        Console.WriteLine($"  stored     {rows:N0} registrations: {measuredConfirmed:N0} confirmed of {conference.Capacity - WarmUps:N0} seats, {waitlisted:N0} waitlisted; errors {run.Errors:N0}");
        Console.WriteLine($"  oversold   {oversold:N0} seats (counter drift {counterDrift:N0})");
        Console.WriteLine($"  outbox     {outboxAtEnd.Sent:N0} of {outboxAtEnd.Sent + outboxAtEnd.Pending:N0} e-mails sent while registering; the rest {(outboxAtEnd.Pending == 0 ? "none" : $"in {drain.Elapsed.TotalSeconds:F1} s")}; {mailFiles:N0} .eml files");
        return run.Errors == 0 && oversold == 0 && counterDrift == 0 && rows == Attempts ? 0 : 1;
    }

    /// <summary>An event with fewer seats than people trying: regular 3,000, student 500 (both sold out), and the warm-up's own type.</summary>
    private static async Task<(int Regular, int Student, int WarmUp)> OpeningDayAsync(IDbContextFactory<EventHubDbContext> factory)
    {
        await using var db = factory.CreateDbContext();
        var conference = new Event("bench", "Journée de l'informatique du Québec", "Quebec Computing Day", "Québec", "America/Toronto", 3_500 + WarmUps);
        conference.AddDay(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(90)), new TimeOnly(8, 0), new TimeOnly(17, 0));
        db.Events.Add(conference);
        await db.SaveChangesAsync();
        var open = DateTime.UtcNow.AddDays(-1);
        var close = DateTime.UtcNow.AddDays(30);
        var regular = new TicketType(conference.Id, "Régulier", "Regular", 3_200, open, close);
        var student = new TicketType(conference.Id, "Étudiant", "Student", 500, open, close);
        var warmUp = new TicketType(conference.Id, "Échauffement", "Warm-up", WarmUps, open, close);
        db.TicketTypes.AddRange(regular, student, warmUp);
        await db.SaveChangesAsync();
        return (regular.Id, student.Id, warmUp.Id);
    }

    /// <summary>Waits until the pickup folder holds <paramref name="count"/> e-mails (the sender renames each finished file into place), or the deadline passes.</summary>
    private static async Task MailFilesAsync(string folder, int count, TimeSpan deadline)
    {
        Directory.CreateDirectory(folder);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (Directory.GetFiles(folder, "*.eml").Length >= count)
            {
                done.TrySetResult();
            }
        }
        using var watcher = new FileSystemWatcher(folder, "*.eml") { EnableRaisingEvents = true };
        watcher.Renamed += (_, _) => Check();
        watcher.Created += (_, _) => Check();
        Check();
        try
        {
            await done.Task.WaitAsync(deadline);
        }
        catch (TimeoutException)
        {
            // Reported below: the count of .eml files says how far the outbox got.
        }
    }

    private static async Task<(int Sent, int Pending)> OutboxAsync(IDbContextFactory<EventHubDbContext> factory)
    {
        // One statement, so that a batch marked sent between two counts is not missed by both.
        await using var db = factory.CreateDbContext();
        var counts = await db.OutboxMessages.GroupBy(m => m.SentAt != null).Select(g => new { Sent = g.Key, Count = g.Count() }).ToListAsync();
        return (counts.Where(c => c.Sent).Sum(c => c.Count), counts.Where(c => !c.Sent).Sum(c => c.Count));
    }

    /// <summary>One visitor's browser without JavaScript: a cookie jar, the form's antiforgery token, and plain form posts.</summary>
    private sealed partial class FormClient(HttpClient http, string token)
    {
        public static async Task<FormClient> OpenAsync(Uri address)
        {
            var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
            var page = await http.GetStringAsync("/register");
            var match = TokenPattern().Match(page);
            return match.Success ? new FormClient(http, WebUtility.HtmlDecode(match.Groups[1].Value)) : throw new InvalidOperationException("The form has no antiforgery token.");
        }

        /// <summary>True when the server answered with the redirect to "check your e-mail".</summary>
        public async Task<bool> RegisterAsync(string email, int ticketTypeId)
        {
            using var response = await http.PostAsync("/register", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = "register",
                ["Input.FirstName"] = "Geneviève",
                ["Input.LastName"] = "Lévesque",
                ["Input.Email"] = email,
                ["Input.Organization"] = "Ministère de la Cybersécurité et du Numérique",
                ["Input.TicketTypeId"] = ticketTypeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Input.PreferredLanguage"] = "fr",
                ["Input.Consent"] = "true",
            }));
            return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.EndsWith("/register/sent", StringComparison.Ordinal) == true;
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
        private static partial Regex TokenPattern();
    }
}
