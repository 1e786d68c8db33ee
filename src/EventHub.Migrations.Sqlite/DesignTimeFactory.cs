using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EventHub.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the SQLite model; no database is opened to add a migration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<EventHubDbContext>
{
    public EventHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EventHubDbContext>()
            .UseEventHubDatabase(DatabaseSettings.SqliteFile("design-time.db"))
            .Options);
}
