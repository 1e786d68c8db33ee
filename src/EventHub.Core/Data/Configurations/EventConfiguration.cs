using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(Event.SlugMaxLength);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.NameFr).HasMaxLength(200);
        builder.Property(e => e.NameEn).HasMaxLength(200);
        builder.Property(e => e.Venue).HasMaxLength(200);
        builder.Property(e => e.VenueAddress).HasMaxLength(300);
        builder.Property(e => e.ContactEmail).HasMaxLength(254);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.HasIndex(e => e.IsCurrent).IsUnique().HasFilter("IsCurrent = 1");
        builder.ToTable(t => t.HasCheckConstraint("CK_Events_Confirmed", "ConfirmedCount >= 0 AND ConfirmedCount <= Capacity"));
        builder.HasMany(e => e.Days).WithOne().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Days).HasField("_days");
        builder.Ignore(e => e.Name);
        builder.Ignore(e => e.TimeZone);
    }
}
