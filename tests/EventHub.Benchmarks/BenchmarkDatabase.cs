using System.Diagnostics;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Benchmarks;

/// <summary>
/// A migrated database shared by the benchmark and the server it starts, deleted afterwards: a SQLite file in a
/// temporary data folder, or a throwaway PostgreSQL server of its own (tests/postgres.sh, with fsync and
/// synchronous_commit on, as a production server runs).
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string? _postgresFolder;

    private BenchmarkDatabase(string folder, DatabaseSettings settings, string? postgresFolder)
    {
        Folder = folder;
        Settings = settings;
        Factory = new ContextFactory(new DbContextOptionsBuilder<EventHubDbContext>().UseEventHubDatabase(settings).Options);
        _postgresFolder = postgresFolder;
    }

    public string Folder { get; }
    public IDbContextFactory<EventHubDbContext> Factory { get; }
    public DatabaseSettings Settings { get; }

    /// <summary>What the server process needs to reach the same database (environment variables).</summary>
    public Dictionary<string, string> ServerSettings(Dictionary<string, string> settings)
    {
        settings["Database__Provider"] = Settings.Provider.ToString();
        settings["ConnectionStrings__EventHub"] = Settings.ConnectionString;
        return settings;
    }

    public static async Task<BenchmarkDatabase> CreateAsync(DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("eventhub-bench-").FullName;
        var database = provider switch
        {
            DatabaseProvider.Sqlite => new BenchmarkDatabase(folder, DatabaseSettings.SqliteFile(Path.Combine(folder, "eventhub.db")), null),
            DatabaseProvider.PostgreSql => await StartPostgreSqlAsync(folder),
            _ => throw new NotSupportedException($"No {provider} server runs here."),
        };
        await new DatabaseInitializer(database.Factory, database.Settings).MigrateAsync();
        return database;
    }

    private static async Task<BenchmarkDatabase> StartPostgreSqlAsync(string folder)
    {
        var started = await ScriptAsync("postgres_start; echo \"$POSTGRES_DIR\"; echo \"$EVENTHUB_TEST_POSTGRES\"", null);
        var lines = started.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(lines[^1]) { Database = "eventhub", MaxPoolSize = 200 };
        await using (var admin = new Npgsql.NpgsqlConnection(lines[^1]))
        {
            await admin.OpenAsync();
            await using var create = new Npgsql.NpgsqlCommand("CREATE DATABASE eventhub", admin);
            await create.ExecuteNonQueryAsync();
        }
        return new BenchmarkDatabase(folder, new DatabaseSettings(DatabaseProvider.PostgreSql, connection.ConnectionString), lines[^2]);
    }

    /// <summary>Runs tests/postgres.sh's functions in bash, from the repository's root.</summary>
    private static async Task<string> ScriptAsync(string commands, string? postgresFolder)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "EventHub.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("EventHub.sln not found above the benchmark.");
        }
        var start = new ProcessStartInfo("bash", ["-c", "source tests/postgres.sh; " + commands])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
        };
        if (postgresFolder is not null)
        {
            start.Environment["POSTGRES_DIR"] = postgresFolder;
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"tests/postgres.sh failed ({process.ExitCode}).");
    }

    /// <summary>The durability the connections run with, as the report prints it.</summary>
    public async Task<string> DurabilityAsync()
    {
        await using var db = Factory.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        if (Settings.Provider == DatabaseProvider.PostgreSql)
        {
            return $"PostgreSQL fsync={await ScalarAsync(db, "SHOW fsync")} synchronous_commit={await ScalarAsync(db, "SHOW synchronous_commit")}";
        }
        // "FULL" (2) is SQLite's durable level.
        var level = Convert.ToInt32(await ScalarAsync(db, "PRAGMA synchronous;"), System.Globalization.CultureInfo.InvariantCulture);
        return "SQLite synchronous=" + (level == 2 ? "FULL" : level.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<string> ScalarAsync(EventHubDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (_postgresFolder is not null)
        {
            await ScriptAsync("postgres_stop", _postgresFolder);
        }
        Directory.Delete(Folder, recursive: true);
    }

    private sealed class ContextFactory(DbContextOptions<EventHubDbContext> options) : IDbContextFactory<EventHubDbContext>
    {
        public EventHubDbContext CreateDbContext() => new(options);
    }
}
