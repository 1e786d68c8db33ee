using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.Property(q => q.LabelFr).HasMaxLength(Question.LabelMaxLength);
        builder.Property(q => q.LabelEn).HasMaxLength(Question.LabelMaxLength);
        builder.Property(q => q.HelpFr).HasMaxLength(Question.HelpMaxLength);
        builder.Property(q => q.HelpEn).HasMaxLength(Question.HelpMaxLength);
        // A short JSON list of ids ("[3,5]"); empty means every ticket type.
        builder.PrimitiveCollection(q => q.TicketTypeIds).HasMaxLength(1000);
        builder.HasIndex(q => new { q.EventId, q.Position });
        builder.HasOne<Event>().WithMany().HasForeignKey(q => q.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(q => q.Label);
        builder.Ignore(q => q.Help);
    }
}
