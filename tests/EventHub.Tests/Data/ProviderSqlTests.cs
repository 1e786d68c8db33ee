using EventHub.Core.Features.Program;
using EventHub.Core.Features.Registrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace EventHub.Tests.Data;

/// <summary>
/// The SQL written by hand for SQL Server, which no server here can run, is parsed by Microsoft's own T-SQL parser.
/// Its SQLite and PostgreSQL texts run in the registration and schedule tests on both engines.
/// </summary>
public sealed class ProviderSqlTests
{
    public static TheoryData<string> SqlServerStatements()
    {
        var sql = RegistrationSql.SqlServer;
        var data = new TheoryData<string>
        {
            sql.ActiveRegistration,
            sql.TakeCodeUse,
            sql.NextWaitlistNumber,
            string.Format(sql.InsertRegistrationFormat, "[Registrations] ([EventId], [Email])", "@EventId, @Email"),
            string.Format(sql.SavepointFormat, "registration"),
            string.Format(sql.RollbackToFormat, "registration"),
            ScheduleWrites.SqlServerScheduleLock,
        };
        foreach (var shared in RegistrationSql.Shared)
        {
            data.Add(shared);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SqlServerStatements))]
    public void Each_SQL_Server_statement_parses_as_T_SQL(string statement)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(statement);

        var script = parser.Parse(reader, out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        Assert.NotEmpty(((TSqlScript)script).Batches.SelectMany(b => b.Statements));
    }

    [Fact]
    public void The_parser_refuses_what_SQL_Server_would_refuse()
    {
        // SQLite's and PostgreSQL's form of the same statement: the parser is no rubber stamp.
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(RegistrationSql.Standard.ActiveRegistration);

        parser.Parse(reader, out var errors);

        Assert.NotEmpty(errors);
    }
}
