using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class SpeakerPhotoConfiguration : IEntityTypeConfiguration<SpeakerPhoto>
{
    public void Configure(EntityTypeBuilder<SpeakerPhoto> builder)
    {
        builder.HasKey(p => p.SpeakerId);
        builder.Property(p => p.ContentType).HasMaxLength(32);
    }
}
