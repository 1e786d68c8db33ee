using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

/// <summary>Brings the database to the current schema at start-up.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<EventHubDbContext> factory, DatabaseSettings settings)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolder(settings.ConnectionString);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers (the public agenda) go on while one writer commits; it is stored in the file.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        await db.Database.MigrateAsync(ct);
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
