using System.Data.Common;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EventHub.Core.Features.Registrations;

/// <summary>
/// The statements that decide a registration, as plain SQL commands on the current transaction's
/// connection. Through LINQ, each ExecuteUpdate and SaveChanges cost EF Core CPU before SQLite saw
/// anything (ADR 7 has the figures); the group-commit writer runs dozens of them per batch while
/// everybody in the batch waits, so here each is a command prepared once per transaction and run
/// again with new values. Seats are still taken only by conditional UPDATEs, so the database decides, exactly as
/// before. Values are bound through the model's type mappings (so dates and enums are stored as
/// SaveChanges stores them, and flags as parameters, since PostgreSQL does not compare a boolean with 0). The texts,
/// per engine, are in <see cref="RegistrationSql"/>.
/// </summary>
internal sealed class RegistrationCommands : IDisposable
{
    private readonly EventHubDbContext _db;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly RegistrationSql _sql;
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private readonly IEntityType _registration;

    /// <summary>Every column a new registration has a value for (all but its generated id).</summary>
    private readonly List<IProperty> _insertedColumns;

    public RegistrationCommands(EventHubDbContext db)
    {
        _db = db;
        _connection = db.Database.GetDbConnection();
        _transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Registration commands run inside a transaction.");
        _sql = db.Database.IsSqlServer() ? RegistrationSql.SqlServer : RegistrationSql.Standard;
        _registration = db.Model.FindEntityType(typeof(Registration))!;
        _insertedColumns = _registration.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();
    }

