using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class CheckInAttemptConfiguration : IEntityTypeConfiguration<CheckInAttempt>
{
    public void Configure(EntityTypeBuilder<CheckInAttempt> builder)
    {
        builder.Property(a => a.StaffUserId).HasMaxLength(450);
        builder.HasIndex(a => a.At);
        // A scan sent twice (a batch posted again after a lost answer) is recorded once: the database refuses the second.
        builder.HasIndex(a => a.ScanId).IsUnique().HasFilter("ScanId IS NOT NULL");
        builder.HasOne<Checkpoint>().WithMany().HasForeignKey(a => a.CheckpointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Registration>().WithMany().HasForeignKey(a => a.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Device>().WithMany().HasForeignKey(a => a.DeviceId).OnDelete(DeleteBehavior.Restrict);
    }
}
