using EventHub.Core.Data;
using EventHub.Core.Features.Accounts;
using EventHub.Core.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EventHub.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The database (one context per operation through the factory) and the domain services.</summary>
    public static IServiceCollection AddEventHubCore(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddSingleton(database);
        // Core's services tell time through TimeProvider; a host (or a test) may register its own clock first.
        services.TryAddSingleton(TimeProvider.System);
        // Pooled: a context is handed out per operation without rebuilding EF's internal services each time,
        // which was most of a badge-code lookup's cost (ADR 5 has the figures).
        services.AddPooledDbContextFactory<EventHubDbContext>(options => options.UseEventHubDatabase(database));
        // Identity's stores and the Data Protection key ring take a scoped context; it comes from the same pool.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContext());
        // The connections turn SQLite's automatic checkpoints off (see WalCheckpoints); what replaces them comes with them.
        services.AddHostedService<WalCheckpointer>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<DemoSeeder>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<ChangeStaffRole>();
        services.AddScoped<DisableStaffAccount>();
        services.AddSingleton<Features.Events.EventOverview>();
        services.AddSingleton<Features.Events.ConferenceDirectory>();
        services.AddSingleton<Features.Events.ConferenceCreation>();
        services.AddSingleton<Features.Events.ConferenceEditing>();
        services.AddSingleton<Features.Events.ConferenceReadiness>();
        services.AddSingleton<Features.Events.EditionCopy>();
        services.AddSingleton<Features.CheckIns.CheckpointDirectory>();
        services.AddSingleton<Features.CheckIns.CheckInDesk>();
        services.AddSingleton<Features.CheckIns.CheckInSearch>();
        services.AddSingleton<Features.CheckIns.DoorList>();
        services.AddSingleton<Features.CheckIns.OfflineScanBatch>();
        services.AddSingleton<Features.CheckIns.CheckInUndo>();
        services.AddSingleton<Features.Badges.BadgeDirectory>();
        services.AddSingleton<Features.Devices.DeviceTokens>();
        services.AddSingleton<Features.CheckIns.CheckInDashboard>();
        services.AddSingleton<Features.CheckIns.CheckpointAdmin>();
        services.AddSingleton<WriteGate>();
        services.AddSingleton<Features.CheckIns.ScanRecorder>();
        services.AddSingleton<Features.CheckIns.ICheckInFeed, Features.CheckIns.InProcessCheckInFeed>();
        services.AddSingleton<Features.Program.PublishedProgram>();
        services.AddSingleton<Features.Program.ScheduleWrites>();
        services.AddSingleton<Features.Program.SchedulePlanner>();
        services.AddSingleton<Features.Program.VenueCatalog>();
        services.AddSingleton<Features.Program.SpeakerCatalog>();
        services.AddSingleton<Features.Program.SessionCatalog>();
        services.AddSingleton<Features.Mail.EmailTexts>();
        services.AddSingleton<Features.Mail.EmailHtml>();
        services.AddSingleton<Features.Registrations.EmailComposer>();
        services.AddSingleton<Features.Mail.IOutboxComposer, Features.Registrations.OutboxLetters>();
        services.AddSingleton<Features.Mail.OutboxSignal>();
        services.AddSingleton<Features.Registrations.TicketSales>();
        services.AddSingleton<Features.Registrations.RegistrationWriter>();
        services.AddSingleton<Features.Registrations.Registrar>();
        services.AddSingleton<Features.Registrations.RegistrationCancellation>();
        services.AddSingleton<Features.Registrations.RegistrationCorrections>();
        services.AddSingleton<Features.Registrations.RegistrationImport>();
        services.AddSingleton<Features.Registrations.RegistrationPortal>();
        services.AddSingleton<Features.Registrations.PersonalAgenda>();
        services.AddSingleton<Features.Registrations.TicketShelf>();
        services.AddSingleton<Features.Registrations.RegistrationList>();
        services.AddSingleton<Features.Registrations.RegistrationPurge>();
        services.AddSingleton<Features.Tickets.TicketWrites>();
        services.AddSingleton<Features.Tickets.TicketTypeList>();
        services.AddSingleton<Features.Tickets.TicketTypeCreation>();
        services.AddSingleton<Features.Tickets.TicketTypeEdit>();
        services.AddSingleton<Features.Tickets.TicketTypeReorder>();
        services.AddSingleton<Features.Tickets.TicketTypeClosing>();
        services.AddSingleton<Features.Tickets.TicketTypeDeletion>();
        services.AddSingleton<Features.Tickets.AccessCodeIssue>();
        services.AddSingleton<Features.Tickets.AccessCodeList>();
        services.AddSingleton<Features.Tickets.TicketUnlock>();
        services.AddSingleton<Features.Questions.QuestionSheet>();
        services.AddSingleton<Features.Questions.QuestionWrites>();
        services.AddSingleton<Features.Questions.QuestionList>();
        services.AddSingleton<Features.Questions.QuestionCreation>();
        services.AddSingleton<Features.Questions.QuestionEdit>();
        services.AddSingleton<Features.Questions.QuestionDeletion>();
        services.AddSingleton<Features.Questions.QuestionHiding>();
        services.AddSingleton<Features.Questions.QuestionReorder>();
        services.AddSingleton<Features.Questions.AnswerEditing>();
        services.AddSingleton<Features.Questions.RegistrationAnswers>();
        return services;
    }
}