    /// <summary>The active registration of this e-mail at the event, if any.</summary>
    public int? ActiveRegistrationId(int eventId, string normalizedEmail)
    {
        var command = Command(_sql.ActiveRegistration);
        Bind(command, "@event", eventId);
        Bind(command, "@email", Column<Registration>(nameof(Registration.NormalizedEmail)), normalizedEmail);
        Bind(command, "@cancelled", Column<Registration>(nameof(Registration.Status)), RegistrationStatus.Cancelled);
        return command.ExecuteScalar() is { } id and not DBNull ? Convert.ToInt32(id, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// Takes one seat of the ticket type (within its quota and, unless <paramref name="saleWindow"/> is
    /// false, its sale window, while it is not closed and, when hidden, only for a registration that took a
    /// code's use: <paramref name="coded"/>) and one of the event (within its capacity), or neither.
    /// </summary>
    public bool TakeSeat(int ticketTypeId, int eventId, DateTime now, bool saleWindow = true, bool coded = false)
    {
        var ticket = Command(RegistrationSql.TakeTicketSeat);
        Bind(ticket, "@ticket", ticketTypeId);
        Bind(ticket, "@anytime", saleWindow ? 0 : 1);
        Bind(ticket, "@coded", coded ? 1 : 0);
        Bind(ticket, "@no", Column<TicketType>(nameof(TicketType.IsClosed)), false);
        Bind(ticket, "@now", Column<TicketType>(nameof(TicketType.SaleStartsAt)), now);
        if (ticket.ExecuteNonQuery() != 1)
        {
            return false;
        }
        var overall = Command(RegistrationSql.TakeEventSeat);
        Bind(overall, "@event", eventId);
        if (overall.ExecuteNonQuery() == 1)
        {
            return true;
        }
        ReleaseTicketSeat(ticketTypeId);
        return false;
    }

    /// <summary>
    /// Takes one use of the access code for the ticket type it unlocks, by a conditional UPDATE (Uses &lt; MaxUses),
    /// so a code with 10 uses lets at most 10 people in however many try at once. Its id, or null when the
    /// code does not unlock this type or has no use left.
    /// </summary>
    public int? TakeCodeUse(int eventId, int ticketTypeId, string code)
    {
        var command = Command(_sql.TakeCodeUse);
        Bind(command, "@event", eventId);
        Bind(command, "@ticket", ticketTypeId);
        Bind(command, "@code", Column<AccessCode>(nameof(AccessCode.Code)), code);
        return command.ExecuteScalar() is { } id and not DBNull ? Convert.ToInt32(id, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Gives back a seat taken by <see cref="TakeSeat"/> in this transaction.</summary>
    public void ReleaseSeat(int ticketTypeId, int eventId)
    {
        ReleaseTicketSeat(ticketTypeId);
        var overall = Command(RegistrationSql.ReleaseEventSeat);
        Bind(overall, "@event", eventId);
        overall.ExecuteNonQuery();
    }

    private void ReleaseTicketSeat(int ticketTypeId)
    {
        var ticket = Command(RegistrationSql.ReleaseTicketSeat);
        Bind(ticket, "@ticket", ticketTypeId);
        ticket.ExecuteNonQuery();
    }

    /// <summary>The next waitlist number of the ticket type, handed out by a conditional UPDATE; null when it is not on sale (checked unless <paramref name="saleWindow"/> is false).</summary>
    public int? NextWaitlistNumber(int ticketTypeId, DateTime now, bool saleWindow = true, bool coded = false)
    {
        var command = Command(_sql.NextWaitlistNumber);
        Bind(command, "@ticket", ticketTypeId);
        Bind(command, "@anytime", saleWindow ? 0 : 1);
        Bind(command, "@coded", coded ? 1 : 0);
        Bind(command, "@no", Column<TicketType>(nameof(TicketType.IsClosed)), false);
        Bind(command, "@now", Column<TicketType>(nameof(TicketType.SaleStartsAt)), now);
        return command.ExecuteScalar() is { } number and not DBNull ? Convert.ToInt32(number, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Where a waitlist number stands: 1 + the people still waiting ahead of it (<see cref="WaitlistRanks"/>' rule, in SQL).</summary>
    public int WaitlistRank(int ticketTypeId, int number)
    {
        var command = Command(RegistrationSql.WaitlistRank);
        Bind(command, "@ticket", ticketTypeId);
        Bind(command, "@waitlisted", Column<Registration>(nameof(Registration.Status)), RegistrationStatus.Waitlisted);
        Bind(command, "@number", number);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) + 1;
    }

    /// <summary>Inserts the registration with every mapped column and returns its new id.</summary>
    public int Insert(Registration registration)
    {
        var command = Command(_insertRegistration ??= InsertRegistrationSql());
        foreach (var column in _insertedColumns)
        {
            Bind(command, "@" + column.Name, column, column.GetGetter().GetClrValue(registration));
        }
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private string? _insertRegistration;

    private string InsertRegistrationSql()
    {
        var target = InsertTarget.Of(_db, typeof(Registration), _insertedColumns.Select(p => p.Name));
        var values = string.Join(", ", _insertedColumns.Select(p => "@" + p.Name));
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, _sql.InsertRegistrationFormat, target, values);
    }

    /// <summary>Replaces the private link's hash: the old link stops working.</summary>
    public void ReplaceLink(int registrationId, string tokenHash, DateTime now)
    {
        var command = Command(RegistrationSql.ReplaceLink);
        Bind(command, "@hash", Column<Registration>(nameof(Registration.ManageTokenHash)), tokenHash);
        Bind(command, "@now", Column<Registration>(nameof(Registration.UpdatedAt)), now);
        Bind(command, "@id", registrationId);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// E-mails a new private link. Only the token's hash is kept, so the old link cannot be sent again:
    /// the new token replaces it, and the old link stops working.
    /// </summary>
    public void ReissueLink(int registrationId, string token, DateTime now)
    {
        ReplaceLink(registrationId, SecureTokens.Hash(token), now);
        QueueLetter(registrationId, LetterKind.Link, token, now);
    }

    /// <summary>Queues an e-mail about the registration; the outbox dispatcher writes and sends it.</summary>
    public void QueueLetter(int registrationId, LetterKind kind, string token, DateTime now)
    {
        var command = Command(RegistrationSql.QueueLetter);
        Bind(command, "@kind", Column<OutboxMessage>(nameof(OutboxMessage.Kind)), Letter.OutboxName(kind));
        Bind(command, "@registration", registrationId);
        Bind(command, "@token", Column<OutboxMessage>(nameof(OutboxMessage.ManageToken)), token);
        Bind(command, "@now", Column<OutboxMessage>(nameof(OutboxMessage.CreatedAt)), now);
        command.ExecuteNonQuery();
    }

    public void Savepoint(string name) => Run(Named(_sql.SavepointFormat, name));

    public void RollbackTo(string name) => Run(Named(_sql.RollbackToFormat, name));

    /// <summary>SQLite and PostgreSQL keep a savepoint until it is released; SQL Server has nothing to release.</summary>
    public void Release(string name)
    {
        if (_sql.ReleaseFormat is { } release)
        {
            Run(Named(release, name));
        }
    }

    private void Run(string sql) => Command(sql).ExecuteNonQuery();

    private static string Named(string format, string name) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, name);

    /// <summary>The command for this SQL, created once per transaction, with its parameters cleared for new values.</summary>
    private DbCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = _transaction;
            _commands[sql] = command;
        }
        command.Parameters.Clear();
        return command;
    }

    /// <summary>Binds a whole number (ids, counts), the same on every provider.</summary>
    private static void Bind(DbCommand command, string name, int value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Binds a value as <paramref name="column"/> stores it (its converter and column type).</summary>
    private static void Bind(DbCommand command, string name, IProperty column, object? value) =>
        command.Parameters.Add(column.GetRelationalTypeMapping().CreateParameter(command, name, value, column.IsNullable));

    private IProperty Column<TEntity>(string property) => _db.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!;

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }
}
