using EventHub.Core;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Testing;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Data;

/// <summary>
/// The server databases retry transient failures, and a retrying execution strategy refuses a transaction begun
/// outside it: every transaction goes through <see cref="WriteTransaction"/>, whose work is retried as one unit.
/// </summary>
public sealed class ExecutionStrategyTests
{
    [Theory]
    [InlineData(DatabaseProvider.SqlServer, "Server=localhost;Database=EventHub;Integrated Security=true;TrustServerCertificate=true")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=eventhub;Username=eventhub")]
    public void Server_databases_retry_transient_failures(DatabaseProvider provider, string connectionString)
    {
        using var db = new EventHubDbContext(new DbContextOptionsBuilder<EventHubDbContext>()
            .UseEventHubDatabase(new DatabaseSettings(provider, connectionString)).Options);

        Assert.True(db.Database.CreateExecutionStrategy().RetriesOnFailure);
    }

    [Fact]
    public void No_transaction_is_begun_outside_the_write_helper()
    {
        var source = Path.Combine(RepositoryPaths.Root, "src");
        var helper = Path.Combine(source, "EventHub.Core", "Data", "WriteTransaction.cs");
        var offenders = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && f != helper)
            .Where(f => File.ReadAllText(f).Contains("BeginTransaction", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f));

        Assert.Empty(offenders);
    }

    [Fact]
    public async Task A_transient_failure_on_PostgreSql_runs_the_whole_work_again_and_commits_it_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var attempts = 0;

        var result = await database.Factory.RunAsync<int>(async db =>
        {
            attempts++;
            db.Rooms.Add(new Room((await TestData.EventWithTicketAsync(db)).Event.Id, "Salle A", 40));
            await db.SaveChangesAsync();
            if (attempts == 1)
            {
                // A serialization failure: PostgreSQL's own transient error, which the strategy answers by running the work again.
                await db.Database.ExecuteSqlRawAsync("DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '40001'; END $$");
            }
            return attempts;
        }, CancellationToken.None);

        Assert.Equal(2, result.Value);
        await using var check = database.NewContext();
        Assert.Equal(1, await check.Rooms.CountAsync());
        Assert.Equal(1, await check.Events.CountAsync());
    }
}
