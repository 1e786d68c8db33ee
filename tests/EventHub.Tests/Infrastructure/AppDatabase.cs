using EventHub.Core.Data;

namespace EventHub.Tests.Infrastructure;

/// <summary>
/// The database an <see cref="EventHub.Testing.EventHubApp"/> runs on in an HTTP test: its own SQLite file (the app's
/// default), or an empty database of its own on the run's PostgreSQL server, dropped with it.
/// </summary>
public sealed class AppDatabase : IAsyncDisposable
{
    private readonly string? _postgreSql;

    private AppDatabase(string? postgreSql) => _postgreSql = postgreSql;

    public static async Task<AppDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new AppDatabase(null),
        DatabaseProvider.PostgreSql => new AppDatabase(await PostgreSqlServer.CreateDatabaseAsync()),
        _ => throw new NotSupportedException($"No {provider} server runs here."),
    };

    /// <summary>The app's settings with this database's provider and connection string added.</summary>
    public Dictionary<string, string> With(Dictionary<string, string> settings)
    {
        if (_postgreSql is not null)
        {
            settings["Database:Provider"] = nameof(DatabaseProvider.PostgreSql);
            settings["ConnectionStrings:EventHub"] = _postgreSql;
        }
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgreSql is not null)
        {
            await PostgreSqlServer.DropDatabaseAsync(_postgreSql);
        }
    }
}
