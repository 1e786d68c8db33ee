using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EventHub.Core.Data;

/// <summary>
/// SQLite normally copies its write-ahead log back into the database file inside whichever commit
/// pushes the log past 1,000 pages: that commit then waits for the copy and two more disk flushes,
/// while every door and every registration queued behind it waits too (ADR 5).
/// EventHub's connections turn that off, and <see cref="WalCheckpointer"/> does the copying in the
/// background instead, where it does not hold a writer.
/// </summary>
public sealed class NoCheckpointInCommits : DbConnectionInterceptor
{
    public static readonly NoCheckpointInCommits Instance = new();

    // Pooled connections keep their native handle, and the setting with it: one PRAGMA per handle.
    private readonly ConditionalWeakTable<object, object> _done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite && _done.TryAdd(handle, handle))
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint=0;";
            command.ExecuteNonQuery();
        }
    }
}

/// <summary>Checkpoints the SQLite log every second, off the request path (PASSIVE: it never waits for, nor blocks, a writer).</summary>
public sealed class WalCheckpointer(IDbContextFactory<EventHubDbContext> factory, DatabaseSettings settings, ILogger<WalCheckpointer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await CheckpointAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("A background checkpoint failed: {ErrorType}", exception.GetType().Name);
            }
        }
    }

    /// <summary>Copies what it can of the log into the database; says how many log frames there were and how many are now copied.</summary>
    public async Task<WalCheckpoint> CheckpointAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new WalCheckpoint(LogFrames: reader.GetInt64(1), Copied: reader.GetInt64(2));
    }
}

/// <summary>The outcome of a checkpoint: frames in the log, and how many of them are in the database file.</summary>
public sealed record WalCheckpoint(long LogFrames, long Copied)
{
    public bool Complete => Copied == LogFrames;
}
