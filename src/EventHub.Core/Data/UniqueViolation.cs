using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EventHub.Core.Data;

/// <summary>Recognises the database's refusal of a duplicate key, the expected answer to some races.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>From SaveChanges (the provider's error is inside) or from a raw command (it is the provider's error).</summary>
    public static bool Is(Exception exception) => (exception is DbUpdateException ? exception.InnerException : exception) switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException sql => sql.Number is 2601 or 2627,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
