using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class QuestionOptionConfiguration : IEntityTypeConfiguration<QuestionOption>
{
    public void Configure(EntityTypeBuilder<QuestionOption> builder)
    {
        builder.Property(o => o.LabelFr).HasMaxLength(QuestionOption.LabelMaxLength);
        builder.Property(o => o.LabelEn).HasMaxLength(QuestionOption.LabelMaxLength);
        builder.HasIndex(o => new { o.QuestionId, o.Position });
        builder.Ignore(o => o.Label);
    }
}
