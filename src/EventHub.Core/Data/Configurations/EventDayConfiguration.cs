using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class EventDayConfiguration : IEntityTypeConfiguration<EventDay>
{
    public void Configure(EntityTypeBuilder<EventDay> builder)
    {
        builder.HasIndex(d => new { d.EventId, d.Date }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_EventDays_Hours", "ClosesAt > OpensAt"));
    }
}
