using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using EventHub.Core.Data;

namespace EventHub.Tests.Infrastructure;

/// <summary>
/// A real database, migrated with the provider's real migration set: a SQLite file in a temporary folder,
/// or an empty database of its own on the run's PostgreSQL server (<see cref="PostgreSqlServer"/>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string folder, DatabaseSettings settings)
    {
        Folder = folder;
        Settings = settings;
        Factory = new ContextFactory(new DbContextOptionsBuilder<EventHubDbContext>().UseEventHubDatabase(Settings).Options);
    }

    public string Folder { get; }
    public DatabaseSettings Settings { get; }
    public IDbContextFactory<EventHubDbContext> Factory { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var folder = Directory.CreateTempSubdirectory("eventhub-test-").FullName;
        var settings = provider switch
        {
            DatabaseProvider.Sqlite => DatabaseSettings.SqliteFile(Path.Combine(folder, "eventhub.db")),
            DatabaseProvider.PostgreSql => new DatabaseSettings(provider, await PostgreSqlServer.CreateDatabaseAsync()),
            _ => throw new NotSupportedException($"No {provider} server runs here."),
        };
        var database = new TestDatabase(folder, settings);
        await new DatabaseInitializer(database.Factory, database.Settings).MigrateAsync();
        return database;
    }

    public EventHubDbContext NewContext() => Factory.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (Settings.Provider == DatabaseProvider.PostgreSql)
        {
            await PostgreSqlServer.DropDatabaseAsync(Settings.ConnectionString);
        }
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing query; the OS temp folder is cleaned anyway.
        }
    }

    private sealed class ContextFactory(DbContextOptions<EventHubDbContext> options) : IDbContextFactory<EventHubDbContext>
    {
        public EventHubDbContext CreateDbContext() => new(options);
    }
}
