using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

/// <summary>Recognises the database's refusal of a duplicate key, the expected answer to some races.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };
}
