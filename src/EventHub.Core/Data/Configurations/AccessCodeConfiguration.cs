using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class AccessCodeConfiguration : IEntityTypeConfiguration<AccessCode>
{
    public void Configure(EntityTypeBuilder<AccessCode> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(32);
        // A code means one thing per conference; the next edition may reuse it.
        builder.HasIndex(c => new { c.EventId, c.Code }).IsUnique();
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_AccessCodes_Uses", "Uses >= 0 AND Uses <= MaxUses");
            t.HasCheckConstraint("CK_AccessCodes_MaxUses", "MaxUses >= 1");
        });
        builder.HasOne<TicketType>().WithMany().HasForeignKey(c => c.TicketTypeId).OnDelete(DeleteBehavior.Cascade);
        // The conference reaches its codes through their ticket type already; a second cascading path is refused by SQL Server.
        builder.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.NoAction);
    }
}
