using EventHub.Core.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

/// <summary>
/// The one database of EventHub: the conference, attendees, check-ins, staff accounts (Identity)
/// and the Data Protection keys, so that several instances can share one database server.
/// </summary>
public sealed class EventHubDbContext(DbContextOptions<EventHubDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventDay> EventDays => Set<EventDay>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Track> Tracks => Set<Track>();
    public DbSet<Speaker> Speakers => Set<Speaker>();
    public DbSet<SpeakerPhoto> SpeakerPhotos => Set<SpeakerPhoto>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<SessionSpeaker> SessionSpeakers => Set<SessionSpeaker>();
    public DbSet<TicketType> TicketTypes => Set<TicketType>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<AccessCode> AccessCodes => Set<AccessCode>();
    public DbSet<AgendaSelection> AgendaSelections => Set<AgendaSelection>();
    public DbSet<Checkpoint> Checkpoints => Set<Checkpoint>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<CheckInAttempt> CheckInAttempts => Set<CheckInAttempt>();
    public DbSet<Device> Devices => Set<Device>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EventHubDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            PostgreSqlNames.Apply(builder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC; SQLite forgets the kind, so every read marks it again.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<SessionKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<SessionStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<RegistrationStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CheckpointKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CheckInOutcome>().HaveConversion<string>().HaveMaxLength(24);
    }
}
