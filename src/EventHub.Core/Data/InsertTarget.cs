using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EventHub.Core.Data;

/// <summary>The "table (column, column…)" part of a hand-written INSERT, with the names the model gives them.</summary>
public static class InsertTarget
{
    /// <summary>The entity's table and the columns of these properties, quoted by the provider.</summary>
    public static string Of(EventHubDbContext db, Type entityType, IEnumerable<string> properties)
    {
        var entity = db.Model.FindEntityType(entityType) ?? throw new InvalidOperationException($"{entityType.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var helper = db.GetService<ISqlGenerationHelper>();
        var columns = properties.Select(p =>
            helper.DelimitIdentifier((entity.FindProperty(p) ?? throw new InvalidOperationException($"{entityType.Name} has no property {p}.")).GetColumnName(table)!));
        return $"{helper.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns)})";
    }
}
