using EventHub.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Infrastructure;

/// <summary>A real SQLite file in a temporary folder, migrated with the real SQLite migration set.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string folder)
    {
        Folder = folder;
        Settings = DatabaseSettings.SqliteFile(Path.Combine(folder, "eventhub.db"));
        Factory = new ContextFactory(new DbContextOptionsBuilder<EventHubDbContext>().UseEventHubDatabase(Settings).Options);
    }

    public string Folder { get; }
    public DatabaseSettings Settings { get; }
    public IDbContextFactory<EventHubDbContext> Factory { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("eventhub-test-").FullName;
        var database = new TestDatabase(folder);
        await new DatabaseInitializer(database.Factory, database.Settings).MigrateAsync();
        return database;
    }

    public EventHubDbContext NewContext() => Factory.CreateDbContext();

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing query; the OS temp folder is cleaned anyway.
        }
        return ValueTask.CompletedTask;
    }

    private sealed class ContextFactory(DbContextOptions<EventHubDbContext> options) : IDbContextFactory<EventHubDbContext>
    {
        public EventHubDbContext CreateDbContext() => new(options);
    }
}
