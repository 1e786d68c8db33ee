using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class TrackConfiguration : IEntityTypeConfiguration<Track>
{
    public void Configure(EntityTypeBuilder<Track> builder)
    {
        builder.Property(t => t.NameFr).HasMaxLength(100);
        builder.Property(t => t.NameEn).HasMaxLength(100);
        builder.Property(t => t.Color).HasMaxLength(16);
        builder.HasIndex(t => new { t.EventId, t.NameFr }).IsUnique();
        builder.HasOne<Event>().WithMany().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.Name);
    }
}
