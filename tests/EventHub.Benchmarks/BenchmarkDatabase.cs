using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Benchmarks;

/// <summary>A migrated SQLite database in a temporary data folder, shared by the benchmark and the server it starts; deleted afterwards.</summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private BenchmarkDatabase(string folder, IDbContextFactory<EventHubDbContext> factory, DatabaseSettings settings)
    {
        Folder = folder;
        Factory = factory;
        Settings = settings;
    }

    public string Folder { get; }
    public IDbContextFactory<EventHubDbContext> Factory { get; }
    public DatabaseSettings Settings { get; }

    public static async Task<BenchmarkDatabase> CreateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("eventhub-bench-").FullName;
        var settings = DatabaseSettings.SqliteFile(Path.Combine(folder, "eventhub.db"));
        var factory = new ContextFactory(new DbContextOptionsBuilder<EventHubDbContext>().UseEventHubDatabase(settings).Options);
        await new DatabaseInitializer(factory, settings).MigrateAsync();
        return new BenchmarkDatabase(folder, factory, settings);
    }

    /// <summary>The durability the connections run with, as the report prints it ("FULL" is the durable one).</summary>
    public async Task<string> SynchronousAsync()
    {
        await using var db = Factory.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        await using var pragma = db.Database.GetDbConnection().CreateCommand();
        pragma.CommandText = "PRAGMA synchronous;";
        var level = Convert.ToInt32(await pragma.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        return level == 2 ? "FULL" : level.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private sealed class ContextFactory(DbContextOptions<EventHubDbContext> options) : IDbContextFactory<EventHubDbContext>
    {
        public EventHubDbContext CreateDbContext() => new(options);
    }
}
