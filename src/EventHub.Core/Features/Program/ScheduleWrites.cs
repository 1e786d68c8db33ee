using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Program;

/// <summary>
/// Runs every write that can change the schedule as one serialized transaction: the conflict check
/// and the save happen inside it, so two organizers cannot both pass the check for the same slot
/// (see docs/decisions/0003-schedule-writes-are-serialized.md). After the commit the public program
/// is invalidated.
/// </summary>
public sealed class ScheduleWrites(IDbContextFactory<EventHubDbContext> factory, DatabaseSettings settings, PublishedProgram program)
{
    /// <summary>PostgreSQL's advisory lock key for the schedule: any fixed number that nothing else in the database uses ("EvSc").</summary>
    private const long PostgreSqlScheduleLock = 0x45765363;

    /// <summary>SQL Server: an exclusive application lock owned by the transaction (parsed by ScriptDom in ProviderSqlTests).</summary>
    internal const string SqlServerScheduleLock =
        """
        DECLARE @result int;
        EXEC @result = sp_getapplock @Resource = N'EventHub.Schedule', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 15000;
        IF @result < 0 THROW 51000, N'The schedule lock was not granted.', 1;
        """;

    /// <summary>
    /// Runs <paramref name="work"/> and saves what it tracked, in one transaction that the provider's execution
    /// strategy may run again as a whole after a transient failure, so <paramref name="work"/> reads everything it decides on.
    /// </summary>
    public async Task<Result<T>> RunAsync<T>(Func<EventHubDbContext, Task<Result<T>>> work, CancellationToken ct = default)
    {
        var result = await factory.RunAsync(async db =>
        {
            await SerializeAsync(db, ct);
            var result = await work(db);
            if (result.Succeeded)
            {
                await db.SaveChangesAsync(ct);
            }
            return result;
        }, ct);
        if (result.Succeeded)
        {
            program.Invalidate();
        }
        return result;
    }

    /// <summary>Takes the schedule's lock until the transaction ends. SQLite needs none: BEGIN IMMEDIATE already took its single write lock.</summary>
    private Task SerializeAsync(EventHubDbContext db, CancellationToken ct) => settings.Provider switch
    {
        DatabaseProvider.SqlServer => db.Database.ExecuteSqlRawAsync(SqlServerScheduleLock, ct),
        DatabaseProvider.PostgreSql => db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgreSqlScheduleLock})", ct),
        _ => Task.CompletedTask,
    };
}
