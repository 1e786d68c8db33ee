using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Kind).HasMaxLength(32);
        builder.Property(m => m.LastError).HasMaxLength(200);
        builder.Property(m => m.ManageToken).HasMaxLength(64);
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        builder.HasOne<Registration>().WithMany().HasForeignKey(m => m.RegistrationId).OnDelete(DeleteBehavior.SetNull);
    }
}
