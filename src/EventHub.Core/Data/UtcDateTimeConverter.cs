using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EventHub.Core.Data;

/// <summary>
/// Stores <see cref="DateTime"/> as UTC and reads it back with <see cref="DateTimeKind.Utc"/>. A value of
/// unspecified kind is already UTC by the house rule (SQLite forgets the kind); it is marked so, because
/// PostgreSQL's timestamptz accepts only UTC values.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
