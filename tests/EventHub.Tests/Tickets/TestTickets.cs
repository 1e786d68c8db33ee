using EventHub.Core.Data;
using EventHub.Core.Features.Tickets;
using EventHub.Tests.Infrastructure;

namespace EventHub.Tests.Tickets;

/// <summary>The ticket-type and access-code use cases on a test database, behind the same write gate as the registrations they race with.</summary>
public sealed class TestTickets
{
    public TestTickets(TestDatabase database, TimeProvider time, WriteGate gate)
    {
        var writes = new TicketWrites(database.Factory, gate);
        List = new TicketTypeList(database.Factory);
        Creation = new TicketTypeCreation(writes);
        Edit = new TicketTypeEdit(writes);
        Reorder = new TicketTypeReorder(writes);
        Closing = new TicketTypeClosing(writes);
        Deletion = new TicketTypeDeletion(writes);
        Codes = new AccessCodeIssue(writes, time);
        CodeList = new AccessCodeList(database.Factory);
        Unlock = new TicketUnlock(database.Factory, time);
    }

    public TicketTypeList List { get; }
    public TicketTypeCreation Creation { get; }
    public TicketTypeEdit Edit { get; }
    public TicketTypeReorder Reorder { get; }
    public TicketTypeClosing Closing { get; }
    public TicketTypeDeletion Deletion { get; }
    public AccessCodeIssue Codes { get; }
    public AccessCodeList CodeList { get; }
    public TicketUnlock Unlock { get; }

    /// <summary>A draft on sale around <see cref="TestData.Now"/>, in the conference's (Toronto) time.</summary>
    public static TicketTypeDraft Draft(string nameFr = "Conférencier", int quota = 50, bool isPublic = true) =>
        new(nameFr, nameFr + " (en)", "Pour les personnes invitées.", "For invited people.", quota,
            new DateTime(2027, 2, 1, 9, 0, 0), new DateTime(2027, 4, 1, 17, 0, 0), isPublic);
}
