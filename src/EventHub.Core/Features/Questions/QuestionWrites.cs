using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Questions;

/// <summary>
/// Runs one organizer change to a conference's questions as one transaction through the provider's execution
/// strategy, behind the write gate, saves the tracked changes only when the work succeeded, and makes the
/// public form read the questions again.
/// </summary>
public sealed class QuestionWrites(IDbContextFactory<EventHubDbContext> factory, WriteGate gate, QuestionSheet sheet)
{
    public async Task<Result<T>> RunAsync<T>(int eventId, Func<EventHubDbContext, Task<Result<T>>> work, CancellationToken ct = default)
    {
        Result<T> result;
        using (await gate.EnterAsync(ct))
        {
            result = await factory.RunAsync<T>(async db =>
            {
                var done = await work(db);
                if (done.Succeeded)
                {
                    await db.SaveChangesAsync(ct);
                }
                return done;
            }, ct);
        }
        sheet.Forget(eventId);
        return result;
    }
}
