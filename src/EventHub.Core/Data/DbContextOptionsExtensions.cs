using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

public static class DbContextOptionsExtensions
{
    public static DbContextOptionsBuilder<TContext> UseEventHubDatabase<TContext>(this DbContextOptionsBuilder<TContext> options, DatabaseSettings settings)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)options).UseEventHubDatabase(settings);
        return options;
    }

    /// <summary>
    /// Points a context at the configured provider and its own migration set. The server databases retry
    /// transient failures, so every transaction runs inside their execution strategy (<see cref="WriteTransaction"/>).
    /// </summary>
    public static DbContextOptionsBuilder UseEventHubDatabase(this DbContextOptionsBuilder options, DatabaseSettings settings) =>
        settings.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(
                settings.ConnectionString,
                sqlite => sqlite.MigrationsAssembly(DatabaseSettings.SqliteMigrationsAssembly))
                .AddInterceptors(NoCheckpointInCommits.Instance),
            DatabaseProvider.SqlServer => options.UseSqlServer(
                settings.ConnectionString,
                sql => sql.MigrationsAssembly(DatabaseSettings.SqlServerMigrationsAssembly).EnableRetryOnFailure()),
            DatabaseProvider.PostgreSql => options.UseNpgsql(
                settings.ConnectionString,
                postgres => postgres.MigrationsAssembly(DatabaseSettings.PostgreSqlMigrationsAssembly).EnableRetryOnFailure()),
            _ => throw new InvalidOperationException($"Unknown database provider '{settings.Provider}'."),
        };
}
