using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EventHub.Core.Data;

/// <summary>
/// Inserts many rows of one entity with a single INSERT … VALUES (…), (…) statement. EF Core's SaveChanges
/// runs one statement per row on SQLite; on the check-in path, where a batch writes dozens of rows while
/// every door waits, one statement is the difference (ADR 5 has the figures). The rows are the
/// entities themselves, built by their constructors, so every rule an entity guards holds here too. Table
/// and column names come from the model and are quoted by the provider, and each value is read from the
/// entity and bound through its column's type mapping (its converter, such as an enum stored as its name,
/// and its column type), so the same rows result as through SaveChanges, on every provider.
/// </summary>
public sealed class MultiRowInsert<TEntity>(params string[] properties) where TEntity : class
{
    // SQL Server accepts at most 2,100 parameters in one command.
    private const int MaxParameters = 2_000;

    public int Execute(EventHubDbContext db, IReadOnlyList<TEntity> rows)
    {
        var (_, prefix, columns) = Shape(db);
        using var parameterSource = db.Database.GetDbConnection().CreateCommand();
        var rowsPerStatement = Math.Max(1, MaxParameters / properties.Length);
        var inserted = 0;
        for (var start = 0; start < rows.Count; start += rowsPerStatement)
        {
            var chunk = rows.Skip(start).Take(rowsPerStatement).ToList();
            var sql = new StringBuilder(prefix);
            var parameters = new DbParameter[chunk.Count * properties.Length];
            for (var row = 0; row < chunk.Count; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < properties.Length; column++)
                {
                    var index = row * properties.Length + column;
                    var (property, getter) = columns[column];
                    parameters[index] = property.GetRelationalTypeMapping().CreateParameter(parameterSource, $"@p{index}", getter.GetClrValue(chunk[row]), property.IsNullable);
                    sql.Append(column == 0 ? "{" : ", {").Append(index).Append('}');
                }
                sql.Append(')');
            }
            inserted += db.Database.ExecuteSqlRaw(sql.ToString(), parameters);
        }
        return inserted;
    }

    private Statement? _statement;

    /// <summary>
    /// "INSERT INTO table (columns) VALUES " and the columns, from the model of the context that asks, kept for the
    /// next call on the same model (one per provider: a test process uses SQLite and PostgreSQL side by side).
    /// </summary>
    private Statement Shape(EventHubDbContext db)
    {
        var statement = _statement;
        if (statement is null || !ReferenceEquals(statement.Model, db.Model))
        {
            var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
            var columns = properties
                .Select(p => entity.FindProperty(p) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no property {p}."))
                .Select(p => (p, p.GetGetter()))
                .ToArray();
            _statement = statement = new Statement(db.Model, $"INSERT INTO {InsertTarget.Of(db, typeof(TEntity), properties)} VALUES ", columns);
        }
        return statement;
    }

    private sealed record Statement(IModel Model, string Prefix, (IProperty Property, IClrPropertyGetter Getter)[] Columns);
}
