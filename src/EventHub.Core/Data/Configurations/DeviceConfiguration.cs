using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    public void Configure(EntityTypeBuilder<Device> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.TokenHash).HasMaxLength(64);
        builder.HasIndex(d => d.TokenHash).IsUnique();
        builder.Ignore(d => d.IsActive);
    }
}
