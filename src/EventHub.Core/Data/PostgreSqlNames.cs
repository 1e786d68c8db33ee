using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EventHub.Core.Data;

/// <summary>
/// What the model says differently on PostgreSQL. PostgreSQL folds unquoted names to lower case, so the
/// tables, columns, keys and indexes are named in lower case there (same words, no underscores): the
/// hand-written SQL (RegistrationCommands, index filters, CHECK constraints) then reads the same on the
/// three engines without quoting. A boolean is not a number on PostgreSQL, so the one filter that tests a
/// flag is written for it.
/// </summary>
internal static class PostgreSqlNames
{
    public static void Apply(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table)
            {
                entity.SetTableName(table.ToLowerInvariant());
            }
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(property.GetColumnName().ToLowerInvariant());
            }
            foreach (var key in entity.GetKeys())
            {
                key.SetName(key.GetName()!.ToLowerInvariant());
            }
            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(foreignKey.GetConstraintName()!.ToLowerInvariant());
            }
            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(index.GetDatabaseName()!.ToLowerInvariant());
            }
        }
        builder.Entity<Event>().HasIndex(e => e.IsCurrent).IsUnique().HasFilter("IsCurrent");
    }
}
