using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Time.Testing;
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
    public async Task Renamed_columns_and_email_kinds_keep_their_data_down_and_up_again()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            var ticket = (await TestData.EventWithTicketAsync(db, quota: 1)).Ticket.Id;
            using var registrations = new TestRegistrations(database, new FakeTimeProvider(TestData.Now));
            await registrations.Registrar.RegisteredAsync(ticket, new AttendeeDetails("Léa", "Roy", "lea@test.example", null, null, "fr"));
            await registrations.Registrar.RegisteredAsync(ticket, new AttendeeDetails("Éric", "Roy", "eric@test.example", null, null, "fr"));
        }
        await using var check = database.NewContext();
        var migrator = check.GetService<IMigrator>();

        await migrator.MigrateAsync("ImportConsentConfirmedBy");

        Assert.Equal([1], await check.Database.SqlQueryRaw<int>("SELECT WaitlistPosition AS Value FROM Registrations WHERE WaitlistPosition IS NOT NULL").ToListAsync());
        Assert.Equal(["confirmation", "waitlisted"], await check.Database.SqlQueryRaw<string>("SELECT Kind AS Value FROM OutboxMessages ORDER BY Id").ToListAsync());

        await migrator.MigrateAsync();

        Assert.Equal([1], await check.Registrations.Where(r => r.WaitlistNumber != null).Select(r => r.WaitlistNumber!.Value).ToListAsync());
        Assert.Equal(["Confirmed", "Waitlisted"], await check.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Kind).ToListAsync());
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

    [Fact]
    public void PostgreSql_migrations_match_the_model()
    {
        using var db = new EventHubDbContext(new DbContextOptionsBuilder<EventHubDbContext>()
            .UseEventHubDatabase(new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=eventhub;Username=eventhub"))
            .Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Add a PostgreSQL migration: dotnet ef migrations add <Name> --project src/EventHub.Migrations.PostgreSql");
    }

    [Fact]
    public async Task PostgreSql_migrations_create_the_schema_on_a_real_server()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using var db = database.NewContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(["registrations"], await db.Database.SqlQueryRaw<string>(
            "SELECT table_name AS Value FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'registrations'").ToListAsync());
    }

    private static EventHubDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<EventHubDbContext>()
            .UseEventHubDatabase(new DatabaseSettings(DatabaseProvider.SqlServer, SqlServerConnection))
            .Options);
}
