using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class SpeakerConfiguration : IEntityTypeConfiguration<Speaker>
{
    public void Configure(EntityTypeBuilder<Speaker> builder)
    {
        builder.Property(s => s.FirstName).HasMaxLength(100);
        builder.Property(s => s.LastName).HasMaxLength(100);
        builder.Property(s => s.Organization).HasMaxLength(200);
        builder.Property(s => s.BioFr).HasMaxLength(4000);
        builder.Property(s => s.BioEn).HasMaxLength(4000);
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.Property(s => s.SearchKey).HasMaxLength(400);
        builder.PrimitiveCollection(s => s.Links);
        builder.HasIndex(s => new { s.EventId, s.LastName, s.FirstName });
        builder.HasIndex(s => new { s.EventId, s.SearchKey });
        builder.HasOne<Event>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Photo).WithOne().HasForeignKey<SpeakerPhoto>(p => p.SpeakerId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.FullName);
        builder.Ignore(s => s.Bio);
    }
}
