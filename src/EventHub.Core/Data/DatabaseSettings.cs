namespace EventHub.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>Where the data lives: bound from the "Database" section and "ConnectionStrings:EventHub".</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "EventHub.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "EventHub.Migrations.SqlServer";
    public const string PostgreSqlMigrationsAssembly = "EventHub.Migrations.PostgreSql";

    public static DatabaseSettings SqliteFile(string path) =>
        new(DatabaseProvider.Sqlite, $"Data Source={path}");
}
