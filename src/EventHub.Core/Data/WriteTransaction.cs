using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

public static class WriteTransaction
{
    /// <summary>
    /// Runs <paramref name="work"/> on a fresh context inside one transaction (BEGIN IMMEDIATE on SQLite),
    /// committed only when it succeeds, and retried as a whole by SQL Server's execution strategy.
    /// The caller holds the <see cref="WriteGate"/>.
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
}
