using EventHub.Core.Data;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace EventHub.Tests.Data;

public sealed class WalCheckpointTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Commits_never_checkpoint_and_the_background_checkpointer_empties_the_log()
    {
        // One connection stays open throughout: other tests clearing the connection pools must not close the
        // last connection to this file, which would checkpoint and delete the log behind the test's back.
        await using var db = _database.NewContext();
        await db.Database.OpenConnectionAsync();
        Assert.Equal(0, await ScalarAsync(db, "PRAGMA wal_autocheckpoint;"));
        // Enough commits to pass SQLite's default threshold of 1,000 log pages several times over.
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE Filler (Data BLOB NOT NULL);");
        for (var i = 0; i < 1_000; i++)
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO Filler (Data) VALUES (zeroblob(16000));");
        }
        var log = new FileInfo(db.Database.GetDbConnection().DataSource + "-wal");
        Assert.True(log.Length > 2_000 * 4096, $"the log holds {log.Length:N0} bytes: commits checkpointed it");

        var file = new FileInfo(db.Database.GetDbConnection().DataSource);
        var before = file.Length;

        var checkpoint = await new WalCheckpointer(_database.Factory, _database.Settings, NullLogger<WalCheckpointer>.Instance).CheckpointAsync();

        Assert.True(checkpoint.LogFrames > 2_000, $"{checkpoint.LogFrames} frames in the log");
        Assert.True(checkpoint.Complete, $"{checkpoint.Copied} of {checkpoint.LogFrames} frames copied");
        file.Refresh();
        Assert.True(file.Length > before + 1_000 * 16_000, $"the database file went from {before:N0} to {file.Length:N0} bytes");
        Assert.Equal(1_000, await ScalarAsync(db, "SELECT count(*) FROM Filler;"));
    }

    private static async Task<long> ScalarAsync(DbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task The_database_is_in_wal_mode()
    {
        await using var db = _database.NewContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
