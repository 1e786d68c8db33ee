using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EventHub.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the SQL Server model; no server is contacted to add a migration or write a script.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<EventHubDbContext>
{
    public EventHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EventHubDbContext>()
            .UseEventHubDatabase(new DatabaseSettings(DatabaseProvider.SqlServer, "Server=localhost;Database=EventHub;Integrated Security=true;TrustServerCertificate=true"))
            .Options);
}
