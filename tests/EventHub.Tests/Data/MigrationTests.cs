using EventHub.Core.Data;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace EventHub.Tests.Data;

public sealed class MigrationTests
{
    private const string SqlServerConnection = "Server=localhost;Database=EventHub;Integrated Security=true;TrustServerCertificate=true";

    [Fact]
    public async Task Sqlite_migrations_match_the_model()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQLite migration: dotnet ef migrations add <Name> --project src/EventHub.Migrations.Sqlite");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public void Sql_server_migrations_match_the_model()
    {
        using var db = SqlServerContext();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQL Server migration: dotnet ef migrations add <Name> --project src/EventHub.Migrations.SqlServer");
    }

    [Fact]
    public void Sql_server_idempotent_script_parses_without_errors()
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        Assert.Contains("CREATE TABLE [Registrations]", script);
        Assert.Contains("[BadgeCode]", script);
        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
    }

    private static EventHubDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<EventHubDbContext>()
            .UseEventHubDatabase(new DatabaseSettings(DatabaseProvider.SqlServer, SqlServerConnection))
            .Options);
}
