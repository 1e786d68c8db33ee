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
    public async Task<Result<T>> RunAsync<T>(Func<EventHubDbContext, Task<Result<T>>> work, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // SQLite: BEGIN IMMEDIATE takes the database's single write lock before anything is read.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (settings.Provider == DatabaseProvider.SqlServer)
        {
            // SQL Server: an exclusive application lock held until the transaction ends serializes schedule writes.
            await db.Database.ExecuteSqlRawAsync(
                """
                DECLARE @result int;
                EXEC @result = sp_getapplock @Resource = N'EventHub.Schedule', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 15000;
                IF @result < 0 THROW 51000, N'The schedule lock was not granted.', 1;
                """, ct);
        }
        var result = await work(db);
        if (!result.Succeeded)
        {
            return result;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        program.Invalidate();
        return result;
    }
}
