namespace EventHub.Core.Features.Registrations;

/// <summary>
/// Every statement <see cref="RegistrationCommands"/> runs, in one place per engine, so that each text can
/// be checked: SQLite's and PostgreSQL's run in the tests, SQL Server's are parsed by ScriptDom
/// (RegistrationSqlTests). SQLite and PostgreSQL share LIMIT, RETURNING and SAVEPOINT; SQL Server has
/// TOP, OUTPUT and SAVE TRANSACTION. Names are unquoted, which reads the same on the three engines
/// (PostgreSQL's are in lower case: PostgreSqlNames).
/// </summary>
internal sealed record RegistrationSql(
    string ActiveRegistration,
    string TakeCodeUse,
    string NextWaitlistNumber,
    string InsertRegistrationFormat,
    string SavepointFormat,
    string RollbackToFormat,
    string? ReleaseFormat)
{
    private const string OnSale = "(@anytime = 1 OR (SaleStartsAt <= @now AND SaleEndsAt > @now AND IsClosed = @no AND (IsHidden = @no OR @coded = 1)))";

    public const string TakeTicketSeat = "UPDATE TicketTypes SET Sold = Sold + 1 WHERE Id = @ticket AND Sold < Quota AND " + OnSale;
    public const string TakeEventSeat = "UPDATE Events SET ConfirmedCount = ConfirmedCount + 1 WHERE Id = @event AND ConfirmedCount < Capacity";
    public const string ReleaseEventSeat = "UPDATE Events SET ConfirmedCount = ConfirmedCount - 1 WHERE Id = @event AND ConfirmedCount > 0";
    public const string ReleaseTicketSeat = "UPDATE TicketTypes SET Sold = Sold - 1 WHERE Id = @ticket AND Sold > 0";
    public const string WaitlistRank = "SELECT COUNT(*) FROM Registrations WHERE TicketTypeId = @ticket AND Status = @waitlisted AND WaitlistNumber < @number";
    public const string ReplaceLink = "UPDATE Registrations SET ManageTokenHash = @hash, UpdatedAt = @now WHERE Id = @id";
    public const string QueueLetter = "INSERT INTO OutboxMessages (Kind, RegistrationId, ManageToken, CreatedAt, NextAttemptAt, Attempts) VALUES (@kind, @registration, @token, @now, @now, 0)";

    /// <summary>SQLite and PostgreSQL.</summary>
    public static readonly RegistrationSql Standard = new(
        "SELECT Id FROM Registrations WHERE EventId = @event AND NormalizedEmail = @email AND Status <> @cancelled LIMIT 1",
        "UPDATE AccessCodes SET Uses = Uses + 1 WHERE EventId = @event AND TicketTypeId = @ticket AND Code = @code AND Uses < MaxUses RETURNING Id",
        "UPDATE TicketTypes SET WaitlistIssued = WaitlistIssued + 1 WHERE Id = @ticket AND " + OnSale + " RETURNING WaitlistIssued",
        "INSERT INTO {0} VALUES ({1}) RETURNING Id",
        "SAVEPOINT {0}",
        "ROLLBACK TO {0}",
        "RELEASE {0}");

    /// <summary>SQL Server keeps nothing to release after a savepoint.</summary>
    public static readonly RegistrationSql SqlServer = new(
        "SELECT TOP 1 Id FROM Registrations WHERE EventId = @event AND NormalizedEmail = @email AND Status <> @cancelled",
        "UPDATE AccessCodes SET Uses = Uses + 1 OUTPUT INSERTED.Id WHERE EventId = @event AND TicketTypeId = @ticket AND Code = @code AND Uses < MaxUses",
        "UPDATE TicketTypes SET WaitlistIssued = WaitlistIssued + 1 OUTPUT INSERTED.WaitlistIssued WHERE Id = @ticket AND " + OnSale,
        "INSERT INTO {0} OUTPUT INSERTED.Id VALUES ({1})",
        "SAVE TRANSACTION {0}",
        "ROLLBACK TRANSACTION {0}",
        null);

    /// <summary>The statements that read the same on every engine.</summary>
    public static IReadOnlyList<string> Shared { get; } = [TakeTicketSeat, TakeEventSeat, ReleaseEventSeat, ReleaseTicketSeat, WaitlistRank, ReplaceLink, QueueLetter];
}
