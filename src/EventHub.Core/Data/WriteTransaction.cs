using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

public static class WriteTransaction
{
    /// <summary>
    /// The one way to write in a transaction: runs <paramref name="work"/> on a fresh context inside one transaction
    /// (BEGIN IMMEDIATE on SQLite), committed only when it succeeds, and retried as a whole by the server databases'
    /// execution strategy, which refuses a transaction begun outside it. A writer on SQLite holds the <see cref="WriteGate"/>
    /// where many writers meet.
    /// </summary>
    public static async Task<Result<T>> RunAsync<T>(this IDbContextFactory<EventHubDbContext> factory,
        Func<EventHubDbContext, Task<Result<T>>> work, CancellationToken ct)
    {
        await using var strategyContext = await factory.CreateDbContextAsync(ct);
        return await strategyContext.Database.CreateExecutionStrategy().ExecuteAsync(async cancel =>
        {
            await using var db = await factory.CreateDbContextAsync(cancel);
            await using var transaction = await db.Database.BeginTransactionAsync(cancel);
            var result = await work(db);
            if (result.Succeeded)
            {
                await transaction.CommitAsync(cancel);
            }
            return result;
        }, ct);
    }

    /// <summary>
    /// The same for a writer on its own thread, which blocks rather than awaits, on the one context it keeps for
    /// every attempt (it tracks nothing): <paramref name="work"/> returns null to roll back, which ends the attempt too.
    /// </summary>
    public static T? Run<T>(this EventHubDbContext db, Func<EventHubDbContext, T?> work) where T : class =>
        db.Database.CreateExecutionStrategy().Execute((db, work), static (_, state) =>
        {
            using var transaction = state.db.Database.BeginTransaction();
            var result = state.work(state.db);
            if (result is not null)
            {
                transaction.Commit();
            }
            return result;
        }, verifySucceeded: null);
}
