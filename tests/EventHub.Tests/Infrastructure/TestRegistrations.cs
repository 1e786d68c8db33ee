using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Mail;
using EventHub.Core.Features.Questions;
using EventHub.Core.Features.Registrations;

namespace EventHub.Tests.Infrastructure;

/// <summary>
/// The registration feature's use cases on a test database, wired as the application wires them:
/// one write gate, one outbox signal and one registration writer for all of them.
/// </summary>
public sealed class TestRegistrations : IDisposable
{
    private readonly RegistrationWriter _writer;

    public TestRegistrations(TestDatabase database, TimeProvider time, WriteGate? gate = null)
    {
        gate ??= new WriteGate(database.Settings);
        var outbox = new OutboxSignal();
        var sales = new TicketSales(database.Factory, time);
        _writer = new RegistrationWriter(database.Factory, gate, outbox);
        Questions = new QuestionSheet(database.Factory, time);
        Registrar = new Registrar(sales, _writer, Questions, time);
        Cancellation = new RegistrationCancellation(database.Factory, gate, outbox, time);
        Corrections = new RegistrationCorrections(database.Factory, gate, outbox, time);
        Import = new RegistrationImport(sales, database.Factory, gate, outbox, time);
        Portal = new RegistrationPortal(database.Factory, Corrections, time);
    }

    public QuestionSheet Questions { get; }
    public Registrar Registrar { get; }
    public RegistrationCancellation Cancellation { get; }
    public RegistrationCorrections Corrections { get; }
    public RegistrationImport Import { get; }
    public RegistrationPortal Portal { get; }

    public void Dispose() => _writer.Dispose();
}

public static class RegistrarExtensions
{
    /// <summary>Registers someone as the form does (consent given) and fails the test when the registrar refuses.</summary>
    public static async Task<RegistrationReceipt> RegisteredAsync(this Registrar registrar, int ticketId, AttendeeDetails attendee)
    {
        var result = await registrar.RegisterAsync(new RegistrationRequest(ticketId, attendee, ConsentGiven: true));
        Assert.True(result.Succeeded, result.Error?.Code);
        return result.Value!;
    }
}
