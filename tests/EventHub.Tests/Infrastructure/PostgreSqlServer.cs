using Npgsql;

namespace EventHub.Tests.Infrastructure;

/// <summary>
/// The throwaway PostgreSQL server that tests/run.sh starts for the run (tests/postgres.sh) and names in
/// EVENTHUB_TEST_POSTGRES. Each test gets an empty database of its own, dropped afterwards. A test that
/// expects PostgreSQL fails when the server is not there: it is never skipped in silence.
/// </summary>
public static class PostgreSqlServer
{
    public const string Variable = "EVENTHUB_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: run the tests with tests/run.sh, which starts a throwaway PostgreSQL server, " +
                $"or start one with `source tests/postgres.sh; postgres_start` and run dotnet test from that shell.");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "eh_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        // A pool large enough for the tests that run 200 registrations at once.
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, MaxPoolSize = 100 }.ConnectionString;
    }

    /// <summary>Drops the database, closing what is still connected to it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
