using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EventHub.Migrations.PostgreSql;

/// <summary>Lets `dotnet ef` build the PostgreSQL model; no server is contacted to add a migration or write a script.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<EventHubDbContext>
{
    public EventHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EventHubDbContext>()
            .UseEventHubDatabase(new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=eventhub;Username=eventhub"))
            .Options);
}
