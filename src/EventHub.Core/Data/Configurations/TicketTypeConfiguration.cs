using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class TicketTypeConfiguration : IEntityTypeConfiguration<TicketType>
{
    public void Configure(EntityTypeBuilder<TicketType> builder)
    {
        builder.Property(t => t.NameFr).HasMaxLength(100);
        builder.Property(t => t.NameEn).HasMaxLength(100);
        builder.Property(t => t.DescriptionFr).HasMaxLength(TicketType.DescriptionMaxLength);
        builder.Property(t => t.DescriptionEn).HasMaxLength(TicketType.DescriptionMaxLength);
        builder.HasIndex(t => new { t.EventId, t.NameFr }).IsUnique();
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_TicketTypes_Sold", "Sold >= 0 AND Sold <= Quota");
            t.HasCheckConstraint("CK_TicketTypes_Sale", "SaleEndsAt > SaleStartsAt");
        });
        builder.HasOne<Event>().WithMany().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.Name);
        builder.Ignore(t => t.Description);
    }
}
